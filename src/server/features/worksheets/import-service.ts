import type { Db } from '../../db/client.ts';
import { writeReadinessMatrix } from '../plan-content/service.ts';
import { labelKey, plain } from './cells.ts';
import { codeOf, ImportContext, type Importer, type Problem } from './import-context.ts';
import { readIndicatorSheet } from './indicator-rows.ts';
import { writeIndicators } from './indicator-writer.ts';
import { type DataSheet, planLayout } from './layout.ts';
import { loadPlanState } from './plan-state.ts';
import { settleCodes } from './program-codes.ts';
import { type ProgramChange, readProgramSheet } from './program-rows.ts';
import { writePrograms } from './program-writer.ts';
import { readReadinessSheet } from './readiness-rows.ts';
import { catalogueByCodes, plansOfRecords, type RecordKind } from './repository.ts';
import { columnsOf, languageOf, matchSheets } from './sheet-check.ts';
import { wordsFor } from './words.ts';
import { type ReadSheet, readWorkbook } from './workbook-reader.ts';
import { safeWorkbookParts } from './xlsx-file.ts';

/**
 * Importing a plan's worksheet: the file is checked as a file (xlsx-file.ts), as a workbook of this plan
 * (sheet-check.ts) and cell by cell (the *-rows.ts readers); then, under the plan's lock and in one
 * transaction, the valid rows that change something are written — all of them only when no row has a
 * problem (`all`), or the valid ones whatever the others (`valid`); nothing on a dry run.
 */

export const IMPORT_MODES = ['all', 'valid'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportOptions extends Importer {
  mode: ImportMode;
  dryRun: boolean;
  /** Rows per statement when writing (repository.ts's default; tests write in small chunks). */
  chunkRows?: number;
}

export interface ImportReport {
  /** Whether the rows were written (false on a dry run, or in `all` mode when a row has a problem). */
  applied: boolean;
  /** Rows that create a record, change one, or match the stored one — written or, unapplied, to be. */
  created: number;
  updated: number;
  unchanged: number;
  problems: Problem[];
}

/** A report lists this many problems at most; the last line says how many more there were. */
export const MAX_PROBLEMS = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KINDS: Record<DataSheet['kind'], RecordKind> = {
  programs: 'program',
  readiness: 'readiness',
  indicators: 'indicator',
};

/** The plans the ids of other plans' records belong to, so that the report can tell them apart. */
async function findOwners(
  ctx: ImportContext,
  sheets: Map<DataSheet, ReadSheet>,
  columns: Map<DataSheet, Map<string, number>>,
) {
  const foreign: Record<RecordKind, Set<string>> = {
    program: new Set(),
    readiness: new Set(),
    indicator: new Set(),
  };
  const known = Object.values(ctx.storedIds);
  for (const [sheet, read] of sheets) {
    const at = columns.get(sheet)?.get('id') ?? 0;
    for (const row of read.rows) {
      const p = plain(row.cells[at]);
      const id = p.kind === 'text' ? p.value.toLowerCase() : '';
      if (row.number === 1 || !UUID.test(id)) continue;
      ctx.namedIds.add(id);
      if (!known.some((ids) => ids.has(id))) foreign[KINDS[sheet.kind]].add(id);
    }
  }
  for (const kind of Object.keys(foreign) as RecordKind[])
    if (foreign[kind].size > 0) ctx.owners[kind] = await plansOfRecords(ctx.tx, kind, [...foreign[kind]]);
}

/** The catalogue entries the indicator rows without an id name by code. */
async function catalogueOf(ctx: ImportContext, read: ReadSheet, at: Map<string, number>) {
  const codes: string[] = [];
  for (const row of read.rows) {
    const id = plain(row.cells[at.get('id') ?? 0]);
    const code = plain(row.cells[at.get('code') ?? 0]);
    if (row.number > 1 && id.kind === 'blank' && code.kind === 'text') codes.push(codeOf(code.value));
  }
  const entries = await catalogueByCodes(ctx.tx, codes);
  return new Map(entries.map((e) => [labelKey(e.code), e]));
}

function sortProblems(problems: Problem[], sheetOrder: string[]) {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  const column = (c: string) => c.padStart(3, ' ');
  return problems.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      column(a.column).localeCompare(column(b.column)),
  );
}

export async function importWorksheet(
  db: Db,
  planId: string,
  file: Buffer,
  options: ImportOptions,
): Promise<ImportReport> {
  // The file is read before the transaction opens: the plan is locked only while it is checked and written.
  const book = await readWorkbook(safeWorkbookParts(file));
  const lang = languageOf(book);
  return db.transaction(async (tx) => {
    const state = await loadPlanState(tx, planId, true);
    const layout = planLayout(state, wordsFor(lang), lang);
    const sheets = matchSheets(book, layout);
    const columns = new Map([...sheets].map(([sheet, read]) => [sheet, columnsOf(sheet, read)]));
    const ctx = new ImportContext(tx, state, layout, options, options.chunkRows);
    await findOwners(ctx, sheets, columns);

    const counts = { created: 0, updated: 0, unchanged: 0 };
    let programs: ProgramChange[] = [];
    let readiness: ReturnType<typeof readReadinessSheet> | undefined;
    let indicators: Awaited<ReturnType<typeof readIndicatorSheet>> | undefined;
    for (const [sheet, read] of sheets) {
      const at = columns.get(sheet) as Map<string, number>;
      if (sheet.kind === 'programs') {
        const result = readProgramSheet(ctx, sheet, read, at);
        programs.push(...result.changes);
        counts.unchanged += result.unchanged;
      } else if (sheet.kind === 'readiness') {
        readiness = readReadinessSheet(ctx, sheet, read, at);
        counts.unchanged += readiness.unchanged;
        counts.created += readiness.created;
        counts.updated += readiness.updated;
      } else {
        indicators = await readIndicatorSheet(ctx, sheet, read, at, await catalogueOf(ctx, read, at));
        counts.unchanged += indicators.unchanged;
        for (const c of indicators.changes) counts[c.kind === 'create' ? 'created' : 'updated']++;
      }
    }
    programs = settleCodes(ctx, programs);
    for (const c of programs) counts[c.kind === 'create' ? 'created' : 'updated']++;

    const problems = sortProblems(
      ctx.problems,
      layout.data.map((d) => d.name),
    );
    const applied = !options.dryRun && (options.mode === 'valid' || problems.length === 0);
    if (applied) {
      await writePrograms(ctx, programs);
      if (readiness && readiness.items.length > 0)
        await writeReadinessMatrix(tx, planId, readiness.items, options.actor);
      if (indicators) await writeIndicators(ctx, indicators.changes);
    }
    const listed = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS)
      listed.push({
        sheet: '',
        row: 0,
        column: '',
        message: ctx.words.problems.more(problems.length - MAX_PROBLEMS),
      });
    return { applied, ...counts, problems: listed };
  });
}
