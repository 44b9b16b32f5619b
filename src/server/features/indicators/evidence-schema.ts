import { z } from 'zod';
import { EVIDENCE_CONTENT_TYPES, EVIDENCE_MAX_BYTES } from '../../../shared/evidence.ts';
import { Timestamp } from '../../http/schemas.ts';

export const EvidenceFile = z
  .object({
    id: z.uuid(),
    measurementId: z.uuid(),
    fileName: z.string(),
    contentType: z.enum(EVIDENCE_CONTENT_TYPES as [string, ...string[]]),
    sizeBytes: z.number().int(),
    sha256: z.string().describe('SHA-256 of the content, hex'),
    uploadedBy: z.string(),
    createdAt: Timestamp,
    downloadUrl: z.string().describe('GET it to download the file'),
  })
  .meta({ id: 'IndicatorEvidenceFile', description: 'A file a measurement carries as evidence' });

export type EvidenceFileOut = z.output<typeof EvidenceFile>;

/** The multipart body of an upload, for the OpenAPI document (the handler reads the stream itself). */
export const EvidenceUpload = z
  .object({
    file: z
      .string()
      .meta({ format: 'binary' })
      .describe(
        `PDF, PNG, JPEG, XLSX or CSV, at most ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB; its content must match its extension`,
      ),
  })
  .meta({ id: 'IndicatorEvidenceUpload' });

export const EvidenceParams = z.object({ id: z.uuid() });
