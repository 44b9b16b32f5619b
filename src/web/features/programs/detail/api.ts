import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../../api/client.ts';
import type { Page, RequestBody, Schema } from '../../../api/types.ts';
import { ALL, keys, useRefreshPlan } from '../../workbench/api.ts';

export type Program = Schema<'Program'>;
export type ProgramReview = Schema<'ProgramReview'>;
export type ProgramReviewResult = Schema<'ProgramReviewResult'>;
export type ProgramProgress = Schema<'ProgramProgress'>;
export type ProgramUpdate = RequestBody<'updateProgram'>;
export type ProgramReviewCreate = RequestBody<'reviewProgram'>;

/** Everything of one programme sits under the plan's key, so any write to the plan refreshes it. */
export const programKey = (planId: string, programId: string) => keys.ofPlan(planId, 'program', programId);

const path = (programId: string) => `/programs/${encodeURIComponent(programId)}`;

export const useProgram = (planId: string, programId: string) =>
  useQuery({
    queryKey: programKey(planId, programId),
    enabled: programId !== '',
    queryFn: ({ signal }) => api<Program>(path(programId), { signal }),
  });

/** A change sent with the version it was made against; the server answers 409 when that is stale. */
export interface ProgramChange {
  changes: Omit<ProgramUpdate, 'version'>;
  version: number;
}

export function useUpdateProgram(planId: string, programId: string) {
  const client = useQueryClient();
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: ({ changes, version }: ProgramChange) =>
      api<Program>(path(programId), { method: 'PATCH', body: { ...changes, version } }),
    onSuccess: (saved) => {
      client.setQueryData(programKey(planId, programId), saved);
      void refresh();
    },
  });
}

/**
 * Deletes the programme and refreshes everything of the plan but the programme itself: asking for it
 * again would only meet a 404 while its screen is still up. The screen drops it once left.
 */
export function useDeleteProgram(planId: string, programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(path(programId), { method: 'DELETE' }),
    onSuccess: () => {
      const gone = programKey(planId, programId);
      const isGone = (key: readonly unknown[]) => gone.every((part, i) => key[i] === part);
      // The same reach as useRefreshPlan: the plan's queries and the plan lists.
      return client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'plans' && !isGone(q.queryKey) });
    },
  });
}

/** Drops a deleted programme's cached queries, so that going back to its address asks the API again. */
export function useForgetProgram(planId: string, programId: string) {
  const client = useQueryClient();
  return useCallback(
    () => client.removeQueries({ queryKey: programKey(planId, programId) }),
    [client, planId, programId],
  );
}

export const useProgramReviews = (planId: string, programId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...programKey(planId, programId), 'reviews'],
    enabled,
    queryFn: ({ signal }) =>
      api<Page<ProgramReview>>(`${path(programId)}/reviews`, { query: { limit: ALL }, signal }),
    // The API lists them oldest first; the panel reads newest first.
    select: (page) => [...page.items].reverse(),
  });

export function useReviewProgram(planId: string, programId: string) {
  const client = useQueryClient();
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (body: ProgramReviewCreate) =>
      api<ProgramReviewResult>(`${path(programId)}/reviews`, { method: 'POST', body }),
    onSuccess: (result) => {
      client.setQueryData(programKey(planId, programId), result.program);
      void refresh();
    },
  });
}

/** Progress reports after adoption, by year and quarter; the last one is the latest. */
export const useProgramProgress = (planId: string, programId: string) =>
  useQuery({
    queryKey: [...programKey(planId, programId), 'progress'],
    queryFn: ({ signal }) =>
      api<Page<ProgramProgress>>(`${path(programId)}/progress`, { query: { limit: ALL }, signal }),
    select: (page) => page.items.at(-1) ?? null,
  });
