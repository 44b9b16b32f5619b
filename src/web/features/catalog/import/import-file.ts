/** The API takes at most 5,000,000 characters of CSV; a larger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 5_000_000;

export type ImportPayload = { csv: string } | { entries: unknown[] };

/** Why a chosen file cannot be sent: not CSV or JSON, too large, or JSON that holds no catalogue. */
export type FileRefusal = 'kind' | 'size' | 'json' | 'shape';

export type FileKind = 'csv' | 'json';

/** CSV or JSON, by the name's extension first (browsers give CSV several media types), then the type. */
export function importFileKind(file: { name: string; type: string }): FileKind | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'json') return 'json';
  if (/^(text\/csv|application\/vnd\.ms-excel)$/.test(file.type)) return 'csv';
  if (/^application\/(.+\+)?json$/.test(file.type)) return 'json';
  return null;
}

/** What can be told before the file is read: its kind and its size. */
export function checkImportFile(file: { name: string; type: string; size: number }): FileRefusal | null {
  if (importFileKind(file) === null) return 'kind';
  return file.size > MAX_IMPORT_BYTES ? 'size' : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The request body for a file's text. CSV goes as it is: the server reads it and names each bad cell
 * by its line. JSON is the export's document (`{format, version, entries}`) or a bare list of entries;
 * the entries go as they are, for the server to check field by field.
 */
export function importPayload(kind: FileKind, text: string): ImportPayload | FileRefusal {
  if (kind === 'csv') return { csv: text };
  let parsed: unknown;
  try {
    // A byte-order mark is no JSON, but editors on Windows write one.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'json';
  }
  if (Array.isArray(parsed)) return { entries: parsed };
  if (
    isRecord(parsed) &&
    Array.isArray(parsed.entries) &&
    (parsed.format === undefined || parsed.format === 'rancang-indicator-catalog')
  )
    return { entries: parsed.entries };
  return 'shape';
}
