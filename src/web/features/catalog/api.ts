import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { RequestBody, Schema } from '../../api/types.ts';
// The documents screen's download (fetch as a blob, saved under the Content-Disposition name) serves here too.
import { downloadFile } from '../../lib/download.ts';
import type { ImportPayload } from './import/import-file.ts';

export type ImportResult = Schema<'IndicatorCatalogImportResult'>;
type ImportBody = RequestBody<'importIndicatorCatalog'>;

/** Every cached catalogue (the national one, each regency's with its own) starts with this key. */
const CATALOG_KEY = ['indicator-catalog'] as const;

export interface ImportRequest {
  /** The regency whose local indicators the file holds; null for the national catalogue. */
  regionId: string | null;
  payload: ImportPayload;
  dryRun: boolean;
}

/**
 * Checks (dry run) or imports a catalogue file. A real import changes the national catalogue or a
 * regency's, so every cached catalogue is loaded afresh: this screen's, and the plan's indicator picker.
 */
export function useImportCatalog() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ regionId, payload, dryRun }: ImportRequest) =>
      api<ImportResult>('/indicators/catalog/import', {
        method: 'POST',
        // The server checks the entries field by field; the file's JSON is sent as it is.
        body: { regionId, dryRun, ...payload } as ImportBody,
      }),
    onSuccess: (result) => {
      if (!result.dryRun) void client.invalidateQueries({ queryKey: CATALOG_KEY });
    },
  });
}

export type ExportFormat = 'csv' | 'json';

/** Downloads the catalogue (with the regency's own indicators when `region` is given) as a file. */
export const downloadCatalog = (format: ExportFormat, region: { id: string; code: string } | null) =>
  downloadFile(
    '/indicators/catalog/export',
    { format, region: region?.id },
    `rancang-indicator-catalog${region ? `-${region.code}` : ''}.${format}`,
  );
