import { EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES } from '../../../../shared/evidence.ts';

/** What the file picker offers: the extensions the server accepts (src/shared/evidence.ts). */
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.map((extension) => `.${extension}`).join(',');
export const EVIDENCE_MAX_MEGABYTES = EVIDENCE_MAX_BYTES / 1024 / 1024;

export type EvidenceProblem = 'kind' | 'size' | 'empty';

/**
 * Checks a chosen file before it is sent, with the server's own list and limit: a wrong kind or a file
 * too large is said at once, without uploading 10 MB over a slow connection first. The server checks
 * again, and also whether the content matches the extension, which the browser cannot tell cheaply.
 */
export function checkEvidence(file: { name: string; size: number }): EvidenceProblem | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!(EVIDENCE_EXTENSIONS as string[]).includes(extension)) return 'kind';
  if (file.size === 0) return 'empty';
  if (file.size > EVIDENCE_MAX_BYTES) return 'size';
  return null;
}
