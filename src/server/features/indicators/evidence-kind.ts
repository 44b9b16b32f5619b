import { EVIDENCE_KINDS, type EvidenceKindName } from '../../../shared/evidence.ts';

/**
 * Which accepted kind an uploaded file is: its extension names the kind, and its first bytes must say
 * the same (a renamed executable is not a PDF). Pure, so that it is checked before anything is stored.
 */

const startsWith = (content: Buffer, signature: number[]) =>
  content.length >= signature.length && signature.every((byte, i) => content[i] === byte);

const isUtf8Text = (content: Buffer) => {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
};

const CONTENT_CHECKS: Record<EvidenceKindName, (content: Buffer) => boolean> = {
  pdf: (c) => c.subarray(0, 1024).includes('%PDF-'),
  png: (c) => startsWith(c, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (c) => startsWith(c, [0xff, 0xd8, 0xff]),
  // A zip whose entries include the workbook parts (names sit uncompressed in the local headers).
  xlsx: (c) =>
    startsWith(c, [0x50, 0x4b, 0x03, 0x04]) && c.includes('[Content_Types].xml') && c.includes('xl/'),
  csv: isUtf8Text,
};

const KIND_LABEL: Record<EvidenceKindName, string> = {
  pdf: 'PDF',
  png: 'PNG',
  jpeg: 'JPEG',
  xlsx: 'Excel (XLSX)',
  csv: 'CSV (UTF-8 text)',
};

const accepted = Object.values(EVIDENCE_KINDS)
  .flatMap((k) => k.extensions.map((e) => `.${e}`))
  .join(', ');

export type EvidenceCheck = { kind: EvidenceKindName; contentType: string } | { error: string };

export function checkEvidenceFile(fileName: string, content: Buffer): EvidenceCheck {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const entry = (
    Object.entries(EVIDENCE_KINDS) as [EvidenceKindName, (typeof EVIDENCE_KINDS)[EvidenceKindName]][]
  ).find(([, k]) => (k.extensions as readonly string[]).includes(extension));
  if (!entry) return { error: `must be a PDF, PNG, JPEG, XLSX or CSV file (${accepted})` };
  const [kind, { contentType }] = entry;
  if (content.length === 0) return { error: 'is empty' };
  if (!CONTENT_CHECKS[kind](content))
    return { error: `is named .${extension} but its content is not ${KIND_LABEL[kind]}` };
  return { kind, contentType };
}

/** The name to keep: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean.length <= 200) return clean;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(clean)?.[0] ?? '';
  return clean.slice(0, 200 - extension.length) + extension;
}

/** `attachment` with the name in plain ASCII and, for any other character, in RFC 5987 form. */
export function attachmentHeader(fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
