import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page, Schema } from '../../api/types.ts';
import { isUuid } from '../../lib/ids.ts';

export type Region = Schema<'Region'>;
export type Plan = Schema<'Plan'>;

/** The API's largest page: every regency of Indonesia fits in one. */
const ALL = 1000;

/** Every region, sorted by BPS code as the API sends them; public, and rarely changing. */
export const useRegions = () =>
  useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => api<Page<Region>>('/regions', { query: { limit: ALL }, signal }),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });

/** Region ids are UUIDs; anything else in an address names no region. */
export const isRegionId = isUuid;

export const useRegion = (regionId: string) =>
  useQuery({
    queryKey: ['regions', regionId],
    enabled: isRegionId(regionId),
    queryFn: ({ signal }) => api<Region>(`/regions/${encodeURIComponent(regionId)}`, { signal }),
  });

/** The plans of a region the caller may see: published ones, plus drafts of their own regency. */
export const useRegionPlans = (regionId: string) =>
  useQuery({
    queryKey: ['plans', { region: regionId }],
    enabled: isRegionId(regionId),
    queryFn: ({ signal }) => api<Page<Plan>>('/plans', { query: { region: regionId, limit: ALL }, signal }),
    select: (page) => page.items,
  });
