/**
 * The worksheet's keyboard, as pure functions: which key does what in which cell, and where a move
 * lands. It follows the spreadsheet the groups know: arrows and Tab move, Enter or typing starts an
 * edit, Enter or Tab saves and moves on, Escape throws the edit away.
 */

/** How a cell behaves under the keyboard. */
export type CellKind =
  /** The row's selection checkbox: Space toggles (with Shift, the range). */
  | 'select'
  /** The code, a link to the programme's page: Enter opens it. */
  | 'link'
  /** Typed text (the title) or a year: typing replaces, Enter or F2 edits the current value. */
  | 'text'
  /** A list to pick from (element, lead OPD): Enter, F2 or Alt+Down opens the editor. */
  | 'choice'
  /** Yes/no (quick win): Space or Enter flips it at once. */
  | 'toggle'
  /** Read-only (budget, review status). */
  | 'static';

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridBounds {
  rows: number;
  cols: number;
  /** Rows moved by Page Up/Down. */
  page: number;
}

export type GridMove =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'rowStart'
  | 'rowEnd'
  | 'first'
  | 'last'
  | 'pageUp'
  | 'pageDown';

export type GridAction =
  | { type: 'none' }
  /** Move the active cell. */
  | { type: 'move'; move: GridMove }
  /** Let the browser move focus out of the grid (Tab past the row's last cell). */
  | { type: 'leave' }
  /** Start editing; `seed` is a typed character that replaces the value. */
  | { type: 'edit'; seed?: string }
  /** Follow the link, or flip the toggle or selection (`range` with Shift). */
  | { type: 'activate'; range: boolean }
  /** Save the edit, then move (or leave the grid). */
  | { type: 'commit'; next: GridMove | 'leave' }
  | { type: 'cancel' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const ARROWS: Record<string, GridMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
};

/** A key that types a character (not a shortcut). */
const isCharacter = (k: KeyInput) => k.key.length === 1 && !k.ctrlKey && !k.metaKey && !k.altKey;

/** What a key does in a cell that is being edited: only the keys that end the edit; the rest type. */
export function editKeyAction(k: KeyInput, col: number, cols: number): GridAction {
  if (k.key === 'Escape') return { type: 'cancel' };
  if (k.key === 'Enter') return { type: 'commit', next: k.shiftKey ? 'up' : 'down' };
  if (k.key === 'Tab') {
    if (k.shiftKey) return { type: 'commit', next: col > 0 ? 'left' : 'leave' };
    return { type: 'commit', next: col < cols - 1 ? 'right' : 'leave' };
  }
  return { type: 'none' };
}

/** What a key does on the active cell when nothing is being edited. */
export function navigateKeyAction(
  k: KeyInput,
  cell: { kind: CellKind; editable: boolean },
  position: GridPosition,
  bounds: GridBounds,
): GridAction {
  const command = k.ctrlKey || k.metaKey;
  // Escape on a cell whose save failed throws the kept value away.
  if (k.key === 'Escape') return { type: 'cancel' };
  if (k.key in ARROWS && !(k.altKey && k.key === 'ArrowDown'))
    return { type: 'move', move: ARROWS[k.key] as GridMove };
  if (k.key === 'Home') return { type: 'move', move: command ? 'first' : 'rowStart' };
  if (k.key === 'End') return { type: 'move', move: command ? 'last' : 'rowEnd' };
  if (k.key === 'Tab') {
    if (k.shiftKey) return position.col > 0 ? { type: 'move', move: 'left' } : { type: 'leave' };
    return position.col < bounds.cols - 1 ? { type: 'move', move: 'right' } : { type: 'leave' };
  }
  const { kind, editable } = cell;
  if (kind === 'link') return k.key === 'Enter' ? { type: 'activate', range: false } : { type: 'none' };
  if (kind === 'select' || kind === 'toggle') {
    if (!editable) return { type: 'none' };
    return k.key === ' ' || k.key === 'Enter'
      ? { type: 'activate', range: Boolean(k.shiftKey) && kind === 'select' }
      : { type: 'none' };
  }
  if (!editable || kind === 'static') return { type: 'none' };
  if (k.key === 'Enter' || k.key === 'F2' || (k.altKey && k.key === 'ArrowDown')) return { type: 'edit' };
  if (kind === 'text' && isCharacter(k) && k.key !== ' ') return { type: 'edit', seed: k.key };
  return { type: 'none' };
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/** Where a move lands, kept inside the grid. */
export function moveTo(position: GridPosition, move: GridMove, bounds: GridBounds): GridPosition {
  const lastRow = Math.max(bounds.rows - 1, 0);
  const lastCol = Math.max(bounds.cols - 1, 0);
  const { row, col } = position;
  switch (move) {
    case 'up':
      return { row: clamp(row - 1, lastRow), col };
    case 'down':
      return { row: clamp(row + 1, lastRow), col };
    case 'left':
      return { row, col: clamp(col - 1, lastCol) };
    case 'right':
      return { row, col: clamp(col + 1, lastCol) };
    case 'rowStart':
      return { row, col: 0 };
    case 'rowEnd':
      return { row, col: lastCol };
    case 'first':
      return { row: 0, col: 0 };
    case 'last':
      return { row: lastRow, col: lastCol };
    case 'pageUp':
      return { row: clamp(row - bounds.page, lastRow), col };
    case 'pageDown':
      return { row: clamp(row + bounds.page, lastRow), col };
  }
}

/** The active cell kept valid when the rows change (a filter, a refresh): same place, or the nearest. */
export const clampPosition = (position: GridPosition, bounds: GridBounds): GridPosition => ({
  row: clamp(position.row, Math.max(bounds.rows - 1, 0)),
  col: clamp(position.col, Math.max(bounds.cols - 1, 0)),
});
