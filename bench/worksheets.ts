/**
 * The worksheet import's speed (docs/worksheets.md): a workbook of 10,000 new action programmes — each
 * with budgets per year and source, targets and a supporting OPD, as a big regency's group work would
 * bring back — imported into a plan on an in-memory PGlite, reported in rows per second. Goal: the
 * 10,000 rows in under 2 s. The same file imported a second time (every row recognised, nothing written)
 * is timed as well.
 *
 * With `DATABASE_URL` set (postgres://…), the same is measured on PostgreSQL too, in a database created
 * for the run and dropped after it.
 *
 * Run on its own: `npx tsx bench/worksheets.ts [--quick]` (prints the table, writes nothing); `npm run bench`
 * runs it with the others. Quick: a workbook of 2,000 programmes, held against the same rate.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import * as s from '../src/server/db/schema/index.ts';
import { readSnapshot } from '../src/server/db/snapshot.ts';
import { importWorksheet } from '../src/server/features/worksheets/import-service.ts';
import { planLayout } from '../src/server/features/worksheets/layout.ts';
import { loadPlanState } from '../src/server/features/worksheets/plan-state.ts';
import { wordsFor } from '../src/server/features/worksheets/words.ts';
import { writeWorkbook } from '../src/server/features/worksheets/workbook-writer.ts';
import { progress } from './lib/progress.ts';
import { atLeast, type BenchResult, markdownTable } from './lib/results.ts';
import { seedSyntheticPlan } from './lib/synthetic-plan.ts';

const ROWS = 10_000;
const QUICK_ROWS = 2_000;
/** The goal: ROWS rows in GOAL_MS milliseconds, as a rate (a quick run imports fewer at the same rate). */
const GOAL_MS = 2000;
const ADMIN = { actor: 'bench', roles: [{ role: 'platform_admin' as const, regionId: null, opdId: null }] };

async function seedRegion(db: Database['db']) {
  const regionId = randomUUID();
  await db
    .insert(s.regions)
    .values({ id: regionId, code: '99.01', name: 'Kabupaten Uji', kind: 'kabupaten', province: 'Uji' });
  await db.insert(s.opdUnits).values(
    Array.from({ length: 30 }, (_, i) => ({
      regionId,
      code: `OPD-${String(i + 1).padStart(2, '0')}`,
      name: `Dinas ${i + 1}`,
      type: 'office' as const,
    })),
  );
  return regionId;
}

/** The measurement on one database: its results named with `label`. */
async function measure(database: Database, label: string, rows: number): Promise<BenchResult[]> {
  try {
    await database.migrate();
    const { db } = database;
    const regionId = await seedRegion(db);
    progress(`worksheets (${label}): writing a workbook of ${rows} programmes…`);
    // The rows of a synthetic plan, without their ids: new programmes for another plan of the same shape.
    const source = await seedSyntheticPlan(db, regionId, rows);
    const state = await readSnapshot(db, (tx) => loadPlanState(tx, source));
    const fresh = {
      ...state,
      programs: state.programs.map((p) => ({ ...p, id: '', version: null as unknown as number })),
      readiness: [],
      indicators: [],
    };
    const file = await writeWorkbook(fresh, planLayout(fresh, wordsFor('id'), 'id'));
    const target = await seedSyntheticPlan(db, regionId, 0);

    const time = async (dryRun: boolean) => {
      const started = performance.now();
      const report = await importWorksheet(db, target, file, { ...ADMIN, mode: 'all', dryRun });
      if (report.problems.length > 0)
        throw new Error(`the bench workbook has problems: ${report.problems[0]?.message}`);
      return { ms: Math.round(performance.now() - started), report };
    };
    progress(`worksheets (${label}): ${Math.round(file.length / 1024)} KB; warming up (a dry run)`);
    const dry = await time(true);
    const first = await time(false);
    if (first.report.created !== rows) throw new Error(`created ${first.report.created} of ${rows}`);
    const again = await time(false);
    if (again.report.unchanged !== rows) throw new Error(`recognised ${again.report.unchanged} of ${rows}`);
    const perSecond = (ms: number) => Math.round((rows / ms) * 1000);
    progress(
      `worksheets (${label}): dry run ${dry.ms} ms; import ${first.ms} ms (${perSecond(first.ms)} rows/s); same file again ${again.ms} ms (${perSecond(again.ms)} rows/s)`,
    );
    const goal = Math.round((ROWS / GOAL_MS) * 1000);
    const result = (what: string, ms: number) =>
      atLeast(`worksheet import, ${what} (${label})`, 'throughput', perSecond(ms), 'rows/s', goal);
    return [result(`${rows} new programmes`, first.ms), result(`the same ${rows} rows again`, again.ms)];
  } finally {
    await database.close();
  }
}

/** A database of its own on the PostgreSQL server DATABASE_URL names, and how to drop it. */
async function scratchPostgres(url: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `rancang_bench_${randomBytes(5).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    database: await openDatabase({ kind: 'postgres', url: scratch.toString() }),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export async function worksheets({ quick = false }: { quick?: boolean } = {}): Promise<BenchResult[]> {
  const rows = quick ? QUICK_ROWS : ROWS;
  const results = await measure(await openDatabase({ kind: 'pglite' }), 'PGlite', rows);
  const url = process.env.DATABASE_URL;
  if (url?.startsWith('postgres')) {
    const { database, drop } = await scratchPostgres(url);
    try {
      results.push(...(await measure(database, 'PostgreSQL', rows)));
    } finally {
      await drop();
    }
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  worksheets({ quick: process.argv.includes('--quick') })
    .then((results) => console.log(`\n${markdownTable(results)}\n`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
