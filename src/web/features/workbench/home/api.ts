import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { Page, Schema } from '../../../api/types.ts';
import { ALL, keys } from '../api.ts';
import { hasWeakData } from './plan-overview.ts';

export type PlanSummary = Schema<'PlanSummary'>;
type PlanIndicator = Schema<'PlanIndicator'>;

/** The plan at a glance: counts, pillars, budgets and gaps, all summed by the server. */
export const usePlanSummary = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'summary'),
    queryFn: ({ signal }) => api<PlanSummary>(`/plans/${planId}/summary`, { signal }),
  });

/**
 * How many OPDs lead at least one programme. The summary names only the OPDs that lead none, so the
 * budget broken down by lead OPD (one row per OPD with programmes) gives the other side.
 */
export const useLeadOpdCount = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'summary', 'leadOpds'),
    queryFn: ({ signal }) =>
      api<Schema<'BudgetBreakdown'>>(`/plans/${planId}/budget`, { query: { by: 'opd' }, signal }),
    select: (breakdown) => breakdown.rows.length,
  });

export interface IndicatorGap {
  id: string;
  code: string;
  nameId: string;
  nameEn: string;
}

const gapOf = ({ id, catalog }: PlanIndicator): IndicatorGap => ({
  id,
  code: catalog.code,
  nameId: catalog.nameId,
  nameEn: catalog.nameEn,
});

/**
 * The plan's indicators, reduced to what the home shows: how many there are, which have no yearly
 * target yet and which have data nobody can check or collect. Kept under the summary's key, so this
 * reduced shape never meets the indicators screen's.
 */
export const useIndicatorOverview = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'summary', 'indicators'),
    queryFn: ({ signal }) =>
      api<Page<PlanIndicator>>(`/plans/${planId}/indicators`, { query: { limit: ALL }, signal }),
    select: (page) => ({
      total: page.total,
      withoutTargets: page.items.filter((indicator) => indicator.targets.length === 0).map(gapOf),
      weakData: page.items.filter(hasWeakData).map(gapOf),
    }),
  });
