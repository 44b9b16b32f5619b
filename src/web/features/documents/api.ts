import { useMutation, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../api/client.ts';
import { errorFromResponse, invalidResponse, networkError } from '../../api/problem.ts';
import type { QueryOf, Schema } from '../../api/types.ts';
import type { Language } from '../../i18n/i18n.ts';
import { keys, useRefreshPlan } from '../workbench/api.ts';

export type OpenDataIndex = Schema<'OpenDataIndex'>;
export type OpenDataset = OpenDataIndex['datasets'][number];

/** The plan's open-data datasets with their columns described in `language`. */
export const useOpenDataIndex = (planId: string, language: Language) =>
  useQuery({
    queryKey: keys.ofPlan(planId, 'open-data', language),
    queryFn: ({ signal }) =>
      api<OpenDataIndex>(`/plans/${planId}/open-data`, { query: { lang: language }, signal }),
  });

/** Where a dataset downloads, in the language chosen for files. */
export const datasetUrl = (planId: string, dataset: string, format: 'csv' | 'json', language: Language) =>
  apiUrl(`/plans/${planId}/open-data/${dataset}.${format}`, { lang: language });

// ------------------------------------------------------------------------------------------ worksheet

/** All or nothing (the default), or only the rows without problems. */
export type ImportMode = NonNullable<QueryOf<'importPlanWorksheet'>['mode']>;
export type WorksheetImportResult = Schema<'WorksheetImportReport'>;
export type WorksheetProblem = Schema<'WorksheetProblem'>;

export interface WorksheetImportRequest {
  file: File;
  mode: ImportMode;
  dryRun: boolean;
}

/**
 * Sends the workbook as multipart/form-data (field `file`) with the session cookie and the CSRF header;
 * a refusal comes back as an ApiError like any other.
 */
export async function importWorksheet(planId: string, request: WorksheetImportRequest) {
  const body = new FormData();
  body.append('file', request.file, request.file.name);
  let response: Response;
  try {
    response = await fetch(
      apiUrl(`/plans/${encodeURIComponent(planId)}/worksheet`, {
        mode: request.mode,
        dryRun: request.dryRun,
      }),
      {
        method: 'POST',
        headers: { accept: 'application/json, application/problem+json', 'x-requested-with': 'fetch' },
        credentials: 'same-origin',
        body,
      },
    );
  } catch (error) {
    throw networkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  try {
    return (await response.json()) as WorksheetImportResult;
  } catch {
    throw invalidResponse(response.status);
  }
}

/** Checks or imports a workbook; an import that wrote refreshes every screen of the plan. */
export function useImportWorksheet(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (request: WorksheetImportRequest) => importWorksheet(planId, request),
    onSuccess: (result) => {
      if (result.applied) return refresh();
    },
  });
}
