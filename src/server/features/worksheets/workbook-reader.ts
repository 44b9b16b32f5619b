import colCache from 'exceljs/lib/utils/col-cache.js';
import parseSax from 'exceljs/lib/utils/parse-sax.js';
import utils from 'exceljs/lib/utils/utils.js';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform.js';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import { invalidField, ProblemError } from '../../errors.ts';
import { SHEET_PART, type WorkbookParts } from './xlsx-file.ts';

/**
 * Reads the cells of a workbook (the parts xlsx-file.ts unpacked) as raw values, nothing evaluated: a
 * formula cell comes back as `{ formula }`, a cell formatted as a date as a Date, an error as `{ error }`,
 * rich text as `{ richText }`; cells.ts judges each.
 *
 * exceljs parses the XML (its SAX layer) and the workbook, relationships and styles parts (its parsers);
 * the cells are read here by the rules of exceljs's streaming worksheet reader, without its row and cell
 * objects: those, and the zip its reader had to be fed, were most of the time of a 10,000-row dry run
 * (docs/decisions/012). Only the fonts of rich-text runs are left out: cells.ts reads their text.
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
/** Characters of XML per SAX batch: big enough to be cheap, small enough to keep the events few. */
const CHUNK = 64 * 1024;

const decoder = new TextDecoder('utf-8');

/** A part's XML in pieces, never splitting a surrogate pair. */
function* pieces(bytes: Uint8Array) {
  const text = decoder.decode(bytes);
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(at, end);
    at = end;
  }
}

type StyleOf = (id: number) => { numFmt?: string } | null;

/** The column of a cell reference (`C12` → 3), as exceljs decodes it (a column past XFD is refused). */
function columnOf(ref: string) {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i > 3 || i === ref.length) {
    // Another shape ($A$1): exceljs's decoding; a reference without a column is damage, as exceljs finds it.
    const decoded = colCache.decodeAddress(ref).col;
    if (typeof decoded !== 'number') throw new Error(`A cell reference without a column: ${ref}`);
    return decoded;
  }
  if (col > 16384) throw new Error(`Out of bounds. Invalid column letter: ${ref}`);
  return col;
}

interface OpenCell {
  ref: string;
  s: number;
  t: string | undefined;
  f?: { text: string };
  v?: { text: string };
}

/** A cell's value, as exceljs's streaming worksheet reader gives it (numFmt: the cell's number format). */
function cellValue(c: OpenCell, numFmt: string | undefined, strings: unknown[], date1904: boolean): unknown {
  if (c.f) return c.v ? { formula: c.f.text, result: c.v.text } : { formula: c.f.text };
  if (!c.v) return undefined;
  switch (c.t) {
    case 's':
      return strings[Number.parseInt(c.v.text, 10)];
    case 'inlineStr':
    case 'str':
      return utils.xmlDecode(c.v.text);
    case 'e':
      return { error: c.v.text };
    case 'b':
      return Number.parseInt(c.v.text, 10) !== 0;
    default:
      return utils.isDateFmt(numFmt)
        ? utils.excelToDate(Number.parseFloat(c.v.text), date1904)
        : Number.parseFloat(c.v.text);
  }
}

async function readSheet(
  bytes: Uint8Array,
  sheet: ReadSheet,
  strings: unknown[],
  styleOf: StyleOf,
  date1904: boolean,
) {
  let inRows = false;
  let row: SheetRow | null = null;
  let rowFormat: string | undefined;
  let c: OpenCell | null = null;
  let current: { text: string } | null = null;
  let seen = 0;
  for await (const events of parseSax(pieces(bytes))) {
    for (const event of events) {
      if (event.eventType === 'text') {
        if (current) current.text += event.value;
      } else if (event.eventType === 'opentag') {
        const { name, attributes } = event.value;
        if (name === 'c') {
          if (row)
            c = {
              ref: attributes.r as string,
              s: Number.parseInt(attributes.s as string, 10),
              t: attributes.t,
            };
        } else if (name === 'v' || name === 'is' || name === 't') {
          if (c) current = c.v = { text: '' };
        } else if (name === 'f') {
          if (c) current = c.f = { text: '' };
        } else if (name === 'row') {
          if (inRows) {
            row = { number: Number.parseInt(attributes.r as string, 10), cells: [] };
            // A row's style is its cells' unless they have their own (exceljs's cells inherit it).
            rowFormat = attributes.s ? styleOf(Number.parseInt(attributes.s, 10))?.numFmt : undefined;
          }
        } else if (name === 'sheetData') inRows = true;
      } else {
        const { name } = event.value;
        if (name === 'c') {
          if (row && c) {
            const col = columnOf(c.ref);
            const style = c.s ? styleOf(c.s) : null;
            const value = cellValue(c, style ? style.numFmt : rowFormat, strings, date1904);
            if (value !== null && value !== undefined) row.cells[col] = value;
            c = null;
          }
        } else if (name === 'row') {
          if (row) {
            // Empty rows count too: a sheet of a million empty rows is a way to keep the server busy.
            if (++seen > WORKSHEET_MAX_ROWS)
              throw invalidField(
                'file',
                `has more than ${WORKSHEET_MAX_ROWS} rows on the sheet ${sheet.name}`,
              );
            if (row.cells.length > 0) sheet.rows.push(row);
            row = null;
          }
        } else if (name === 'sheetData') inRows = false;
      }
    }
  }
}

/** The shared strings: text, or `{ richText }` for formatted runs (their text is what counts). */
async function readStrings(bytes: Uint8Array) {
  const strings: unknown[] = [];
  let text: string | null = null;
  let runs: { text: string | null }[] = [];
  for await (const events of parseSax(pieces(bytes))) {
    for (const event of events) {
      if (event.eventType === 'text') text = text ? text + event.value : event.value;
      else if (event.eventType === 'opentag') {
        if (event.value.name === 'si') {
          runs = [];
          text = null;
        } else if (event.value.name === 't') text = null;
      } else if (event.value.name === 'r') {
        runs.push({ text });
        text = null;
      } else if (event.value.name === 'si') {
        strings.push(runs.length > 0 ? { richText: runs } : text);
        runs = [];
        text = null;
      }
    }
  }
  return strings;
}

const sheetNumber = (part: string) => Number(/(\d+)\.xml$/.exec(part)?.[1]);

export async function readWorkbook(parts: WorkbookParts): Promise<ReadWorkbook> {
  try {
    const xml = (name: string) => {
      const bytes = parts[name];
      return bytes ? [decoder.decode(bytes)] : undefined;
    };
    const rels = xml('xl/_rels/workbook.xml.rels');
    const relationships = rels ? ((await new RelationshipsXform().parseStream(rels)) ?? []) : [];
    const workbook = new WorkbookXform();
    await workbook.parseStream(xml('xl/workbook.xml') ?? []);
    const listed = workbook.model?.sheets ?? [];
    // Without a styles part, exceljs's default (empty) styles: no cell is then a date.
    const styleXml = xml('xl/styles.xml');
    const styles = new StylesXform();
    if (styleXml) await styles.parseStream(styleXml);
    else styles.init();
    const styleOf: StyleOf = (id) => styles.getStyleModel(id);
    const strings = parts['xl/sharedStrings.xml'] ? await readStrings(parts['xl/sharedStrings.xml']) : [];
    const date1904 = workbook.map.workbookPr.model?.date1904 ?? false;

    const sheets: ReadSheet[] = [];
    const sheetParts = Object.keys(parts)
      .filter((name) => SHEET_PART.test(name))
      .sort((a, b) => sheetNumber(a) - sheetNumber(b));
    for (const part of sheetParts) {
      const number = sheetNumber(part);
      const rel = relationships.find((r) => r.Target === `worksheets/sheet${number}.xml`);
      const named = rel && listed.find((s) => s.rId === rel.Id);
      const sheet: ReadSheet = { name: String(named?.name ?? ''), rows: [] };
      sheets.push(sheet);
      await readSheet(parts[part] as Uint8Array, sheet, strings, styleOf, date1904);
    }
    return { sheets, listed: listed.map((s) => String(s.name ?? '')) };
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw invalidField('file', 'cannot be read as an Excel workbook: its sheets are damaged');
  }
}
