/**
 * How a measured value compares with the plan's target for its year: on track, at risk or off track.
 * The rules are documented in docs/indicators.md and decision 009; the thresholds are declared here once
 * and used by the API, the progress summary and the web app alike.
 */

export const PROGRESS_CLASSES = ['on_track', 'at_risk', 'off_track', 'no_target', 'no_data'] as const;
export type ProgressClass = (typeof PROGRESS_CLASSES)[number];
/** The classes a measured value with a target gets. */
export const JUDGED_CLASSES = ['on_track', 'at_risk', 'off_track'] as const;

/** Share of the way from baseline to target (or of the target) reached: at least this is on track… */
export const ON_TRACK_MIN = 0.9;
/** …at least this is at risk; below it, off track. */
export const AT_RISK_MIN = 0.7;
/** A "maintain" indicator within this relative distance of its target is on track… */
export const MAINTAIN_ON_TRACK_DEVIATION = 0.05;
/** …within this, at risk; further away, off track. */
export const MAINTAIN_AT_RISK_DEVIATION = 0.15;

export type ProgressBasis = 'gap_closed' | 'target_ratio' | 'deviation';

export interface ProgressInput {
  direction: 'increase' | 'decrease' | 'maintain';
  baselineYear: number | null;
  baselineValue: string | null;
  targets: readonly { year: number; value: string }[];
  /** The value to judge (the latest that was not rejected), or null when nothing was measured. */
  measurement: { periodYear: number; value: string; status: string } | null;
}

export interface Progress {
  status: ProgressClass;
  /** The period judged and its value. */
  year: number | null;
  actual: string | null;
  /** The target of that year: set for the year, or read off the line between the nearest known points. */
  target: string | null;
  targetInterpolated: boolean;
  /** How far the value went, in percent (one decimal): see `basis`. Null when not judged. */
  achievement: number | null;
  basis: ProgressBasis | null;
  /** Whether the value judged has been verified by a second person; a submitted one counts provisionally. */
  verified: boolean;
}

const round1 = (n: number) => Math.round(n * 1000) / 10;

/** The decimal text of a number with up to six decimals, as the API writes values. */
const decimalText = (n: number) => n.toFixed(6);

/**
 * The target of `year`: the yearly target when there is one; between two known points (the baseline and
 * the yearly targets) the value on the straight line joining them; after the last target, the last
 * target. Before the first known point there is none.
 */
export function targetFor(
  year: number,
  targets: readonly { year: number; value: string }[],
  baseline: { year: number; value: string } | null,
): { value: number; interpolated: boolean } | null {
  const exact = targets.find((t) => t.year === year);
  if (exact) return { value: Number(exact.value), interpolated: false };
  const points = [
    ...(baseline && !targets.some((t) => t.year === baseline.year) ? [baseline] : []),
    ...targets,
  ]
    .map((p) => ({ year: p.year, value: Number(p.value) }))
    .sort((a, b) => a.year - b.year);
  const before = points.filter((p) => p.year < year).at(-1);
  const after = points.find((p) => p.year > year);
  if (!before) return null;
  if (!after) return targets.length > 0 ? { value: before.value, interpolated: true } : null;
  const share = (year - before.year) / (after.year - before.year);
  return { value: before.value + (after.value - before.value) * share, interpolated: true };
}

const classify = (share: number): ProgressClass =>
  share >= ON_TRACK_MIN ? 'on_track' : share >= AT_RISK_MIN ? 'at_risk' : 'off_track';

/**
 * Judge a measured value against its year's target:
 * - "maintain": relative distance from the target, |actual − target| / |target|;
 * - a value that meets the target in the indicator's direction is on track;
 * - with a baseline before the period (and a target that differs from it): the share of the way from
 *   baseline to target covered, (actual − baseline) / (target − baseline);
 * - otherwise the ratio to the target: actual / target (increase) or target / actual (decrease).
 * The share is then on track from ON_TRACK_MIN, at risk from AT_RISK_MIN, else off track.
 */
export function judgeProgress(input: ProgressInput): Progress {
  const m = input.measurement;
  const none: Progress = {
    status: 'no_data',
    year: null,
    actual: null,
    target: null,
    targetInterpolated: false,
    achievement: null,
    basis: null,
    verified: false,
  };
  if (!m) return none;
  const baseline =
    input.baselineYear !== null && input.baselineValue !== null
      ? { year: input.baselineYear, value: input.baselineValue }
      : null;
  const found = targetFor(m.periodYear, input.targets, baseline);
  const judged = { ...none, year: m.periodYear, actual: m.value, verified: m.status === 'verified' };
  if (!found) return { ...judged, status: 'no_target' };
  const target = found.value;
  const actual = Number(m.value);
  const withTarget = {
    ...judged,
    target: decimalText(target),
    targetInterpolated: found.interpolated,
  };

  if (input.direction === 'maintain') {
    const deviation =
      target === 0
        ? actual === 0
          ? 0
          : Number.POSITIVE_INFINITY
        : Math.round((Math.abs(actual - target) / Math.abs(target)) * 1000) / 1000;
    const status: ProgressClass =
      deviation <= MAINTAIN_ON_TRACK_DEVIATION
        ? 'on_track'
        : deviation <= MAINTAIN_AT_RISK_DEVIATION
          ? 'at_risk'
          : 'off_track';
    return { ...withTarget, status, achievement: round1(Math.max(0, 1 - deviation)), basis: 'deviation' };
  }

  const up = input.direction === 'increase';
  const met = up ? actual >= target : actual <= target;
  const base = baseline && baseline.year < m.periodYear ? Number(baseline.value) : null;
  let share: number;
  let basis: ProgressBasis;
  if (base !== null && target !== base) {
    share = (actual - base) / (target - base);
    basis = 'gap_closed';
  } else {
    basis = 'target_ratio';
    if (up) share = target > 0 ? actual / target : met ? 1 : 0;
    else share = actual > 0 ? target / actual : 1;
  }
  // A target set against the indicator's direction (a tolerated decline) is met once the value beats it.
  if (met) share = Math.max(share, 1);
  // Judged on the figure shown (one decimal), so that 90.0 % is on track however the float fell.
  const achievement = round1(share);
  return { ...withTarget, status: classify(achievement / 100), achievement, basis };
}
