import { type FieldError, invalid } from '../../errors.ts';
import { labelKey, plain } from './cells.ts';
import { type DataSheet, sheetNames, type WorkbookLayout } from './layout.ts';
import { WORKSHEET_LANGUAGES, type WorksheetLanguage, wordsFor } from './words.ts';
import type { ReadSheet, ReadWorkbook } from './workbook-reader.ts';

/**
 * The workbook as a whole must be the plan's worksheet as Rancang wrote it: the same sheets (no sheet
 * missing, renamed or added) and on each data sheet the same column headers. Anything else is refused
 * before a single row is read (400, naming the sheet), since a row cannot be trusted in a sheet whose
 * columns moved under it.
 */

const sheetError = (sheet: string, message: string): FieldError => ({
  field: 'file',
  in: 'body',
  message,
  params: { sheet },
});

/** The language the workbook was written in, told by the name of its instructions sheet. */
export function languageOf(book: ReadWorkbook): WorksheetLanguage {
  const names = new Set(book.listed.map(labelKey));
  const lang = WORKSHEET_LANGUAGES.find((l) => names.has(labelKey(wordsFor(l).sheets.instructions)));
  if (lang) return lang;
  const expected = WORKSHEET_LANGUAGES.map((l) => `"${wordsFor(l).sheets.instructions}"`).join(' or ');
  throw invalid([
    sheetError(
      wordsFor('id').sheets.instructions,
      `has no sheet ${expected}: it is not a Rancang worksheet (download one from the plan first)`,
    ),
  ]);
}

/** Each data sheet of the layout with the workbook's sheet of that name; 400 naming any sheet that differs. */
export function matchSheets(book: ReadWorkbook, layout: WorkbookLayout): Map<DataSheet, ReadSheet> {
  const expected = sheetNames(layout);
  const wanted = new Set(expected.map(labelKey));
  const listed = new Set(book.listed.map(labelKey));
  const errors: FieldError[] = [
    ...expected
      .filter((name) => !listed.has(labelKey(name)))
      .map((name) =>
        sheetError(name, `the sheet "${name}" is missing (renamed or deleted?); the plan's worksheet has it`),
      ),
    ...book.listed
      .filter((name) => !wanted.has(labelKey(name)))
      .map((name) =>
        sheetError(
          name,
          `the sheet "${name}" is not one of the plan's worksheet; remove it (or download a fresh worksheet if the plan's pillars changed)`,
        ),
      ),
  ];
  if (errors.length > 0) throw invalid(errors);
  const byName = new Map(book.sheets.map((s) => [labelKey(s.name), s]));
  return new Map(layout.data.map((d) => [d, byName.get(labelKey(d.name)) ?? { name: d.name, rows: [] }]));
}

/**
 * The column number of each column of the layout in the workbook's sheet, found by header so that
 * columns may be moved; 400 naming the sheet and header for a header missing, added or repeated.
 * Columns without a header are not read.
 */
export function columnsOf(sheet: DataSheet, read: ReadSheet): Map<string, number> {
  const headerRow = read.rows.find((r) => r.number === 1);
  const byHeader = new Map(sheet.columns.map((c) => [labelKey(c.header), c.key]));
  const at = new Map<string, number>();
  const errors: FieldError[] = [];
  (headerRow?.cells ?? []).forEach((raw, n) => {
    const p = plain(raw);
    if (p.kind === 'blank') return;
    const text = p.kind === 'text' || p.kind === 'number' ? String(p.value) : '';
    const key = byHeader.get(labelKey(text));
    if (!key)
      errors.push(
        sheetError(
          sheet.name,
          `the sheet "${sheet.name}" has a column "${text}" the worksheet does not have`,
        ),
      );
    else if (at.has(key))
      errors.push(sheetError(sheet.name, `the sheet "${sheet.name}" has the column "${text}" twice`));
    else at.set(key, n);
  });
  for (const c of sheet.columns)
    if (!at.has(c.key))
      errors.push(
        sheetError(
          sheet.name,
          `the sheet "${sheet.name}" lacks the column "${c.header}" (renamed or deleted?)`,
        ),
      );
  if (errors.length > 0) throw invalid(errors);
  return at;
}
