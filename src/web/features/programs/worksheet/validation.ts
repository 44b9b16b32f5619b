import { PROGRAM_HORIZONS, type ProgramHorizon, YEAR_MAX, YEAR_MIN } from '../../../../shared/domain.ts';
import type { Program, ProgramUpdate } from '../api.ts';

/** The fields the worksheet edits in place; everything else is on the programme's own page. */
export type EditableField = 'title' | 'elementId' | 'leadOpdId' | 'startYear' | 'endYear' | 'isQuickWin';

/** A value refused before it is sent, as a message key of programs.worksheet.invalid and its values. */
export interface FieldProblem {
  field: EditableField;
  reason:
    | 'titleLength'
    | 'required'
    | 'yearNumber'
    | 'outsidePeriod'
    | 'endBeforeStart'
    | 'startAfterEnd'
    | 'otherPillar';
  values?: Record<string, number>;
}

/** The years a programme may run: the plan period, within the years the API takes at all. */
export interface Period {
  start: number;
  end: number;
}

export const TITLE_MIN = 3;
export const TITLE_MAX = 300;

export const periodOf = (plan: { periodStart: number; periodEnd: number }): Period => ({
  start: Math.max(plan.periodStart, YEAR_MIN),
  end: Math.min(plan.periodEnd, YEAR_MAX),
});

/** A four-digit year as typed, or null. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : null;
}

export function titleProblem(title: string): FieldProblem | null {
  const length = title.trim().length;
  return length < TITLE_MIN || length > TITLE_MAX
    ? { field: 'title', reason: 'titleLength', values: { min: TITLE_MIN, max: TITLE_MAX } }
    : null;
}

/**
 * What is wrong with a pair of years as typed, against the plan period and each other (the same rules
 * as the server's, src/server/features/programs/rules.ts), each problem on the field to fix.
 */
export function yearProblems(startText: string, endText: string, period: Period): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const start = parseYear(startText);
  const end = parseYear(endText);
  const example = { example: period.start };
  const inPeriod = (y: number) => y >= period.start && y <= period.end;
  const outside = { start: period.start, end: period.end };
  if (start === null) problems.push({ field: 'startYear', reason: 'yearNumber', values: example });
  else if (!inPeriod(start)) problems.push({ field: 'startYear', reason: 'outsidePeriod', values: outside });
  if (end === null) problems.push({ field: 'endYear', reason: 'yearNumber', values: example });
  else if (!inPeriod(end)) problems.push({ field: 'endYear', reason: 'outsidePeriod', values: outside });
  else if (start !== null && end < start)
    problems.push({ field: 'endYear', reason: 'endBeforeStart', values: { start } });
  return problems;
}

/** The shortest horizon (1, 5 or 10 years) that covers the years, as the worksheets group programmes. */
export function horizonFor(startYear: number, endYear: number): ProgramHorizon {
  const span = endYear - startYear + 1;
  return PROGRAM_HORIZONS.find((h) => span <= h) ?? PROGRAM_HORIZONS[PROGRAM_HORIZONS.length - 1] ?? 5;
}

export type CellResult =
  | { kind: 'unchanged' }
  | { kind: 'invalid'; problem: FieldProblem }
  | { kind: 'change'; changes: ProgramUpdate };

/**
 * One cell's typed value judged against its row: unchanged, refused (with the reason, before anything is
 * sent), or the PATCH body for it.
 */
export function cellChange(
  row: Program,
  field: EditableField,
  value: string | boolean,
  period: Period,
): CellResult {
  switch (field) {
    case 'title': {
      const title = String(value).trim();
      if (title === row.title) return { kind: 'unchanged' };
      const problem = titleProblem(title);
      return problem ? { kind: 'invalid', problem } : { kind: 'change', changes: { title } };
    }
    case 'elementId':
    case 'leadOpdId': {
      const id = String(value);
      if (id === row[field]) return { kind: 'unchanged' };
      if (!id) return { kind: 'invalid', problem: { field, reason: 'required' } };
      return { kind: 'change', changes: { [field]: id } };
    }
    case 'isQuickWin':
      return value === row.isQuickWin
        ? { kind: 'unchanged' }
        : { kind: 'change', changes: { isQuickWin: Boolean(value) } };
    case 'startYear':
    case 'endYear': {
      const text = String(value);
      const startText = field === 'startYear' ? text : String(row.startYear);
      const endText = field === 'endYear' ? text : String(row.endYear);
      const problem = yearProblems(startText, endText, period).find((p) => p.field === field);
      if (problem) return { kind: 'invalid', problem };
      const start = parseYear(startText) ?? row.startYear;
      const end = parseYear(endText) ?? row.endYear;
      // A start moved past the end is refused on the start year, the cell being typed in.
      if (end < start)
        return { kind: 'invalid', problem: { field: 'startYear', reason: 'startAfterEnd', values: { end } } };
      if (start === row.startYear && end === row.endYear) return { kind: 'unchanged' };
      return { kind: 'change', changes: yearChanges(row, start, end) };
    }
  }
}

/**
 * The PATCH body for new years: only what changed, and a longer horizon when the span outgrows the
 * programme's (a shorter span keeps the horizon the group chose).
 */
export function yearChanges(
  row: Pick<Program, 'startYear' | 'endYear' | 'horizon'>,
  start: number,
  end: number,
): ProgramUpdate {
  const changes: ProgramUpdate = {};
  if (start !== row.startYear) changes.startYear = start;
  if (end !== row.endYear) changes.endYear = end;
  if (end - start + 1 > row.horizon) changes.horizon = horizonFor(start, end);
  return changes;
}
