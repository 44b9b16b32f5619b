import type { ProgramCreate } from '../api.ts';
import { type FieldProblem, horizonFor, type Period, titleProblem, yearProblems } from './validation.ts';

/** The quick-entry row as typed (years as text, so a half-typed year is kept as it is). */
export interface QuickEntryValues {
  title: string;
  elementId: string;
  leadOpdId: string;
  startYear: string;
  endYear: string;
  isQuickWin: boolean;
}

/** A new row starts in the plan's first year and runs five years, the usual medium-term horizon. */
export function initialQuickEntry(period: Period, leadOpdId = '', elementId = ''): QuickEntryValues {
  return {
    title: '',
    elementId,
    leadOpdId,
    startYear: String(period.start),
    endYear: String(Math.min(period.start + 4, period.end)),
    isQuickWin: false,
  };
}

/** Whether anything worth keeping was typed (the defaults alone are not a draft). */
export const isQuickEntryDirty = (values: QuickEntryValues) => values.title.trim() !== '';

/** Every problem of the row at once, so the group fixes them in one go. */
export function quickEntryProblems(values: QuickEntryValues, period: Period): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = titleProblem(values.title);
  if (title) problems.push(title);
  if (!values.elementId) problems.push({ field: 'elementId', reason: 'required' });
  if (!values.leadOpdId) problems.push({ field: 'leadOpdId', reason: 'required' });
  problems.push(...yearProblems(values.startYear, values.endYear, period));
  return problems;
}

/** The POST body; the server generates the code (e.g. GOV-13). */
export function createBody(values: QuickEntryValues, pillarId: string): ProgramCreate {
  const startYear = Number(values.startYear.trim());
  const endYear = Number(values.endYear.trim());
  return {
    pillarId,
    elementId: values.elementId,
    leadOpdId: values.leadOpdId,
    title: values.title.trim(),
    startYear,
    endYear,
    horizon: horizonFor(startYear, endYear),
    isQuickWin: values.isQuickWin,
  };
}

/**
 * After a programme is added, the row is ready for the next one: the title is cleared, and element, OPD
 * and years stay, since a group usually types several programmes of the same OPD in a row.
 */
export const nextQuickEntry = (values: QuickEntryValues): QuickEntryValues => ({
  ...values,
  title: '',
  isQuickWin: false,
});
