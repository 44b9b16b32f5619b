import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { insertRecord, type Row, updateRecord } from '../../db/records.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { type FieldError, invalid } from '../../errors.ts';
import { parseCatalogCsv } from './catalog-csv.ts';
import { catalogByCodes } from './catalog-repository.ts';
import { CATALOG_COLUMNS, CatalogImportEntry, type CatalogImportResult } from './catalog-transfer-schema.ts';
import { compareDecimal } from './decimal.ts';
import { CATALOG_ENTITY } from './repository.ts';

type Entry = z.output<typeof CatalogImportEntry>;
type Action = 'create' | 'update' | 'unchanged';
type Column = (typeof CATALOG_COLUMNS)[number];

/** An entry read from the file, with the columns the file gives for it. */
interface ReadEntry {
  path: string;
  entry: Entry;
  /**
   * The CSV's header columns, or the keys of a JSON entry. A column the file does not have is left as
   * stored on an update, so that a file written before a column existed (numeratorLabelEn…) still
   * imports without clearing it; an empty cell or null does clear it.
   */
  columns: Column[];
}

export interface CatalogImportInput {
  /** The regency whose local indicators these are; null for the national catalogue. */
  regionId: string | null;
  csv?: string;
  entries?: unknown[];
  dryRun?: boolean;
}

const DECIMALS = new Set(['multiplier', 'minValue', 'maxValue']);

const columnsOf = (names: Iterable<string>): Column[] => {
  const given = new Set(names);
  return CATALOG_COLUMNS.filter((c) => given.has(c));
};

/** Whether an entry would change the stored one (decimals compared as numbers: 100 is 100.000000). */
function differs({ entry, columns }: ReadEntry, stored: Row) {
  return columns.some((c) => {
    const a = (entry[c] ?? null) as string | null;
    const b = (stored[c] ?? null) as string | null;
    if (a === null || b === null) return a !== b;
    return DECIMALS.has(c) ? compareDecimal(a, b) !== 0 : a !== b;
  });
}

/** Validate every entry, naming each bad field by its place in the file (`lines.N.x` or `entries.N.x`). */
function readEntries(input: CatalogImportInput) {
  const errors: FieldError[] = [];
  const given = [input.csv !== undefined, input.entries !== undefined].filter(Boolean).length;
  if (given !== 1) {
    errors.push({ field: 'csv', in: 'body', message: 'give either csv or entries, one of the two' });
    return { entries: [], errors };
  }
  let raw: { path: string; entry: unknown; columns: Column[] }[];
  if (input.csv !== undefined) {
    const parsed = parseCatalogCsv(input.csv);
    if (parsed.errors.length > 0) return { entries: [], errors: parsed.errors };
    const columns = columnsOf(parsed.columns);
    raw = parsed.rows.map((r) => ({ path: `lines.${r.line}`, entry: r.entry, columns }));
  } else
    raw = (input.entries ?? []).map((entry, i) => ({
      path: `entries.${i}`,
      entry,
      columns: columnsOf(entry !== null && typeof entry === 'object' ? Object.keys(entry) : []),
    }));

  const entries: ReadEntry[] = [];
  const seen = new Map<string, string>();
  for (const { path, entry, columns } of raw) {
    const code = (entry as { code?: unknown } | null)?.code;
    if (typeof code === 'string') {
      const first = seen.get(code.trim());
      if (first) errors.push({ field: `${path}.code`, in: 'body', message: `repeats the code of ${first}` });
      else seen.set(code.trim(), path);
    }
    const parsed = CatalogImportEntry.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ field: [path, ...issue.path].join('.'), in: 'body', message: issue.message });
      continue;
    }
    if (parsed.data.source === 'local' && input.regionId === null)
      errors.push({
        field: `${path}.source`,
        in: 'body',
        message: 'a local indicator belongs to a regency: import it with that regionId',
      });
    entries.push({ path, entry: parsed.data, columns });
  }
  if (raw.length === 0)
    errors.push({
      field: input.csv !== undefined ? 'csv' : 'entries',
      in: 'body',
      message: 'has no entries',
    });
  return { entries, errors };
}

/**
 * Import a catalogue in one transaction: new codes are added, codes the same catalogue (national, or
 * this regency's) already has are updated, and a code someone else owns is refused. Any bad entry
 * refuses the whole file, naming each bad field; nothing is written on a dry run.
 */
export function importCatalog(
  db: Db,
  actor: string,
  input: CatalogImportInput,
): Promise<z.output<typeof CatalogImportResult>> {
  const { entries, errors } = readEntries(input);
  if (errors.length > 0) return Promise.reject(invalid(errors));
  const regionId = input.regionId;
  return db.transaction(async (tx) => {
    const stored = new Map(
      (
        await catalogByCodes(
          tx,
          entries.map((e) => e.entry.code),
        )
      ).map((r) => [r.code, r as Row]),
    );
    const plan: (ReadEntry & { existing?: Row; action: Action })[] = [];
    const refused: FieldError[] = [];
    for (const read of entries) {
      const { path, entry } = read;
      const existing = stored.get(entry.code);
      if (existing && (existing.regionId ?? null) !== regionId) {
        refused.push({
          field: `${path}.code`,
          in: 'body',
          message: existing.regionId
            ? "is taken by another regency's local indicator"
            : 'is taken by a national indicator; give your own indicator another code',
        });
        continue;
      }
      plan.push({
        ...read,
        existing,
        action: !existing ? 'create' : differs(read, existing) ? 'update' : 'unchanged',
      });
    }
    if (refused.length > 0) throw invalid(refused);

    const ctx = { tx, actor, entity: CATALOG_ENTITY, scope: { regionId } };
    if (!input.dryRun)
      for (const { entry, columns, existing, action } of plan) {
        if (action === 'create') await insertRecord(ctx, indicatorCatalog, { ...entry, regionId });
        else if (action === 'update' && existing) {
          const changes = Object.fromEntries(columns.map((c) => [c, entry[c] ?? null]));
          await updateRecord(ctx, indicatorCatalog, existing, changes);
        }
      }
    const count = (a: Action) => plan.filter((p) => p.action === a).length;
    return {
      dryRun: Boolean(input.dryRun),
      total: plan.length,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      entries: plan.map((p) => ({ code: p.entry.code, action: p.action })),
    };
  });
}
