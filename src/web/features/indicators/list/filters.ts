import { PROGRESS_CLASSES } from '../../../../shared/indicator-progress.ts';
import { isUuid } from '../../../lib/ids.ts';
import type { PlanIndicator, ProgressClass } from '../api.ts';

/** Which indicators' quality is asked for: some criterion failing (grade C), or not all six scored yet. */
export const QUALITY_FILTERS = ['failing', 'incomplete'] as const;
export type QualityFilter = (typeof QUALITY_FILTERS)[number];

/**
 * What the list shows, kept in the address (`?pillar=<id>&progress=off_track`) so that a filtered view
 * can be shared with a link or projected again after a reload.
 */
export interface IndicatorFilters {
  pillar: string | null;
  element: string | null;
  /** The OPD that produces the data. */
  opd: string | null;
  progress: ProgressClass | null;
  quality: QualityFilter | null;
}

export const NO_FILTERS: IndicatorFilters = {
  pillar: null,
  element: null,
  opd: null,
  progress: null,
  quality: null,
};

const oneOf = <T extends string>(values: readonly T[], text: string | null): T | null =>
  values.includes(text as T) ? (text as T) : null;
const id = (text: string | null) => (text && isUuid(text) ? text : null);

/** Reads the filters from the address; anything that cannot be a valid value is ignored, not an error. */
export function parseFilters(params: URLSearchParams): IndicatorFilters {
  return {
    pillar: id(params.get('pillar')),
    element: id(params.get('element')),
    opd: id(params.get('opd')),
    progress: oneOf(PROGRESS_CLASSES, params.get('progress')),
    quality: oneOf(QUALITY_FILTERS, params.get('quality')),
  };
}

/** The filters written into `params` (other parameters, such as the view, are kept); empty ones left out. */
export function withFilters(params: URLSearchParams, filters: IndicatorFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(filters))
    if (value) next.set(key, value);
    else next.delete(key);
  return next;
}

export const hasFilters = (f: IndicatorFilters) => Object.values(f).some(Boolean);

function qualityMatches(indicator: PlanIndicator, quality: QualityFilter | null) {
  if (quality === 'failing') return indicator.quality.failing.length > 0;
  if (quality === 'incomplete') return indicator.quality.assessed < 6;
  return true;
}

export function applyFilters(indicators: readonly PlanIndicator[], f: IndicatorFilters): PlanIndicator[] {
  return indicators.filter(
    (i) =>
      (!f.pillar || i.pillarId === f.pillar) &&
      (!f.element || i.elementId === f.element) &&
      (!f.opd || i.producerOpdId === f.opd) &&
      (!f.progress || i.progress.status === f.progress) &&
      qualityMatches(i, f.quality),
  );
}

export interface PillarGroup<P> {
  pillar: P;
  indicators: PlanIndicator[];
}

/**
 * The indicators under their pillars, in the plan's order of pillars and, inside one, of elements, then
 * by code. A pillar without indicators is left out, unless it is the one filtered on (its empty list
 * then says so).
 */
export function groupByPillar<P extends { id: string }>(
  indicators: readonly PlanIndicator[],
  pillars: readonly P[],
  elementOrder: (elementId: string | null) => number,
  keepPillar: string | null = null,
): PillarGroup<P>[] {
  return pillars
    .map((pillar) => ({
      pillar,
      indicators: indicators
        .filter((i) => i.pillarId === pillar.id)
        .sort(
          (a, b) =>
            elementOrder(a.elementId) - elementOrder(b.elementId) ||
            a.catalog.code.localeCompare(b.catalog.code),
        ),
    }))
    .filter((group) => group.indicators.length > 0 || group.pillar.id === keepPillar);
}

/**
 * The target a row shows beside the latest value: the one that value was judged against (its year's,
 * maybe read off the line between known points); with nothing measured, this year's target or the
 * nearest one before, else the first.
 */
export function shownTarget(indicator: PlanIndicator, thisYear: number) {
  const { progress, targets } = indicator;
  if (progress.year !== null && progress.target !== null)
    return { year: progress.year, value: progress.target, interpolated: progress.targetInterpolated };
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  const target = sorted.filter((t) => t.year <= thisYear).at(-1) ?? sorted[0];
  return target ? { year: target.year, value: target.value, interpolated: false } : null;
}
