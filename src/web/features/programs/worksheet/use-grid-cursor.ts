import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../api.ts';
import type { AfterCommit } from './cell-editor.tsx';
import type { Column } from './columns.ts';
import { clampPosition, type GridPosition, moveTo, navigateKeyAction } from './grid-keys.ts';
import type { EditingCell } from './grid-row.tsx';
import { problemText } from './messages.ts';
import { type CellStatus, cellKey } from './use-cell-saves.ts';
import { cellChange, type EditableField, type Period } from './validation.ts';

/** What the grid needs of the cell saver (use-cell-saves.ts). */
export interface GridSaves {
  statuses: Record<string, CellStatus>;
  save: (row: Program, field: EditableField, value: string | boolean, changes: object) => void;
  refuse: (key: string, value: string, message: string) => void;
  discard: (key: string) => void;
}

export interface GridCursorOptions {
  rows: Program[];
  columns: readonly Column[];
  period: Period;
  saves: GridSaves;
  canEditRow: (row: Program) => boolean;
  /** Rows a Page Up/Down moves. */
  page: number;
  /** The body whose cells take focus. */
  bodyRef: RefObject<HTMLElement | null>;
  onToggleRow: (index: number, range: boolean) => void;
  onOpen: (row: Program) => void;
}

export type Editing = Omit<EditingCell, 'row'> & { rowId: string };

/**
 * The grid's active cell and the edit in progress: where the keys move (grid-keys.ts), which cell has
 * focus, and what an ended edit saves. The edit is held by row id, so a refresh that reorders rows while
 * someone types does not move their edit to another programme.
 */
export function useGridCursor(options: GridCursorOptions) {
  const { t } = useTranslation();
  const { rows, columns, period, saves, canEditRow, page, bodyRef, onToggleRow, onOpen } = options;
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const wantFocus = useRef(false);
  const bounds = { rows: rows.length, cols: columns.length, page };
  const position = clampPosition(active, bounds);

  // After a move or the end of an edit, focus follows the active cell (its row is always rendered).
  useLayoutEffect(() => {
    if (!wantFocus.current || editing || focusTick < 0) return;
    wantFocus.current = false;
    const body = bodyRef.current;
    body?.querySelector<HTMLElement>(`[data-cell="${position.row}:${position.col}"]`)?.focus();
  }, [focusTick, position.row, position.col, editing, bodyRef]);

  const focusCell = (next: GridPosition) => {
    setActive(next);
    wantFocus.current = true;
    setFocusTick((n) => n + 1);
  };

  const startEdit = (at: GridPosition, seed?: string) => {
    const row = rows[at.row];
    const column = columns[at.col];
    if (!row || !column?.field || column.kind === 'toggle' || !canEditRow(row)) return;
    const status = saves.statuses[cellKey(row.id, column.field)];
    const stored = String(status ? status.value : row[column.field]);
    const typed = column.kind === 'choice' ? undefined : seed;
    setEditing({
      rowId: row.id,
      col: at.col,
      initial: typed ?? stored,
      // As in a spreadsheet: Enter puts the caret after the text, to add to it; a year is replaced whole.
      selectAll: typed === undefined && column.key !== 'title',
      problem: null,
    });
  };

  const toggleQuickWin = (index: number) => {
    const row = rows[index];
    if (!row || !canEditRow(row)) return;
    const key = cellKey(row.id, 'isQuickWin');
    const next = !(saves.statuses[key]?.value ?? row.isQuickWin);
    const result = cellChange(row, 'isQuickWin', next, period);
    if (result.kind === 'change') saves.save(row, 'isQuickWin', next, result.changes);
    else saves.discard(key);
  };

  const commit = (value: string, then: AfterCommit): boolean => {
    if (!editing) return true;
    const index = rows.findIndex((r) => r.id === editing.rowId);
    const row = rows[index];
    const field = columns[editing.col]?.field;
    if (!row || !field) {
      setEditing(null);
      return true;
    }
    const key = cellKey(row.id, field);
    const result = cellChange(row, field, value, period);
    if (result.kind === 'invalid') {
      const problem = problemText(t, result.problem);
      if (then !== 'blur') {
        setEditing({ ...editing, problem });
        return false;
      }
      // Left with the mouse: nothing is sent, and the typed value waits on its cell with the reason.
      saves.refuse(key, value, problem);
      setEditing(null);
      return false;
    }
    if (result.kind === 'change') saves.save(row, field, value, result.changes);
    else saves.discard(key);
    setEditing(null);
    if (then !== 'blur' && then !== 'leave')
      focusCell(moveTo({ row: index, col: editing.col }, then, bounds));
    return true;
  };

  const cancel = () => {
    setEditing(null);
    focusCell(position);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>) => {
    if (editing) return;
    const row = rows[position.row];
    const column = columns[position.col];
    if (!row || !column) return;
    const editable = canEditRow(row) && column.kind !== 'static';
    const action = navigateKeyAction(event, { kind: column.kind, editable }, position, bounds);
    if (action.type === 'none' || action.type === 'leave' || action.type === 'commit') return;
    event.preventDefault();
    if (action.type === 'move') focusCell(moveTo(position, action.move, bounds));
    else if (action.type === 'edit') startEdit(position, action.seed);
    else if (action.type === 'cancel') {
      if (column.field) saves.discard(cellKey(row.id, column.field));
    } else if (column.kind === 'select') onToggleRow(position.row, action.range);
    else if (column.kind === 'toggle') toggleQuickWin(position.row);
    else if (column.kind === 'link') onOpen(row);
  };

  return { position, editing, focusCell, startEdit, toggleQuickWin, commit, cancel, onKeyDown };
}
