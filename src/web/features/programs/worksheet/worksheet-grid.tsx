import { Checkbox } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Program } from '../api.ts';
import type { GridLookups } from './cell-content.tsx';
import { type Column, FOOTER_HEIGHT, gridTemplate, HEADER_HEIGHT, ROW_HEIGHT } from './columns.ts';
import { GridRow } from './grid-row.tsx';
import type { Selection } from './selection.ts';
import { type GridSaves, useGridCursor } from './use-grid-cursor.ts';
import type { Period } from './validation.ts';
import classes from './worksheet-grid.module.css';

export interface WorksheetGridProps {
  label: string;
  describedBy: string;
  planId: string;
  rows: Program[];
  columns: readonly Column[];
  period: Period;
  lookups: GridLookups;
  canEditRow: (row: Program) => boolean;
  saves: GridSaves;
  selection: Selection;
  onToggleRow: (index: number, range: boolean) => void;
  onToggleAll: () => void;
  emptyText: string;
  /** The quick-entry row, stuck to the bottom; null when the user adds nothing here. */
  footer: ReactNode;
  /** A row to bring into view once it is there (the programme just added). */
  revealId: string | null;
}

/**
 * The worksheet as an ARIA grid: one tab stop (the active cell), spreadsheet keys (grid-keys.ts), rows
 * virtualised so that a thousand programmes render a screenful of rows, a sticky header and, at the
 * bottom, the quick-entry row.
 */
export function WorksheetGrid(props: WorksheetGridProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { rows, columns, period, saves, canEditRow, selection } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const revealed = useRef<string | null>(null);
  const template = gridTemplate(columns);
  const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 520) - 120) / ROW_HEIGHT));
  const cursor = useGridCursor({
    rows,
    columns,
    period,
    saves,
    canEditRow,
    page,
    bodyRef,
    onToggleRow: props.onToggleRow,
    onOpen: (row) => navigate(`/plans/${props.planId}/programs/${row.id}`),
  });
  const { position, editing } = cursor;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    scrollPaddingEnd: props.footer ? FOOTER_HEIGHT : 0,
    // The active cell's row stays rendered when scrolled away, so the grid keeps its one tab stop.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (rows.length > 0 && !indexes.includes(position.row)) indexes.push(position.row);
      return indexes.sort((a, b) => a - b);
    },
  });

  useEffect(() => {
    if (!props.revealId || revealed.current === props.revealId) return;
    const index = rows.findIndex((r) => r.id === props.revealId);
    if (index < 0) return;
    revealed.current = props.revealId;
    virtualizer.scrollToIndex(index, { align: 'end' });
  }, [props.revealId, rows, virtualizer]);

  const editable = rows.filter(canEditRow);
  const selectable = columns.some((c) => c.kind === 'select');
  const ticked = editable.filter((r) => selection.ids.has(r.id)).length;
  const items = virtualizer.getVirtualItems();

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG data grid: a table with spreadsheet keys
        role="grid"
        aria-label={props.label}
        aria-describedby={props.describedBy}
        aria-rowcount={rows.length + 1 + (props.footer ? 1 : 0)}
        aria-colcount={columns.length}
        className={classes.inner}
      >
        <thead className={classes.header}>
          <tr
            aria-rowindex={1}
            className={classes.row}
            style={{ gridTemplateColumns: template, height: '100%' }}
          >
            {columns.map((column, col) => (
              <th
                key={column.key}
                scope="col"
                aria-colindex={col + 1}
                className={`${classes.cell} ${column.key === 'budget' ? classes.number : ''}`}
              >
                {column.key === 'select' ? (
                  <Checkbox
                    size="xs"
                    aria-label={t('programs.worksheet.selectAll')}
                    checked={ticked > 0 && ticked === editable.length}
                    indeterminate={ticked > 0 && ticked < editable.length}
                    disabled={editable.length === 0}
                    onChange={props.onToggleAll}
                  />
                ) : (
                  t(`programs.worksheet.columns.${column.key}`)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          ref={bodyRef}
          className={classes.body}
          style={{ height: rows.length > 0 ? virtualizer.getTotalSize() : undefined }}
        >
          {rows.length === 0 && (
            <tr className={classes.row}>
              <td className={`${classes.cell} ${classes.empty}`}>{props.emptyText}</td>
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const isActiveRow = item.index === position.row;
            const isEditingRow = editing?.rowId === row.id;
            return (
              <GridRow
                key={row.id}
                row={row}
                index={item.index}
                start={item.start - HEADER_HEIGHT}
                columns={columns}
                template={template}
                planId={props.planId}
                lookups={props.lookups}
                statuses={saves.statuses}
                editable={canEditRow(row)}
                dimLocked={selectable}
                selected={selection.ids.has(row.id)}
                activeCol={isActiveRow ? position.col : null}
                editing={isEditingRow && editing ? { ...editing, row: item.index } : null}
                onCellClick={(r, c) => cursor.focusCell({ row: r, col: c })}
                onCellDoubleClick={(r, c) => cursor.startEdit({ row: r, col: c })}
                onCellKeyDown={cursor.onKeyDown}
                onToggleSelect={props.onToggleRow}
                onToggleQuickWin={cursor.toggleQuickWin}
                onCommit={cursor.commit}
                onCancel={cursor.cancel}
              />
            );
          })}
        </tbody>
        {props.footer}
      </table>
    </div>
  );
}
