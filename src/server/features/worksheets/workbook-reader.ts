import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { invalidField, ProblemError } from '../../errors.ts';

/**
 * Reads the cells of a workbook (the clean copy xlsx-file.ts made) with exceljs's streaming reader:
 * raw values only, nothing evaluated. A formula cell comes back as `{ formula }`, a cell formatted as a
 * date as a Date, an error as `{ error }`; cells.ts judges each.
 */

export interface SheetRow {
  /** The spreadsheet's row number (1 is the header). */
  number: number;
  /** Raw values by 1-based column number. */
  cells: unknown[];
}

export interface ReadSheet {
  name: string;
  rows: SheetRow[];
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
  /** Every sheet the workbook lists, those without cells (chart sheets) included. */
  listed: string[];
}

/** Rows per sheet: ten times a big plan's programmes; more is not a worksheet of ours. */
export const WORKSHEET_MAX_ROWS = 100_000;
const CHUNK = 64 * 1024;

function* chunks(bytes: Uint8Array) {
  // The reader is much faster fed in pieces than in one buffer.
  for (let i = 0; i < bytes.length; i += CHUNK)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(CHUNK, bytes.length - i));
}

interface ReaderInternals {
  model?: { sheets?: { name?: string }[] };
}

export async function readWorkbook(copy: Uint8Array): Promise<ReadWorkbook> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks(copy)), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: ReadSheet[] = [];
  try {
    for await (const worksheet of reader) {
      const sheet: ReadSheet = { name: String((worksheet as { name?: string }).name ?? ''), rows: [] };
      sheets.push(sheet);
      let seen = 0;
      for await (const row of worksheet) {
        // Empty rows count too: a sheet of a million empty rows is a way to keep the server busy.
        if (++seen > WORKSHEET_MAX_ROWS)
          throw invalidField('file', `has more than ${WORKSHEET_MAX_ROWS} rows on the sheet ${sheet.name}`);
        const cells = row.values as unknown[];
        if (cells.some((v) => v !== null && v !== undefined)) sheet.rows.push({ number: row.number, cells });
      }
    }
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw invalidField('file', 'cannot be read as an Excel workbook: its sheets are damaged');
  }
  const listed = ((reader as unknown as ReaderInternals).model?.sheets ?? []).map((s) =>
    String(s.name ?? ''),
  );
  return { sheets, listed };
}
