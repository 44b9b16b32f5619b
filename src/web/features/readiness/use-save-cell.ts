import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRefreshPlan } from '../workbench/api.ts';
import { type CellPlace, type ReadinessScore, readinessKeys, saveCell } from './api.ts';

interface SaveInput {
  stored: ReadinessScore | null;
  changes: Parameters<typeof saveCell>[2];
  /** The version the change was made on; the stored cell's by default. */
  version?: number | null;
}

/**
 * Saves one cell. The answer goes straight into the matrix so the cell shows its new score at once,
 * then the plan refreshes (summary, radar, home counts) in the background: the save is done and said so
 * without waiting for those reads, which matters when a facilitator scores 18 cells in a row.
 */
export function useSaveCell(place: CellPlace) {
  const client = useQueryClient();
  const refreshPlan = useRefreshPlan(place.planId);
  return useMutation({
    mutationFn: ({ stored, changes, version }: SaveInput) => saveCell(place, stored, changes, version),
    onSuccess: (saved) => {
      client.setQueryData<ReadinessScore[]>(readinessKeys.scores(place.planId), (scores = []) =>
        scores.some((s) => s.id === saved.id)
          ? scores.map((s) => (s.id === saved.id ? saved : s))
          : [...scores, saved],
      );
      void refreshPlan();
    },
  });
}
