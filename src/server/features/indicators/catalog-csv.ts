import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell, restoreCell } from '../../../shared/spreadsheet-cells.ts';
import type { FieldError } from '../../errors.ts';
import { CATALOG_COLUMNS } from './catalog-transfer-schema.ts';

/**
 * The catalogue as CSV: one header row with the column names, one entry a row, UTF-8 with a byte-order
 * mark; cells that would run as formulas are neutralised (src/shared/spreadsheet-cells.ts).
 */

export type CatalogRow = Record<(typeof CATALOG_COLUMNS)[number], string | null>;

export function catalogToCsv(rows: CatalogRow[]) {
  return stringify(
    rows.map((r) => CATALOG_COLUMNS.map((c) => neutraliseCell(r[c] ?? ''))),
    // The byte-order mark makes Excel read the file as UTF-8 (μg/m³, en dashes); the import skips it.
    { header: true, columns: [...CATALOG_COLUMNS], record_delimiter: '\r\n', bom: true },
  );
}

export interface ParsedCsv {
  /** The columns the header names: a file may leave some out (one written before a column existed). */
  columns: string[];
  /** Each entry with the line it starts on (the header is line 1). */
  rows: { line: number; entry: Record<string, string> }[];
  errors: FieldError[];
}

const fileError = (message: string): FieldError => ({ field: 'csv', in: 'body', message });

/** Read a catalogue CSV; an empty cell is left out (a default or null). Errors name `csv`, the file. */
export function parseCatalogCsv(text: string): ParsedCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as unknown as typeof records;
  } catch (error) {
    return {
      columns: [],
      rows: [],
      errors: [fileError(`is not valid CSV (${(error as Error).message})`)],
    };
  }
  const [header, ...body] = records;
  if (!header)
    return {
      columns: [],
      rows: [],
      errors: [fileError('is empty: give a header row and one row per entry')],
    };
  const names = header.record.map((h) => h.trim());
  const known = new Set<string>(CATALOG_COLUMNS);
  const errors: FieldError[] = [];
  for (const name of names)
    if (!known.has(name))
      errors.push(fileError(`has an unknown column "${name}" (known: ${CATALOG_COLUMNS.join(', ')})`));
  for (const required of ['code', 'source', 'theme', 'nameId', 'nameEn', 'unit'])
    if (!names.includes(required)) errors.push(fileError(`has no column "${required}"`));
  if (names.length !== new Set(names).size) errors.push(fileError('names a column twice'));
  if (errors.length > 0) return { columns: names, rows: [], errors };
  const rows = body.map(({ record, info }) => ({
    // csv-parse counts the lines read so far: a record ends on that line.
    line: info.lines,
    entry: Object.fromEntries(
      names.flatMap((name, i) => {
        const cell = restoreCell(record[i] ?? '');
        return cell.trim() === '' ? [] : [[name, cell]];
      }),
    ),
  }));
  return { columns: names, rows, errors };
}
