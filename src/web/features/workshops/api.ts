import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import type { Page, Schema } from '../../api/types.ts';
import { isUuid } from '../../lib/ids.ts';
import { ALL, keys, type Opd } from '../workbench/api.ts';
import type { ContinuityReport } from './continuity.ts';

export type Workshop = Schema<'Workshop'>;
export type Session = Schema<'WorkshopSession'>;
export type Attendance = Schema<'Attendance'>;
export type OpdPosition = Schema<'OpdPosition'>;
export type Person = Schema<'Person'>;

/**
 * Query keys, all under the plan's or the region's key so that the workbench's refresh functions reach
 * them. Region data is under 'workshops' too: the organisation screen may key its own people and
 * position lists differently (another page size, only current positions).
 */
export const workshopKeys = {
  workshops: (planId: string) => keys.ofPlan(planId, 'workshops'),
  sessions: (planId: string, workshopId: string) => keys.ofPlan(planId, 'workshops', workshopId, 'sessions'),
  session: (planId: string, sessionId: string) => keys.ofPlan(planId, 'sessions', sessionId),
  attendance: (planId: string, sessionId: string) => keys.ofPlan(planId, 'sessions', sessionId, 'attendance'),
  continuity: (planId: string) => keys.ofPlan(planId, 'attendance-continuity'),
  people: (regionId: string) => keys.ofRegion(regionId, 'workshops', 'people'),
  positions: (regionId: string, opdId: string) => keys.ofRegion(regionId, 'workshops', 'positions', opdId),
};

const list = <T>(path: string, signal: AbortSignal) =>
  api<Page<T>>(path, { query: { limit: ALL }, signal }).then((page) => page.items);

/** The plan's Bimtek phases that exist, by phase. */
export const useWorkshops = (planId: string) =>
  useQuery({
    queryKey: workshopKeys.workshops(planId),
    queryFn: ({ signal }) => list<Workshop>(`/plans/${planId}/workshops`, signal),
  });

export const useSessions = (planId: string, workshopId: string | undefined) =>
  useQuery({
    queryKey: workshopKeys.sessions(planId, workshopId ?? ''),
    enabled: Boolean(workshopId),
    queryFn: ({ signal }) => list<Session>(`/workshops/${workshopId}/sessions`, signal),
  });

export const useSession = (planId: string, sessionId: string) =>
  useQuery({
    queryKey: workshopKeys.session(planId, sessionId),
    enabled: isUuid(sessionId),
    queryFn: ({ signal }) => api<Session>(`/sessions/${encodeURIComponent(sessionId)}`, { signal }),
  });

/**
 * A session's attendance. While the check-in is open it is polled, so that two facilitators at two
 * doors see each other's check-ins within half a minute.
 */
export const useAttendance = (planId: string, sessionId: string, poll = false) =>
  useQuery({
    queryKey: workshopKeys.attendance(planId, sessionId),
    queryFn: ({ signal }) => list<Attendance>(`/sessions/${sessionId}/attendance`, signal),
    refetchInterval: poll ? 30_000 : false,
  });

export const useContinuity = (planId: string) =>
  useQuery({
    queryKey: workshopKeys.continuity(planId),
    queryFn: ({ signal }) => api<ContinuityReport>(`/plans/${planId}/attendance-continuity`, { signal }),
  });

/** People and positions change rarely during a workshop day: kept for a few minutes between sessions. */
const ORGANISATION_STALE_MS = 5 * 60_000;

export const usePeople = (regionId: string) =>
  useQuery({
    queryKey: workshopKeys.people(regionId),
    queryFn: ({ signal }) => list<Person>(`/regions/${regionId}/people`, signal),
    staleTime: ORGANISATION_STALE_MS,
  });

/**
 * Every position in the region's OPDs, past ones too (a session may lie in the past), with the holder's
 * name. The API lists positions per OPD only, hence one request per OPD.
 */
export function usePositions(regionId: string, opds: Opd[] | undefined) {
  const combine = useCallback(
    (
      results: { data?: OpdPosition[]; error: Error | null; isPending: boolean; refetch: () => unknown }[],
    ) => ({
      data: results.some((r) => r.isPending) ? undefined : results.flatMap((r) => r.data ?? []),
      failed: results.find((r) => r.error),
    }),
    [],
  );
  return useQueries({
    queries: (opds ?? []).map((opd) => ({
      queryKey: workshopKeys.positions(regionId, opd.id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        list<OpdPosition>(`/opds/${opd.id}/positions`, signal),
      staleTime: ORGANISATION_STALE_MS,
    })),
    combine,
  });
}
