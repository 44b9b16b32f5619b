import { useQuery } from '@tanstack/react-query';
import type { ReadinessAspect } from '../../../shared/domain.ts';
import { api } from '../../api/client.ts';
import type { Page, RequestBody, Schema } from '../../api/types.ts';
import { ALL, keys } from '../workbench/api.ts';

export type ReadinessScore = Schema<'ReadinessScore'>;
export type ReadinessSummary = Schema<'ReadinessSummary'>;
export type ReadinessCreate = RequestBody<'createReadinessScore'>;
export type ReadinessUpdate = RequestBody<'updateReadinessScore'>;

/** Under the plan's key, so that the plan's refresh after any write reloads them too. */
export const readinessKeys = {
  scores: (planId: string) => keys.ofPlan(planId, 'readiness'),
  summary: (planId: string) => keys.ofPlan(planId, 'readiness-summary'),
};

/** Every scored cell of the plan's matrix (at most pillars × aspects, so one page holds them). */
export const useReadinessScores = (planId: string) =>
  useQuery({
    queryKey: readinessKeys.scores(planId),
    queryFn: ({ signal }) =>
      api<Page<ReadinessScore>>(`/plans/${planId}/readiness`, { query: { limit: ALL }, signal }).then(
        (page) => page.items,
      ),
  });

/** Averages per pillar and the gaps, as the server computes them for the documents too. */
export const useReadinessSummary = (planId: string) =>
  useQuery({
    queryKey: readinessKeys.summary(planId),
    queryFn: ({ signal }) => api<ReadinessSummary>(`/plans/${planId}/readiness-summary`, { signal }),
  });

/** Where a cell sits in the matrix; a cell not scored yet has no record. */
export interface CellPlace {
  planId: string;
  pillarId: string;
  aspect: ReadinessAspect;
}

/**
 * Writes one cell: a first score creates it, later ones change the stored record with the version the
 * user saw, so a change made meanwhile by someone else is refused (409) rather than overwritten.
 */
export function saveCell(
  place: CellPlace,
  stored: Pick<ReadinessScore, 'id' | 'version'> | null,
  changes: Omit<ReadinessUpdate, 'version' | 'pillarId' | 'aspect'>,
  version: number | null = stored?.version ?? null,
): Promise<ReadinessScore> {
  if (stored)
    return api<ReadinessScore>(`/readiness/${stored.id}`, {
      method: 'PATCH',
      body: { ...changes, ...(version === null ? {} : { version }) } satisfies ReadinessUpdate,
    });
  const { score } = changes;
  if (score === undefined) throw new Error('A cell is created with its score');
  return api<ReadinessScore>(`/plans/${place.planId}/readiness`, {
    method: 'POST',
    body: { ...changes, score, pillarId: place.pillarId, aspect: place.aspect } satisfies ReadinessCreate,
  });
}
