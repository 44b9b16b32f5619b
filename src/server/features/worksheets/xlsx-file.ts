import { unzipSync } from 'fflate';
import { invalidField, ProblemError } from '../../errors.ts';
import { fileTooLarge } from '../../http/upload.ts';

/**
 * The checks an uploaded workbook passes before any spreadsheet code reads it, and the clean copy that
 * code then reads. An .xlsx file is a zip archive: its central directory (read with fflate, without
 * unpacking anything) must name a workbook, hold few enough parts, and promise an unpacked size and
 * compression ratio no honest workbook exceeds — a zip bomb is refused here. Only the parts a workbook's
 * cells need are then unpacked, each no further than the size its directory entry declared (a part
 * that lies about its size is cut short and then fails to parse), for workbook-reader.ts to read.
 */

/** The largest file accepted (docs/worksheets.md). */
export const WORKSHEET_MAX_BYTES = 5 * 1024 * 1024;
/** What all its parts may unpack to together: a 50,000-row workbook unpacks to about 35 MB. */
export const WORKSHEET_MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** A part bigger than a megabyte that shrank more than this is a bomb, not a spreadsheet. */
export const WORKSHEET_MAX_RATIO = 200;
const RATIO_FROM_BYTES = 1024 * 1024;
/** Parts in the archive: a workbook of a few dozen sheets has a few dozen. */
export const WORKSHEET_MAX_PARTS = 500;

const XLSX_HINT = 'is not an Excel workbook (.xlsx); save it from Excel or LibreOffice as .xlsx';

export const notXlsx = (detail = XLSX_HINT) =>
  new ProblemError(415, 'unsupported-media-type', 'Unsupported file type', `file: ${detail}`, {
    errors: [{ field: 'file', in: 'body', message: detail }],
  });

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const worksheetTooLarge = () => fileTooLarge(WORKSHEET_MAX_BYTES);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The start of an OLE compound file: the old .xls format, or an encrypted .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (file: Buffer, magic: number[]) => magic.every((b, i) => file[i] === b);

/** The parts the workbook's cells are read from. */
const WANTED = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
];
export const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** A workbook's unpacked parts by name: those its cells are read from, and no others. */
export type WorkbookParts = Record<string, Uint8Array>;

/** The workbook's cell data, unpacked from a file that passed the checks, or a refusal naming `file`. */
export function safeWorkbookParts(file: Buffer): WorkbookParts {
  if (file.length > WORKSHEET_MAX_BYTES) throw worksheetTooLarge();
  if (startsWith(file, OLE_MAGIC))
    throw notXlsx(
      'is an old-style (.xls) or password-protected workbook; save it as .xlsx without a password',
    );
  if (!startsWith(file, ZIP_MAGIC)) throw notXlsx();

  const declared = new Map<string, number>();
  let parts = 0;
  let unpacked = 0;
  let bomb: string | null = null;
  try {
    unzipSync(file, {
      filter: (entry) => {
        parts++;
        unpacked += entry.originalSize;
        if (entry.originalSize > RATIO_FROM_BYTES && entry.originalSize > entry.size * WORKSHEET_MAX_RATIO)
          bomb ??= `its part ${entry.name} unpacks ${Math.round(entry.originalSize / Math.max(1, entry.size))} times bigger than it is stored`;
        declared.set(entry.name, entry.originalSize);
        return false;
      },
    });
  } catch {
    throw invalidField('file', 'is damaged: its zip structure cannot be read');
  }
  if (parts > WORKSHEET_MAX_PARTS) throw invalidField('file', `has more than ${WORKSHEET_MAX_PARTS} parts`);
  if (unpacked > WORKSHEET_MAX_UNPACKED_BYTES)
    throw invalidField(
      'file',
      `unpacks to ${megabytes(unpacked)}, more than the ${megabytes(WORKSHEET_MAX_UNPACKED_BYTES)} a workbook may (a zip bomb?)`,
    );
  if (bomb) throw invalidField('file', `looks like a zip bomb: ${bomb}`);
  if (!declared.has('xl/workbook.xml') || !declared.has('[Content_Types].xml')) throw notXlsx();

  try {
    return unzipSync(file, {
      filter: (entry) => WANTED.includes(entry.name) || SHEET_PART.test(entry.name),
    });
  } catch {
    throw invalidField('file', 'is damaged: a part of it cannot be unpacked');
  }
}
