import { apiUrl } from '../api/client.ts';
import { errorFromResponse, networkError } from '../api/problem.ts';

type Query = Record<string, string | number | boolean | undefined>;

/** Keeps a name to a file name: no folders, nothing a file system refuses. */
const safeName = (name: string) => {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .trim()
    .replace(/^\.+/, '');
  return cleaned === '' ? null : cleaned;
};

/**
 * The file name a Content-Disposition header gives (RFC 6266): the UTF-8 `filename*` when there is one,
 * else `filename`, quoted or not. Null when the header names none.
 */
export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([\w-]*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return safeName(decodeURIComponent(extended[2].trim().replace(/^"|"$/g, '')));
    } catch {
      // A malformed escape: fall back to the plain name below.
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted?.[1] !== undefined) return safeName(quoted[1].replace(/\\(.)/g, '$1'));
  const plain = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header);
  return plain?.[1] ? safeName(plain[1]) : null;
}

/** Hands a file to the browser's download, as a click on a link with `download` would. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address is freed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface Downloaded {
  fileName: string;
  size: number;
}

/**
 * Downloads an API file (a document or a workbook) with the session cookie, as a blob, then saves it
 * under the server's file name. Fetching first, instead of following a link, lets the page show
 * progress while the server builds the file and word a refusal (a 503 without LibreOffice) readably.
 */
export async function downloadFile(path: string, query: Query, fallbackName: string): Promise<Downloaded> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      headers: { accept: '*/*' },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw networkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  const blob = await response.blob();
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(blob, fileName);
  return { fileName, size: blob.size };
}
