import { CRITERION_FAILING_MAX, INDICATOR_CRITERIA, type IndicatorCriterion } from './domain.ts';

/**
 * The overall grade of an indicator's six-criteria assessment (docs/indicators.md, decision 009):
 * - C: some criterion is failing (scored CRITERION_FAILING_MAX or lower), assessed in full or not;
 * - no grade (null): not every criterion has been scored yet and none is failing;
 * - A: every criterion scores QUALITY_GOOD_MIN or more;
 * - B: the rest (every criterion scored, none failing, some below QUALITY_GOOD_MIN).
 */
export const QUALITY_GRADES = ['A', 'B', 'C'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];
/** A criterion scored at least this counts as good; an A needs all six there. */
export const QUALITY_GOOD_MIN = 4;

export interface QualityResult {
  grade: QualityGrade | null;
  /** Mean of the scores given, to two decimals; null before any score. */
  meanScore: number | null;
  /** How many of the six criteria have a score. */
  assessed: number;
  /** The criteria scored CRITERION_FAILING_MAX or lower, in the criteria's order. */
  failing: IndicatorCriterion[];
}

export function gradeAssessment(scores: readonly { criterion: IndicatorCriterion; score: number }[]) {
  const byCriterion = new Map(scores.map((s) => [s.criterion, s.score]));
  const given = INDICATOR_CRITERIA.filter((c) => byCriterion.has(c));
  const values = given.map((c) => byCriterion.get(c) as number);
  const failing = given.filter((c) => (byCriterion.get(c) as number) <= CRITERION_FAILING_MAX);
  const meanScore =
    values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  let grade: QualityGrade | null;
  if (failing.length > 0) grade = 'C';
  else if (given.length < INDICATOR_CRITERIA.length) grade = null;
  else grade = values.every((v) => v >= QUALITY_GOOD_MIN) ? 'A' : 'B';
  return { grade, meanScore, assessed: given.length, failing } satisfies QualityResult;
}
