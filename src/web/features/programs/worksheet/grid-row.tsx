import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../api.ts';
import { CellContent, type GridLookups } from './cell-content.tsx';
import { type AfterCommit, CellEditor, type Option } from './cell-editor.tsx';
import type { Column } from './columns.ts';
import { type CellStatus, cellKey } from './use-cell-saves.ts';
import classes from './worksheet-grid.module.css';

export interface EditingCell {
  row: number;
  col: number;
  initial: string;
  selectAll: boolean;
  problem: string | null;
}

export interface GridRowProps {
  row: Program;
  index: number;
  /** Offset from the top of the body, from the virtualiser. */
  start: number;
  columns: readonly Column[];
  template: string;
  planId: string;
  lookups: GridLookups;
  statuses: Record<string, CellStatus>;
  editable: boolean;
  /** Whether the user changes some rows: then the rows they may not change are dimmed. */
  dimLocked: boolean;
  selected: boolean;
  /** The column of the active cell when it is in this row. */
  activeCol: number | null;
  editing: EditingCell | null;
  onCellClick: (row: number, col: number) => void;
  onCellDoubleClick: (row: number, col: number) => void;
  /** The grid's keyboard, on the active cell (grid-keys.ts). */
  onCellKeyDown: (event: KeyboardEvent<HTMLTableCellElement>) => void;
  onToggleSelect: (row: number, range: boolean) => void;
  onToggleQuickWin: (row: number) => void;
  onCommit: (value: string, then: AfterCommit) => boolean;
  onCancel: () => void;
}

/** The lead OPD choices of a row: the ones the user may choose, and the row's own even when it is not. */
const leadOptions = (lookups: GridLookups, row: Program): Option[] =>
  lookups.opdOptions.some((o) => o.value === row.leadOpdId)
    ? lookups.opdOptions
    : [{ value: row.leadOpdId, label: `${row.leadOpdCode} — ${row.leadOpdName}` }, ...lookups.opdOptions];

/** One programme of the worksheet: a row of cells, one of which may be active or being edited. */
export function GridRow(props: GridRowProps) {
  const { t } = useTranslation();
  const { row, index, columns, lookups, statuses, editable, activeCol, editing } = props;
  const raised =
    (activeCol !== null &&
      columns[activeCol]?.field &&
      statuses[cellKey(row.id, columns[activeCol].field)]?.state === 'error') ||
    Boolean(editing?.problem);

  const cellValue = (column: Column): string | number | boolean | null => {
    if (!column.field) return null;
    const status = statuses[cellKey(row.id, column.field)];
    return status ? status.value : row[column.field];
  };

  return (
    <tr
      aria-rowindex={index + 2}
      aria-selected={columns[0]?.key === 'select' && editable ? props.selected : undefined}
      className={`${classes.row} ${classes.bodyRow}`}
      data-raised={raised || undefined}
      style={{ gridTemplateColumns: props.template, transform: `translateY(${props.start}px)` }}
    >
      {columns.map((column, col) => {
        const status = column.field ? statuses[cellKey(row.id, column.field)] : undefined;
        const isActive = activeCol === col;
        const isEditing = editing?.col === col && column.field !== null;
        const cellEditable = editable && column.field !== null;
        const label = t('programs.worksheet.editOf', {
          column: t(`programs.worksheet.columns.${column.key}`),
          code: row.code,
        });
        return (
          <td
            key={column.key}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG data grid: a table whose cells are focused and edited
            role="gridcell"
            aria-colindex={col + 1}
            aria-readonly={column.field ? !cellEditable : undefined}
            tabIndex={isActive && !isEditing ? 0 : -1}
            data-cell={`${index}:${col}`}
            data-active={isActive || undefined}
            data-locked={column.field && !editable && props.dimLocked ? true : undefined}
            data-state={status?.state}
            title={status?.state === 'error' && !isActive ? status.message : undefined}
            className={`${classes.cell} ${column.key === 'budget' ? classes.number : ''}`}
            onClick={() => props.onCellClick(index, col)}
            onDoubleClick={() => props.onCellDoubleClick(index, col)}
            onKeyDown={props.onCellKeyDown}
          >
            {isEditing && editing && column.field ? (
              <CellEditor
                label={label}
                kind={column.kind === 'choice' ? 'choice' : column.key === 'title' ? 'text' : 'year'}
                initial={editing.initial}
                selectAll={editing.selectAll}
                options={
                  column.key === 'element' ? lookups.elementOptions(row.pillarId) : leadOptions(lookups, row)
                }
                col={col}
                cols={columns.length}
                problem={editing.problem}
                onCommit={props.onCommit}
                onCancel={props.onCancel}
              />
            ) : (
              <CellContent
                column={column}
                row={row}
                value={cellValue(column)}
                editable={editable}
                selected={props.selected}
                planId={props.planId}
                lookups={lookups}
                onToggleSelect={(range) => props.onToggleSelect(index, range)}
                onToggleQuickWin={() => props.onToggleQuickWin(index)}
              />
            )}
            {!isEditing && isActive && status?.state === 'error' && (
              <div role="alert" className={classes.bubble}>
                {status.message}
              </div>
            )}
          </td>
        );
      })}
    </tr>
  );
}
