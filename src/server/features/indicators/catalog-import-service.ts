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

export interface CatalogImportInput {
  /** The regency whose local indicators these are; null for the national catalogue. */
  regionId: string | null;
  csv?: string;
  entries?: unknown[];
  dryRun?: boolean;
}

const DECIMALS = new Set(['multiplier', 'minValue', 'maxValue']);

/** Whether an entry would change the stored one (decimals compared as numbers: 100 is 100.000000). */
function differs(entry: Entry, stored: Row) {
  return CATALOG_COLUMNS.some((c) => {
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
  let raw: { path: string; entry: unknown }[];
  if (input.csv !== undefined) {
    const parsed = parseCatalogCsv(input.csv);
    if (parsed.errors.length > 0) return { entries: [], errors: parsed.errors };
    raw = parsed.rows.map((r) => ({ path: `lines.${r.line}`, entry: r.entry }));
  } else raw = (input.entries ?? []).map((entry, i) => ({ path: `entries.${i}`, entry }));

  const entries: { path: string; entry: Entry }[] = [];
  const seen = new Map<string, string>();
  for (const { path, entry } of raw) {
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
    entries.push({ path, entry: parsed.data });
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
    const plan: { path: string; entry: Entry; existing?: Row; action: Action }[] = [];
    const refused: FieldError[] = [];
    for (const { path, entry } of entries) {
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
        path,
        entry,
        existing,
        action: !existing ? 'create' : differs(entry, existing) ? 'update' : 'unchanged',
      });
    }
    if (refused.length > 0) throw invalid(refused);

    const ctx = { tx, actor, entity: CATALOG_ENTITY, scope: { regionId } };
    if (!input.dryRun)
      for (const { entry, existing, action } of plan) {
        if (action === 'create') await insertRecord(ctx, indicatorCatalog, { ...entry, regionId });
        else if (action === 'update' && existing) {
          const changes = Object.fromEntries(CATALOG_COLUMNS.map((c) => [c, entry[c] ?? null]));
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
