import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page, RequestBody, Schema } from '../../api/types.ts';
import { ALL, keys, type Mission, type Plan } from '../workbench/api.ts';

export type Goal = Schema<'Goal'>;
export type Strategy = Schema<'Strategy'>;
export type PlanUpdate = RequestBody<'updatePlan'>;

const list = <T>(path: string, signal: AbortSignal) =>
  api<Page<T>>(path, { query: { limit: ALL }, signal }).then((page) => page.items);

/** Every goal of the plan, in ordinal order; the screen groups them under their mission. */
export const useGoals = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'goals'),
    queryFn: ({ signal }) => list<Goal>(`/plans/${planId}/goals`, signal),
  });

/** Every strategy of the plan, in pillar then ordinal order. */
export const useStrategies = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'strategies'),
    queryFn: ({ signal }) => list<Strategy>(`/plans/${planId}/strategies`, signal),
  });

export const updatePlan = (planId: string, body: PlanUpdate) =>
  api<Plan>(`/plans/${planId}`, { method: 'PATCH', body });

export const createMission = (planId: string, body: RequestBody<'createMission'>) =>
  api<Mission>(`/plans/${planId}/missions`, { method: 'POST', body });
export const updateMission = (id: string, body: RequestBody<'updateMission'>) =>
  api<Mission>(`/missions/${id}`, { method: 'PATCH', body });
export const deleteMission = (id: string) => api<void>(`/missions/${id}`, { method: 'DELETE' });

export const createGoal = (planId: string, body: RequestBody<'createGoal'>) =>
  api<Goal>(`/plans/${planId}/goals`, { method: 'POST', body });
export const updateGoal = (id: string, body: RequestBody<'updateGoal'>) =>
  api<Goal>(`/goals/${id}`, { method: 'PATCH', body });
export const deleteGoal = (id: string) => api<void>(`/goals/${id}`, { method: 'DELETE' });

export const createStrategy = (planId: string, body: RequestBody<'createStrategy'>) =>
  api<Strategy>(`/plans/${planId}/strategies`, { method: 'POST', body });
export const updateStrategy = (id: string, body: RequestBody<'updateStrategy'>) =>
  api<Strategy>(`/strategies/${id}`, { method: 'PATCH', body });
export const deleteStrategy = (id: string) => api<void>(`/strategies/${id}`, { method: 'DELETE' });
