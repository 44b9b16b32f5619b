import type { Program, ProgramUpdate } from '../api.ts';
import { type CellResult, type Period, yearChanges, yearProblems } from './validation.ts';

/** What the bulk bar sets on every ticked row; a field left null stays as each row has it. */
export interface BulkValues {
  leadOpdId: string | null;
  elementId: string | null;
  isQuickWin: boolean | null;
  /** As typed; empty leaves the year. */
  startYear: string;
  endYear: string;
}

export const EMPTY_BULK: BulkValues = {
  leadOpdId: null,
  elementId: null,
  isQuickWin: null,
  startYear: '',
  endYear: '',
};

export const isBulkEmpty = (v: BulkValues) =>
  v.leadOpdId === null &&
  v.elementId === null &&
  v.isQuickWin === null &&
  v.startYear.trim() === '' &&
  v.endYear.trim() === '';

/**
 * The change for one row: only what differs from the row. Years are judged together with the row's own
 * (setting only a start year after a row's end is refused for that row, before anything is sent), and an
 * element is applied only to rows of its pillar.
 */
export function bulkChange(
  row: Program,
  values: BulkValues,
  period: Period,
  elementPillarId: string | null,
): CellResult {
  const changes: ProgramUpdate = {};
  if (values.leadOpdId && values.leadOpdId !== row.leadOpdId) changes.leadOpdId = values.leadOpdId;
  if (values.elementId && values.elementId !== row.elementId) {
    if (elementPillarId !== row.pillarId)
      return { kind: 'invalid', problem: { field: 'elementId', reason: 'otherPillar' } };
    changes.elementId = values.elementId;
  }
  if (values.isQuickWin !== null && values.isQuickWin !== row.isQuickWin)
    changes.isQuickWin = values.isQuickWin;
  const startText = values.startYear.trim() || String(row.startYear);
  const endText = values.endYear.trim() || String(row.endYear);
  if (values.startYear.trim() || values.endYear.trim()) {
    const problem = yearProblems(startText, endText, period)[0];
    if (problem) return { kind: 'invalid', problem };
    Object.assign(changes, yearChanges(row, Number(startText), Number(endText)));
  }
  return Object.keys(changes).length === 0 ? { kind: 'unchanged' } : { kind: 'change', changes };
}
