import { useMutation } from '@tanstack/react-query';
import { apiUrl } from '../../../api/client.ts';
import { errorFromResponse, networkError } from '../../../api/problem.ts';
import { useRefreshPlan } from '../../workbench/api.ts';
import type { EvidenceFile } from '../api.ts';

/**
 * Sends one file as multipart/form-data (the JSON client in api/client.ts cannot), with the same
 * session cookie, CSRF header and problem+json errors, so a refused file names `file` like any field.
 */
export async function uploadEvidence(measurementId: string, file: File): Promise<EvidenceFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(apiUrl(`/measurements/${encodeURIComponent(measurementId)}/evidence`), {
      method: 'POST',
      headers: { accept: 'application/json, application/problem+json', 'x-requested-with': 'fetch' },
      credentials: 'same-origin',
      body,
    });
  } catch (error) {
    throw networkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as EvidenceFile;
}

export function useUploadEvidence(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: ({ measurementId, file }: { measurementId: string; file: File }) =>
      uploadEvidence(measurementId, file),
    onSuccess: () => refresh(),
  });
}
