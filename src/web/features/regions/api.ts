import { useQuery } from '@tanstack/react-query';
import type { PlanStatus, REGION_KINDS } from '../../../shared/domain.ts';
import { api } from '../../api/client.ts';

/** As the API answers (Region in src/server/features/regions/schema.ts), the fields the screens use. */
export interface Region {
  id: string;
  code: string;
  name: string;
  kind: (typeof REGION_KINDS)[number];
  province: string;
  capital: string | null;
}

/** As the API answers (Plan in src/server/features/plans/schema.ts), the fields the screens use. */
export interface Plan {
  id: string;
  regionId: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  status: PlanStatus;
  currentPhase: number | null;
}

interface Page<T> {
  items: T[];
  total: number;
}

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
export const isRegionId = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

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
