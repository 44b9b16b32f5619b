import { REVIEW_STATUSES, type ReviewStatus, YEAR_MAX, YEAR_MIN } from '../../../../shared/domain.ts';
import { isUuid } from '../../../lib/ids.ts';
import type { Program, ProgramQuery } from '../api.ts';

/** The tab that shows every pillar at once (the facilitator's overview). */
export const ALL_PILLARS = 'all';

/**
 * What the worksheet shows, as kept in the address (`?pillar=governance&opd=…&quickWin=true`) so that a
 * filtered view can be shared with a link or projected again after a reload.
 */
export interface WorksheetFilters {
  /** A pillar key of the plan, or ALL_PILLARS. */
  pillar: string;
  opd: string | null;
  element: string | null;
  year: number | null;
  quickWin: boolean | null;
  review: ReviewStatus | null;
  q: string;
}

export const FILTER_PARAMS = ['opd', 'element', 'year', 'quickWin', 'review', 'q'] as const;

const yearOf = (text: string | null) => {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
};

/** Reads the filters from the address; anything that cannot be a valid value is ignored, not an error. */
export function parseFilters(params: URLSearchParams, pillarKeys: readonly string[]): WorksheetFilters {
  const pillar = params.get('pillar');
  const opd = params.get('opd');
  const element = params.get('element');
  const quickWin = params.get('quickWin');
  const review = params.get('review');
  return {
    pillar:
      pillar === ALL_PILLARS || (pillar && pillarKeys.includes(pillar))
        ? pillar
        : (pillarKeys[0] ?? ALL_PILLARS),
    opd: opd && isUuid(opd) ? opd : null,
    element: element && isUuid(element) ? element : null,
    year: yearOf(params.get('year')),
    quickWin: quickWin === 'true' ? true : quickWin === 'false' ? false : null,
    review: (REVIEW_STATUSES as readonly string[]).includes(review ?? '') ? (review as ReviewStatus) : null,
    q: (params.get('q') ?? '').slice(0, 200),
  };
}

/** The address of the filters; empty ones are left out, so a plain view has a plain link. */
export function filterParams(filters: WorksheetFilters): URLSearchParams {
  const params = new URLSearchParams({ pillar: filters.pillar });
  if (filters.opd) params.set('opd', filters.opd);
  if (filters.element) params.set('element', filters.element);
  if (filters.year !== null) params.set('year', String(filters.year));
  if (filters.quickWin !== null) params.set('quickWin', String(filters.quickWin));
  if (filters.review) params.set('review', filters.review);
  if (filters.q.trim()) params.set('q', filters.q);
  return params;
}

export const hasFilters = (f: WorksheetFilters) =>
  Boolean(f.opd || f.element || f.year !== null || f.quickWin !== null || f.review || f.q.trim());

/**
 * The part the server filters. Pillar and element are left to the browser: one list then feeds every
 * pillar tab's count, and switching tabs needs no request.
 */
export function serverQuery(f: WorksheetFilters): ProgramQuery {
  const query: ProgramQuery = {};
  if (f.opd) query.opd = f.opd;
  if (f.year !== null) query.year = f.year;
  if (f.quickWin !== null) query.quickWin = f.quickWin ? 'true' : 'false';
  if (f.review) query.reviewStatus = f.review;
  if (f.q.trim()) query.q = f.q.trim();
  return query;
}

/** The rows of the current tab: the pillar (by key) and element filters applied to the server's list. */
export function rowsOfTab(programs: readonly Program[], f: WorksheetFilters): Program[] {
  return programs.filter(
    (p) =>
      (f.pillar === ALL_PILLARS || p.pillarKey === f.pillar) && (!f.element || p.elementId === f.element),
  );
}

/**
 * Programmes per pillar key, for the tab labels. The element filter is left out: it belongs to one pillar
 * and is dropped when the tab changes, so another tab's count tells what that tab will show.
 */
export function countByPillar(programs: readonly Program[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of programs) counts.set(p.pillarKey, (counts.get(p.pillarKey) ?? 0) + 1);
  return counts;
}
