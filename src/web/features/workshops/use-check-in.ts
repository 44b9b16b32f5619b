import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import type { RequestBody } from '../../api/types.ts';
import { keys } from '../workbench/api.ts';
import { type Attendance, type Session, workshopKeys } from './api.ts';
import { checkInTime } from './date-input.ts';
import { type AttendanceStatus, attended } from './phases.ts';

/** A status clicked but not yet stored: being saved, or refused (kept on screen until retried). */
export interface PendingMark {
  status: AttendanceStatus;
  state: 'saving' | 'failed';
  error?: unknown;
}

export interface Attendee {
  personId: string;
  opdId: string;
  fullName: string;
}

const isAttendance = (value: unknown): value is Attendance =>
  typeof value === 'object' && value !== null && 'personId' in value && 'version' in value;

/**
 * Checking people in, one click each, saved at once per person (POST a new record, PATCH an existing one):
 * an OPD participant may check in their own people, which the bulk PUT would not allow. Clicks on the
 * same person are saved in order; a failed save keeps the chosen status on screen with its error.
 * When someone else at another door got there first (409), the click still wins: it is the newest
 * word on who is in the room.
 */
export function useCheckIn(
  planId: string,
  session: Session,
  onSaved?: (who: Attendee, s: AttendanceStatus) => void,
) {
  const client = useQueryClient();
  const key = useMemo(() => workshopKeys.attendance(planId, session.id), [planId, session.id]);
  const [pending, setPending] = useState<Record<string, PendingMark>>({});
  const queues = useRef(new Map<string, Promise<void>>());
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;

  const stored = useCallback(
    (personId: string) => client.getQueryData<Attendance[]>(key)?.find((r) => r.personId === personId),
    [client, key],
  );

  const change = useCallback(
    async (record: Attendance, status: AttendanceStatus, retried = false): Promise<Attendance> => {
      if (record.status === status) return record;
      const stamp = attended(status) && !record.checkedInAt ? checkInTime(session, new Date()) : null;
      const body: RequestBody<'updateAttendance'> = {
        status,
        version: record.version,
        ...(stamp ? { checkedInAt: stamp } : {}),
      };
      try {
        return await api<Attendance>(`/attendance/${record.id}`, { method: 'PATCH', body });
      } catch (error) {
        if (
          !retried &&
          error instanceof ApiError &&
          error.kind === 'stale-version' &&
          isAttendance(error.current)
        )
          return change(error.current, status, true);
        throw error;
      }
    },
    [session],
  );

  const save = useCallback(
    async (who: Attendee, status: AttendanceStatus): Promise<Attendance> => {
      const existing = stored(who.personId);
      if (existing) return change(existing, status);
      const stamp = attended(status) ? checkInTime(session, new Date()) : null;
      const body: RequestBody<'createAttendance'> = {
        personId: who.personId,
        opdId: who.opdId,
        status,
        ...(stamp ? { checkedInAt: stamp } : {}),
      };
      try {
        return await api<Attendance>(`/sessions/${session.id}/attendance`, { method: 'POST', body });
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        // Checked in at another door meanwhile: fetch that record and change it instead.
        await client.refetchQueries({ queryKey: key, exact: true });
        const theirs = stored(who.personId);
        if (!theirs) throw error;
        return change(theirs, status);
      }
    },
    [client, key, session, stored, change],
  );

  const mark = useCallback(
    (who: Attendee, status: AttendanceStatus) => {
      setPending((p) => ({ ...p, [who.personId]: { status, state: 'saving' } }));
      const latest = (p: Record<string, PendingMark>) => p[who.personId]?.status === status;
      const previous = queues.current.get(who.personId) ?? Promise.resolve();
      const next = previous.then(() =>
        save(who, status).then(
          async (record) => {
            // Other screens of the plan (continuity, home) are stale now, but none is refetched mid-check-in.
            await client.invalidateQueries({ queryKey: keys.plan(planId), refetchType: 'none' });
            client.setQueryData<Attendance[]>(key, (rows = []) =>
              rows.some((r) => r.id === record.id)
                ? rows.map((r) => (r.id === record.id ? record : r))
                : [...rows, record],
            );
            setPending((p) => {
              if (!latest(p)) return p;
              const { [who.personId]: _done, ...rest } = p;
              return rest;
            });
            savedRef.current?.(who, status);
          },
          (error: unknown) =>
            setPending((p) => (latest(p) ? { ...p, [who.personId]: { status, state: 'failed', error } } : p)),
        ),
      );
      queues.current.set(who.personId, next);
    },
    [client, key, planId, save],
  );

  return { pending, mark };
}
