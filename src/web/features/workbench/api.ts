import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import type { Page, Schema } from '../../api/types.ts';

export type Plan = Schema<'Plan'>;
export type Pillar = Schema<'Pillar'>;
export type Element = Schema<'Element'>;
export type Opd = Schema<'Opd'>;
export type Kecamatan = Schema<'Kecamatan'>;
export type Mission = Schema<'Mission'>;

/** The API's largest page; a regency's OPDs, pillars or elements always fit in one. */
export const ALL = 1000;

/**
 * Query keys of the workbench. Everything of a plan starts with `['plans', planId]` and everything of a
 * region with `['regions', regionId]`, so one invalidation after a write refreshes every screen that
 * could show it (the home counts, the roadmap, the worksheet).
 */
export const keys = {
  plan: (planId: string) => ['plans', planId] as const,
  ofPlan: (planId: string, ...rest: unknown[]) => ['plans', planId, ...rest] as const,
  region: (regionId: string) => ['regions', regionId] as const,
  ofRegion: (regionId: string, ...rest: unknown[]) => ['regions', regionId, ...rest] as const,
};

const list = <T>(path: string, signal: AbortSignal) =>
  api<Page<T>>(path, { query: { limit: ALL }, signal }).then((page) => page.items);

export const usePlan = (planId: string) =>
  useQuery({
    queryKey: keys.plan(planId),
    queryFn: ({ signal }) => api<Plan>(`/plans/${encodeURIComponent(planId)}`, { signal }),
  });

/** The plan's pillars in their order (the six of DOMAIN.md unless the regency changed them). */
export const usePillars = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'pillars'),
    queryFn: ({ signal }) => list<Pillar>(`/plans/${planId}/pillars`, signal),
  });

/** Every element of every pillar of the plan. */
export const useElements = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'elements'),
    queryFn: ({ signal }) => list<Element>(`/plans/${planId}/elements`, signal),
  });

export const useMissions = (planId: string) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'missions'),
    queryFn: ({ signal }) => list<Mission>(`/plans/${planId}/missions`, signal),
  });

/** The region's OPD units, kecamatan offices included, by code. */
export const useOpds = (regionId: string | undefined) =>
  useQuery({
    queryKey: keys.ofRegion(regionId ?? '', 'opds'),
    enabled: Boolean(regionId),
    queryFn: ({ signal }) => list<Opd>(`/regions/${regionId}/opds`, signal),
  });

export const useKecamatan = (regionId: string | undefined) =>
  useQuery({
    queryKey: keys.ofRegion(regionId ?? '', 'kecamatan'),
    enabled: Boolean(regionId),
    queryFn: ({ signal }) => list<Kecamatan>(`/regions/${regionId}/kecamatan`, signal),
  });

/** After a write: refresh everything of the plan (and the plan lists, whose status or title may show it). */
export function useRefreshPlan(planId: string) {
  const client = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.plan(planId) }),
        // Plan lists are keyed ['plans', { region }]: an object where a plan id would be.
        client.invalidateQueries({
          predicate: (q) => q.queryKey[0] === 'plans' && typeof q.queryKey[1] === 'object',
        }),
      ]),
    [client, planId],
  );
}

/** After a write to the region's organisation: refresh it, and the plans whose screens name its OPDs. */
export function useRefreshRegion(regionId: string) {
  const client = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.region(regionId) }),
        client.invalidateQueries({ queryKey: ['plans'] }),
      ]),
    [client, regionId],
  );
}
