import { CRITERION_SCORE_MAX, CRITERION_SCORE_MIN, INDICATOR_CRITERIA } from '../../../../shared/domain.ts';
import { parseDecimal } from '../values.ts';
import type { IndicatorFormValues } from './indicator-values.ts';

export type Problem =
  | { key: 'required' | 'year' | 'number' | 'duplicateOpd' }
  | { key: 'baselineAfterPeriod'; last: number }
  | { key: 'belowMin' | 'aboveMax'; limit: string }
  | { key: 'tooLong'; max: number }
  | { key: 'score'; min: number; max: number };

export interface Limits {
  periodEnd: number;
  minValue: string | null;
  maxValue: string | null;
}

function valueProblem(typed: string, limits: Limits): Problem | null {
  const value = parseDecimal(typed);
  if (value === null) return { key: 'number' };
  if (limits.minValue !== null && Number(value) < Number(limits.minValue))
    return { key: 'belowMin', limit: limits.minValue };
  if (limits.maxValue !== null && Number(value) > Number(limits.maxValue))
    return { key: 'aboveMax', limit: limits.maxValue };
  return null;
}

/**
 * What the form can tell before sending, by form path (`baselineValue`, `targets.2025`,
 * `assessments.validity.rationale`, `availability.1.opdId`): the same rules as the API's, so a refusal
 * is shown at once and in the reader's words. The server checks them all again.
 */
export function formProblems(values: IndicatorFormValues, limits: Limits): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const typedYear = values.baselineYear.trim();
  if (typedYear && !/^\d{4}$/.test(typedYear)) problems.baselineYear = { key: 'year' };
  else if (typedYear && Number(typedYear) > limits.periodEnd)
    problems.baselineYear = { key: 'baselineAfterPeriod', last: limits.periodEnd };
  if (values.baselineValue.trim()) {
    const problem = valueProblem(values.baselineValue, limits);
    if (problem) problems.baselineValue = problem;
    else if (!typedYear) problems.baselineYear = { key: 'required' };
  }
  if (values.baselineSource.length > 500) problems.baselineSource = { key: 'tooLong', max: 500 };
  for (const [y, typed] of Object.entries(values.targets)) {
    if (!typed.trim()) continue;
    const problem = valueProblem(typed, limits);
    if (problem) problems[`targets.${y}`] = problem;
  }
  for (const criterion of INDICATOR_CRITERIA) {
    const a = values.assessments[criterion];
    const score = Number(a?.score);
    if (a?.score && !(score >= CRITERION_SCORE_MIN && score <= CRITERION_SCORE_MAX))
      problems[`assessments.${criterion}.score`] = {
        key: 'score',
        min: CRITERION_SCORE_MIN,
        max: CRITERION_SCORE_MAX,
      };
    if ((a?.rationale.length ?? 0) > 2000)
      problems[`assessments.${criterion}.rationale`] = { key: 'tooLong', max: 2000 };
    if (a?.rationale.trim() && !a.score) problems[`assessments.${criterion}.score`] = { key: 'required' };
  }
  const seen = new Set<string>();
  values.availability.forEach((row, i) => {
    if (!row.opdId) problems[`availability.${i}.opdId`] = { key: 'required' };
    else if (seen.has(row.opdId)) problems[`availability.${i}.opdId`] = { key: 'duplicateOpd' };
    if (row.opdId) seen.add(row.opdId);
    if (row.note.length > 1000) problems[`availability.${i}.note`] = { key: 'tooLong', max: 1000 };
  });
  return problems;
}
