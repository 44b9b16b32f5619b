import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { convertWithLibreOffice } from './libreoffice.ts';

/**
 * Real readers for the documents the tests make: LibreOffice opens a DOCX as a person's word processor
 * would (and writes what it reads as text), poppler's pdftotext reads a PDF, and a zip reader opens the
 * DOCX's XML to check its structure. `npx tsx scripts/ensure-libreoffice.ts` installs LibreOffice and
 * poppler-utils.
 */

/** The text LibreOffice reads from a DOCX, with runs of white space made single spaces. */
export async function docxTextByLibreOffice(docx: Uint8Array) {
  const text = await convertWithLibreOffice(docx, 'txt:Text (encoded):UTF8');
  return squeeze(text.toString('utf8'));
}

/** The text of a PDF as pdftotext reads it, with runs of white space made single spaces. */
export async function pdfText(pdf: Uint8Array) {
  const dir = await mkdtemp(join(tmpdir(), 'rancang-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return squeeze(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/** The parts of a DOCX (a zip), by path, as text. */
export function docxParts(docx: Uint8Array) {
  const files = unzipSync(docx);
  return {
    names: Object.keys(files),
    text: (name: string) => {
      const file = files[name];
      if (!file) throw new Error(`the DOCX has no ${name}`);
      return strFromU8(file);
    },
  };
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every paragraph of word/document.xml in a given paragraph style, as its text. */
export function paragraphsInStyle(documentXml: string, style: string) {
  const found: string[] = [];
  for (const match of documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = match[1] as string;
    if (!body.includes(`<w:pStyle w:val="${style}"/>`)) continue;
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    found.push(unescapeXml(text));
  }
  return found;
}
