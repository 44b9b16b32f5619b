import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page, QueryOf, Schema } from '../../api/types.ts';
import { ALL, keys } from '../workbench/api.ts';

export type Program = Schema<'Program'>;
export type BudgetBreakdown = Schema<'BudgetBreakdown'>;
/** The budget groupings the roadmap charts: by pillar or by funding source, each per year. */
export type BudgetGrouping = 'pillar' | 'source';

/**
 * Every programme of the plan matching `query`, page after page: a plan may hold more programmes than
 * one page of the API (1,000), and the roadmap draws them all.
 */
async function allPrograms(planId: string, query: QueryOf<'listPrograms'>, signal: AbortSignal) {
  const items: Program[] = [];
  for (;;) {
    const page = await api<Page<Program>>(`/plans/${planId}/programs`, {
      query: { ...query, limit: ALL, offset: items.length },
      signal,
    });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

/** The plan's quick wins, in code order; the server filters them. */
export const useQuickWins = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'programs', 'roadmap', { quickWin: true }),
    queryFn: ({ signal }) => allPrograms(planId, { quickWin: 'true' }, signal),
  });

/** Every programme of the plan, in code order (the roadmap filters by pillar on screen, without a reload). */
export const useAllPrograms = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'programs', 'roadmap', { all: true }),
    queryFn: ({ signal }) => allPrograms(planId, {}, signal),
  });

/** The plan's budget per year, grouped by pillar or funding source; summed by the server. */
export const useBudgetByYear = (planId: string, grouping: BudgetGrouping) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'budget', `${grouping},year`),
    queryFn: ({ signal }) =>
      api<BudgetBreakdown>(`/plans/${planId}/budget`, { query: { by: `${grouping},year` }, signal }),
  });
