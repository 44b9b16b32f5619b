import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { indicatorCatalog, planIndicators } from '../../db/schema/indicator.ts';
import { readinessScores } from '../../db/schema/plan.ts';
import { programProgress, programs } from '../../db/schema/program.ts';

/**
 * The reads and bulk writes of the worksheet import that no other feature offers. A worksheet carries
 * thousands of programmes: they are written a few statements per table, each handing PostgreSQL a couple
 * of thousand rows as one JSON parameter (jsonb_to_recordset), instead of a statement (or a Drizzle-built
 * multi-row insert, half of whose time goes into building SQL) per row — the same SQL on PGlite and
 * PostgreSQL, and about five times faster. (Arrays per column through `unnest` measured no faster on
 * either, and slower for the audit log's JSON.)
 */

/** The years of every programme's progress reports, which must stay inside the programme's years. */
export async function progressYearsOfPlan(tx: Tx, planId: string) {
  const rows = await tx
    .selectDistinct({ programId: programProgress.programId, year: programProgress.year })
    .from(programProgress)
    .innerJoin(programs, eq(programs.id, programProgress.programId))
    .where(eq(programs.planId, planId));
  const years = new Map<string, number[]>();
  for (const r of rows) years.set(r.programId, [...(years.get(r.programId) ?? []), r.year]);
  for (const list of years.values()) list.sort((a, b) => a - b);
  return years;
}

export type RecordKind = 'program' | 'readiness' | 'indicator';

const OWNED = {
  program: { table: programs, id: programs.id, planId: programs.planId },
  readiness: { table: readinessScores, id: readinessScores.id, planId: readinessScores.planId },
  indicator: { table: planIndicators, id: planIndicators.id, planId: planIndicators.planId },
};

/** The plan each of the given record ids belongs to (ids of no record are left out). */
export async function plansOfRecords(tx: Tx, kind: RecordKind, ids: string[]) {
  const { table, id, planId } = OWNED[kind];
  // The ids as one array parameter, however many the workbook names.
  const rows = await tx
    .select({ id, planId })
    .from(table)
    .where(sql`${id} = any(${`{${ids.join(',')}}`}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.planId]));
}

/** Catalogue entries by code (in any case), for indicators a worksheet adds. */
export async function catalogueByCodes(tx: Tx, codes: string[]) {
  if (codes.length === 0) return [];
  const lowered = [...new Set(codes.map((c) => c.toLowerCase()))];
  return tx
    .select()
    .from(indicatorCatalog)
    .where(inArray(sql`lower(${indicatorCatalog.code})`, lowered));
}

type SqlType = 'uuid' | 'text' | 'integer' | 'smallint' | 'boolean' | 'numeric' | 'jsonb';
export type Columns = readonly (readonly [string, SqlType])[];
type Rows = Record<string, unknown>[];

/**
 * Rows per statement by default: a JSON parameter of a megabyte or two (bigger ones grow PGlite's memory
 * slowly, and are no faster). Each chunk is one parameter, so PostgreSQL's limit of 65,535 never applies.
 */
export const WRITE_CHUNK_ROWS = 2000;

const recordset = (columns: Columns) =>
  sql.raw(`x(${columns.map(([name, type]) => `"${name}" ${type}`).join(', ')})`);

/** The rows `rows()` gives, in chunks of `size`, each as a JSON parameter (worked out only when wanted). */
function* jsonChunks(rows: () => unknown[], size: number) {
  const all = rows();
  for (let i = 0; i < all.length; i += size) yield JSON.stringify(all.slice(i, i + size));
}

/** Statements inserting rows (objects keyed by column name) into a table. */
export function* insertRows(table: string, columns: Columns, rows: () => Rows, size: number) {
  const names = sql.raw(columns.map(([name]) => `"${name}"`).join(', '));
  for (const json of jsonChunks(rows, size))
    yield sql`insert into ${sql.identifier(table)} (${names}) select ${names} from jsonb_to_recordset(${json}::jsonb) as ${recordset(columns)}`;
}

/**
 * Statements setting the given columns of the rows named by `id` (the first column), bumping each row's
 * version and updated time, as every edit of a versioned record does.
 */
export function* updateRows(table: string, columns: Columns, rows: () => Rows, size: number) {
  const set = sql.raw(
    [
      ...columns.filter(([name]) => name !== 'id').map(([name]) => `"${name}" = x."${name}"`),
      '"version" = t.version + 1',
      '"updated_at" = now()',
    ].join(', '),
  );
  for (const json of jsonChunks(rows, size))
    yield sql`update ${sql.identifier(table)} as t set ${set} from jsonb_to_recordset(${json}::jsonb) as ${recordset(columns)} where t.id = x.id`;
}

/** Statements deleting the rows of a child table whose `column` is one of the ids. */
export function* deleteWhereIn(table: string, column: string, ids: string[], size: number) {
  for (const json of jsonChunks(() => ids, size))
    yield sql`delete from ${sql.identifier(table)} where ${sql.identifier(column)} in (select value::uuid from json_array_elements_text(${json}::json))`;
}

/**
 * Statements giving the programmes a placeholder code (their own id) before their new codes are set, so
 * that two programmes swapping codes never meet the unique constraint half-way through.
 */
export function* releaseProgramCodes(ids: string[], size: number) {
  for (const json of jsonChunks(() => ids, size))
    yield sql`update programs set code = id::text where id in (select value::uuid from json_array_elements_text(${json}::json))`;
}

/**
 * Run statements one after the other, each one's parameters made while the one before runs (on
 * PostgreSQL, the server writes while Node builds the next chunk); never two at once on the connection.
 */
export async function runInTurn(tx: Tx, statements: Iterable<SQL>) {
  let running: Promise<void> | undefined;
  try {
    for (const statement of statements) {
      if (running) await running;
      // `then` sends it now (a Drizzle query runs when awaited), before the next one is built.
      running = tx.execute(statement).then(() => undefined);
    }
  } finally {
    // Whatever stopped the loop, the statement on its way ends before the transaction does.
    await running?.catch(() => undefined);
  }
  await running;
}

/** The transaction's time (what `now()` writes), as the API presents timestamps. */
export async function transactionTime(tx: Tx) {
  const result = (await tx.execute(sql`select extract(epoch from now()) * 1000 as ms`)) as unknown as {
    rows: { ms: string | number }[];
  };
  return new Date(Number(result.rows[0]?.ms)).toISOString();
}
