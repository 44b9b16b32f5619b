import type { CellKind } from './grid-keys.ts';
import type { EditableField } from './validation.ts';

export type ColumnKey =
  | 'select'
  | 'code'
  | 'title'
  | 'element'
  | 'leadOpd'
  | 'startYear'
  | 'endYear'
  | 'quickWin'
  | 'budget'
  | 'review';

export interface Column {
  key: ColumnKey;
  kind: CellKind;
  /** The programme field the cell edits; null for cells that edit nothing. */
  field: EditableField | null;
  /** A CSS grid track: the title takes what the fixed columns leave. */
  width: string;
}

const COLUMNS: readonly Column[] = [
  { key: 'select', kind: 'select', field: null, width: '40px' },
  { key: 'code', kind: 'link', field: null, width: '84px' },
  { key: 'title', kind: 'text', field: 'title', width: 'minmax(200px, 1fr)' },
  { key: 'element', kind: 'choice', field: 'elementId', width: '160px' },
  { key: 'leadOpd', kind: 'choice', field: 'leadOpdId', width: '150px' },
  { key: 'startYear', kind: 'text', field: 'startYear', width: '72px' },
  { key: 'endYear', kind: 'text', field: 'endYear', width: '72px' },
  { key: 'quickWin', kind: 'toggle', field: 'isQuickWin', width: '64px' },
  { key: 'budget', kind: 'static', field: null, width: '140px' },
  { key: 'review', kind: 'static', field: null, width: '136px' },
];

/** The worksheet's columns; the selection column only for someone who can change some rows. */
export const columnsFor = (withSelection: boolean): readonly Column[] =>
  withSelection ? COLUMNS : COLUMNS.filter((c) => c.key !== 'select');

export const gridTemplate = (columns: readonly Column[]) => columns.map((c) => c.width).join(' ');

/** Fixed heights: the virtualiser places rows without measuring them, and the header stays in line. */
export const ROW_HEIGHT = 52;
export const HEADER_HEIGHT = 44;
/** The quick-entry row's usual height (it grows when a field shows its problem). */
export const FOOTER_HEIGHT = 64;
