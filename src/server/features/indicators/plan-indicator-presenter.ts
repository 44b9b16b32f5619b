import { judgeProgress } from '../../../shared/indicator-progress.ts';
import { gradeAssessment } from '../../../shared/indicator-quality.ts';
import type { PlanIndicatorRecord } from './repository.ts';

/** A selection as the API shows it: its stored lists plus the grade of its assessment and its progress. */
export function presentPlanIndicator(record: PlanIndicatorRecord) {
  const m = record.latestMeasurement;
  return {
    ...record,
    quality: gradeAssessment(record.assessments),
    progress: judgeProgress({
      direction: record.catalog.direction,
      baselineYear: record.baselineYear,
      baselineValue: record.baselineValue,
      targets: record.targets,
      measurement: m ? { periodYear: m.periodYear, value: m.value, status: m.status } : null,
    }),
  };
}

export type PlanIndicatorOut = ReturnType<typeof presentPlanIndicator>;

/**
 * The audit snapshot of a selection: what was written (its columns and lists). The latest measurement is
 * audited on its own, and the grade and progress are derived, so they stay out.
 */
export const planIndicatorSnapshot = ({
  latestMeasurement: _m,
  quality: _q,
  progress: _p,
  ...record
}: PlanIndicatorOut) => record;
