/**
 * What evidence a measurement may carry as an uploaded file: the kinds accepted and the size limit.
 * The server refuses anything else before storing it; the web app reads the same list for its picker.
 */

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Files one measurement may carry. */
export const EVIDENCE_MAX_FILES = 10;

export interface EvidenceKind {
  /** The content type the file is stored and served with, whatever the uploader's browser claimed. */
  contentType: string;
  extensions: readonly string[];
}

export const EVIDENCE_KINDS = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  png: { contentType: 'image/png', extensions: ['png'] },
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  csv: { contentType: 'text/csv', extensions: ['csv'] },
} as const satisfies Record<string, EvidenceKind>;
export type EvidenceKindName = keyof typeof EVIDENCE_KINDS;

export const EVIDENCE_CONTENT_TYPES = Object.values(EVIDENCE_KINDS).map((k) => k.contentType);
export const EVIDENCE_EXTENSIONS = Object.values(EVIDENCE_KINDS).flatMap((k) => [...k.extensions]);
