import type { Measurement, PlanIndicator } from '../api.ts';

export interface YearPoint {
  year: number;
  /** The yearly target set for the year; null when none is. */
  target: number | null;
  /** The year's verified value (the latest period's, for indicators measured more often than yearly). */
  verified: number | null;
}

export interface ProgressSeries {
  baseline: { year: number; value: number } | null;
  years: YearPoint[];
}

/** Later periods first: an explicit period end, then the order the values were entered in. */
const later = (a: Measurement, b: Measurement) =>
  (b.periodEnd ?? '').localeCompare(a.periodEnd ?? '') || b.createdAt.localeCompare(a.createdAt);

/**
 * What the indicator's progress chart draws: the plan's years with their targets beside the values a
 * second person verified. Submitted values wait for their check and rejected ones never count, so
 * neither is drawn; the baseline, when it falls before the period, is a point of its own.
 */
export function progressSeries(
  indicator: Pick<PlanIndicator, 'baselineYear' | 'baselineValue' | 'targets'>,
  measurements: readonly Measurement[],
  period: { start: number; end: number },
): ProgressSeries {
  const verified = measurements.filter((m) => m.status === 'verified').sort(later);
  const years: YearPoint[] = [];
  for (let year = period.start; year <= period.end; year++) {
    const target = indicator.targets.find((t) => t.year === year);
    const value = verified.find((m) => m.periodYear === year);
    years.push({
      year,
      target: target ? Number(target.value) : null,
      verified: value ? Number(value.value) : null,
    });
  }
  const baseline =
    indicator.baselineYear !== null && indicator.baselineValue !== null
      ? { year: indicator.baselineYear, value: Number(indicator.baselineValue) }
      : null;
  return { baseline, years };
}

export const hasAnything = (series: ProgressSeries) =>
  series.baseline !== null || series.years.some((y) => y.target !== null || y.verified !== null);
