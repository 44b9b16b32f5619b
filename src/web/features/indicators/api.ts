import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import type { Page, RequestBody, Schema } from '../../api/types.ts';
import { ALL, keys, useRefreshPlan } from '../workbench/api.ts';

export type PlanIndicator = Schema<'PlanIndicator'>;
export type CatalogEntry = Schema<'IndicatorCatalogEntry'>;
export type Measurement = Schema<'IndicatorMeasurement'>;
export type EvidenceFile = Schema<'IndicatorEvidenceFile'>;
export type ProgressSummary = Schema<'IndicatorProgressSummary'>;
export type QualityIssues = Schema<'IndicatorQualityIssues'>;
export type AvailabilityMatrix = Schema<'IndicatorAvailabilityMatrix'>;
export type PlanIndicatorCreate = RequestBody<'createPlanIndicator'>;
export type PlanIndicatorUpdate = RequestBody<'updatePlanIndicator'>;
export type CatalogEntryCreate = RequestBody<'createIndicatorCatalogEntry'>;
export type MeasurementCreate = RequestBody<'createIndicatorMeasurement'>;
export type MeasurementUpdate = RequestBody<'updateIndicatorMeasurement'>;
export type ProgressClass = PlanIndicator['progress']['status'];
export type Criterion = PlanIndicator['assessments'][number]['criterion'];
/** A programme as the link picker needs it. */
export type ProgramOption = Pick<Schema<'Program'>, 'id' | 'code' | 'title' | 'pillarId'>;

/**
 * Query keys: everything of a plan's indicators sits under the plan's key, so the refresh after any
 * write of the plan (useRefreshPlan) reaches the list, the detail, the measurements and the overviews.
 */
export const indicatorKeys = {
  list: (planId: string) => keys.ofPlan(planId, 'indicators'),
  overview: (planId: string, part: 'progress' | 'issues' | 'availability') =>
    keys.ofPlan(planId, 'indicators', part),
  one: (planId: string, id: string) => keys.ofPlan(planId, 'indicator', id),
  measurements: (planId: string, id: string) => keys.ofPlan(planId, 'indicator', id, 'measurements'),
  /** The catalogue is not the plan's: national entries plus the region's own. */
  catalog: (regionId: string) => ['indicator-catalog', regionId] as const,
};

const one = (id: string) => `/plan-indicators/${encodeURIComponent(id)}`;

async function everyPage<T>(path: string, signal: AbortSignal, query: Record<string, string> = {}) {
  const items: T[] = [];
  for (;;) {
    const page = await api<Page<T>>(path, { query: { ...query, limit: ALL, offset: items.length }, signal });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

/** Every indicator the plan selected; the screen filters and groups them itself (a plan has tens). */
export const usePlanIndicators = (planId: string) =>
  useQuery({
    queryKey: indicatorKeys.list(planId),
    queryFn: ({ signal }) => everyPage<PlanIndicator>(`/plans/${planId}/indicators`, signal),
  });

export const usePlanIndicator = (planId: string, id: string) =>
  useQuery({
    queryKey: indicatorKeys.one(planId, id),
    enabled: id !== '',
    queryFn: ({ signal }) => api<PlanIndicator>(one(id), { signal }),
  });

/** The national catalogue and the region's own indicators, searched in the browser (a few hundred). */
export const useCatalog = (regionId: string, enabled = true) =>
  useQuery({
    queryKey: indicatorKeys.catalog(regionId),
    enabled,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => everyPage<CatalogEntry>('/indicators/catalog', signal, { region: regionId }),
  });

/** The plan's programmes, to link an indicator to those it measures. */
export const usePlanPrograms = (planId: string, enabled = true) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'programs', 'options'),
    enabled,
    queryFn: ({ signal }) => everyPage<Schema<'Program'>>(`/plans/${planId}/programs`, signal),
    select: (programs): ProgramOption[] =>
      programs.map(({ id, code, title, pillarId }) => ({ id, code, title, pillarId })),
  });

export function useSelectIndicator(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (body: PlanIndicatorCreate) =>
      api<PlanIndicator>(`/plans/${planId}/indicators`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

/** A regency's own indicator, added to the catalogue so that its plan can select it. */
export function useCreateLocalIndicator(regionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CatalogEntryCreate) =>
      api<CatalogEntry>('/indicators/catalog', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: indicatorKeys.catalog(regionId) }),
  });
}

/** A change sent with the version it was made against; the server answers 409 when that is stale. */
export interface IndicatorChange {
  changes: Omit<PlanIndicatorUpdate, 'version'>;
  version: number;
}

export function useUpdatePlanIndicator(planId: string, id: string) {
  const client = useQueryClient();
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: ({ changes, version }: IndicatorChange) =>
      api<PlanIndicator>(one(id), { method: 'PATCH', body: { ...changes, version } }),
    onSuccess: (saved) => {
      client.setQueryData(indicatorKeys.one(planId, id), saved);
      void refresh();
    },
  });
}

/**
 * Removes the indicator from the plan and refreshes the plan's queries but the indicator's own: asking
 * for it again would only meet a 404 while its screen is still up.
 */
export function useDeletePlanIndicator(planId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(one(id), { method: 'DELETE' }),
    onSuccess: () => {
      const gone = indicatorKeys.one(planId, id);
      const isGone = (key: readonly unknown[]) => gone.every((part, i) => key[i] === part);
      return client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'plans' && !isGone(q.queryKey) });
    },
  });
}

/** Drops a removed indicator's cached queries once its screen is left. */
export function useForgetPlanIndicator(planId: string, id: string) {
  const client = useQueryClient();
  return useCallback(
    () => client.removeQueries({ queryKey: indicatorKeys.one(planId, id) }),
    [client, planId, id],
  );
}

/** Measured values, newest period first (as the API lists them). */
export const useMeasurements = (planId: string, id: string) =>
  useQuery({
    queryKey: indicatorKeys.measurements(planId, id),
    queryFn: ({ signal }) => everyPage<Measurement>(`${one(id)}/measurements`, signal),
  });

export function useCreateMeasurement(planId: string, id: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (body: MeasurementCreate) =>
      api<Measurement>(`${one(id)}/measurements`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

/** A correction sent with the version it was made against; the server answers 409 when that is stale. */
export interface MeasurementCorrection {
  id: string;
  changes: Omit<MeasurementUpdate, 'version'>;
  version: number;
}

/**
 * Corrects a value; the API makes it a new submission that another account verifies. After a 409 the
 * plan is refreshed as well, so that the list shows how the value stands now.
 */
export function useCorrectMeasurement(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: ({ id, changes, version }: MeasurementCorrection) =>
      api<Measurement>(`/measurements/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { ...changes, version },
      }),
    onSuccess: () => refresh(),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void refresh();
    },
  });
}

export type Verdict =
  | { kind: 'verify'; verifiedBy: string; version: number }
  | { kind: 'reject'; verifiedBy: string; version: number; reason: string };

/** A second person's verdict on a submitted value. */
export function useJudgeMeasurement(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: ({ id, verdict }: { id: string; verdict: Verdict }) => {
      const { kind, ...body } = verdict;
      return api<Measurement>(`/measurements/${encodeURIComponent(id)}/${kind}`, { method: 'POST', body });
    },
    onSuccess: () => refresh(),
  });
}

export function useDeleteMeasurement(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`/measurements/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(),
  });
}

export function useDeleteEvidence(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`/evidence/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(),
  });
}

export const useProgressSummary = (planId: string) =>
  useQuery({
    queryKey: indicatorKeys.overview(planId, 'progress'),
    queryFn: ({ signal }) => api<ProgressSummary>(`/plans/${planId}/indicators/progress`, { signal }),
  });

export const useQualityIssues = (planId: string) =>
  useQuery({
    queryKey: indicatorKeys.overview(planId, 'issues'),
    queryFn: ({ signal }) => api<QualityIssues>(`/plans/${planId}/indicators/issues`, { signal }),
  });

export const useAvailabilityMatrix = (planId: string) =>
  useQuery({
    queryKey: indicatorKeys.overview(planId, 'availability'),
    queryFn: ({ signal }) => api<AvailabilityMatrix>(`/plans/${planId}/indicators/availability`, { signal }),
  });
