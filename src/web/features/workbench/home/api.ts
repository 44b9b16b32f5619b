import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { Schema } from '../../../api/types.ts';
import { keys } from '../api.ts';

export type PlanSummary = Schema<'PlanSummary'>;
export type IndicatorGap = PlanSummary['gaps']['indicatorsWithoutTargets'][number];

/**
 * The plan at a glance: counts, pillars, budgets and gaps (programmes, lead OPDs, indicators), all
 * computed by the server, so the home needs no other list.
 */
export const usePlanSummary = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'summary'),
    queryFn: ({ signal }) => api<PlanSummary>(`/plans/${planId}/summary`, { signal }),
  });
