import type { PlanIndicator, QualityIssues } from '../api.ts';

export type Problem = QualityIssues['items'][number]['problems'][number];

export interface Fix {
  reason: Problem['reason'];
  /** The OPD the fix is asked of (the producer), if any. */
  opdId: string | null;
  /** Another OPD that already produces the data fully: it could become the producer instead. */
  otherOpdId: string | null;
  frequency: PlanIndicator['frequency'] | null;
  count: number;
}

/**
 * What would fix a problem, as the parts the screen words in the reader's language. The API's `fix` is
 * English prose; its parts come from the problem and from the indicator itself (its frequency, and the
 * OPDs the availability matrix says already produce its data).
 */
export function fixOf(problem: Problem, indicator: PlanIndicator | undefined): Fix {
  const collecting = problem.reason === 'producer_not_collecting' || problem.reason === 'producer_partial';
  const other = collecting
    ? indicator?.availability.find((a) => a.status === 'produced' && a.opdId !== problem.opdId)
    : undefined;
  return {
    reason: problem.reason,
    opdId: problem.opdId,
    otherOpdId: other?.opdId ?? null,
    frequency: collecting ? (indicator?.frequency ?? null) : null,
    count: problem.count ?? 0,
  };
}
