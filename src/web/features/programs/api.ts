import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import type { Page, QueryOf, RequestBody, Schema } from '../../api/types.ts';
import { ALL, keys, useRefreshPlan } from '../workbench/api.ts';

export type Program = Schema<'Program'>;
export type ProgramCreate = RequestBody<'createProgram'>;
export type ProgramUpdate = RequestBody<'updateProgram'>;
/** The list filters the server applies (paging is this module's business). */
export type ProgramQuery = Omit<QueryOf<'listPrograms'>, 'limit' | 'offset'>;

/** Every programme of a plan matching `query`, in code order, fetched page by page up to the end. */
export async function fetchAllPrograms(planId: string, query: ProgramQuery, signal?: AbortSignal) {
  const items: Program[] = [];
  for (;;) {
    const page = await api<Page<Program>>(`/plans/${planId}/programs`, {
      query: { ...query, limit: ALL, offset: items.length },
      ...(signal ? { signal } : {}),
    });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export const programListKey = (planId: string, query: ProgramQuery) => keys.ofPlan(planId, 'programs', query);

/** The worksheet's list: one request for all pillars, so the pillar tabs can count without asking again. */
export const usePrograms = (planId: string, query: ProgramQuery) =>
  useQuery({
    queryKey: programListKey(planId, query),
    queryFn: ({ signal }) => fetchAllPrograms(planId, query, signal),
    // A filter change keeps the plan's previous rows on screen until the new ones arrive: no flash of a
    // loader (another plan's rows are never shown in the meantime).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === planId ? previous : undefined,
  });

export const createProgram = (planId: string, body: ProgramCreate) =>
  api<Program>(`/plans/${planId}/programs`, { method: 'POST', body });

export const updateProgram = (programId: string, changes: ProgramUpdate) =>
  api<Program>(`/programs/${programId}`, { method: 'PATCH', body: changes });

/**
 * Puts a programme the server answered into every cached worksheet list of its plan, so the grid shows
 * the saved value (and its new version) at once, before the refresh arrives. Only list entries are
 * touched: other caches under the same prefix (a programme's detail) have their own shape.
 */
export function replaceInLists(client: QueryClient, program: Program) {
  client.setQueriesData<unknown>({ queryKey: keys.ofPlan(program.planId, 'programs') }, (data: unknown) =>
    Array.isArray(data)
      ? (data as Program[]).map((p) => (p.id === program.id ? program : p))
      : (data as Program | undefined),
  );
}

/** A hook form of replaceInLists. */
export function useReplaceInLists() {
  const client = useQueryClient();
  return useCallback((program: Program) => replaceInLists(client, program), [client]);
}

/** Adds a programme; the lists refresh (the server gave it its code, so it lands in its place). */
export function useCreateProgram(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (body: ProgramCreate) => createProgram(planId, body),
    onSuccess: () => refresh(),
  });
}
