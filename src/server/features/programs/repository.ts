import { and, eq, getTableColumns, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { FUNDING_SOURCES, type FundingSource } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import { isoTimestamp } from '../../db/records.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars, plans } from '../../db/schema/plan.ts';
import {
  programBudgets,
  programKecamatan,
  programSupportingOpds,
  programs,
  programTargets,
} from '../../db/schema/program.ts';
import { kecamatan } from '../../db/schema/region.ts';

type Executor = Db | Tx;

export type ProgramRow = typeof programs.$inferSelect;
export type ProgramValues = Omit<typeof programs.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export interface BudgetLine {
  year: number;
  source: FundingSource;
  amount: string;
}
export interface TargetLine {
  year: number;
  target: string;
}
export interface ProgramLists {
  supportingOpdIds: string[];
  kecamatanIds: string[];
  budgets: BudgetLine[];
  targets: TargetLine[];
}
/** A programme as the API returns it and as the audit log keeps it: the row, its lists and labels. */
export type ProgramRecord = ProgramRow &
  ProgramLists & {
    pillarKey: string;
    elementKey: string;
    leadOpdCode: string;
    leadOpdName: string;
    budgetTotal: string;
  };

/** Funding sources in the order domain.ts declares them, not alphabetically. */
export const sourceOrder = (column: PgColumn | SQL) =>
  sql`array_position(array[${sql.join(
    FUNDING_SOURCES.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[], ${column})`;

/** Codes compare byte-wise, so that PGlite and PostgreSQL (whatever its locale) list them alike. */
export const byCode = (column: PgColumn | SQL) => sql`${column} collate "C"`;

/**
 * The programmes that `where` picks (a page of them, given a limit), in code order, each with its labels,
 * budget total and lists: one statement, whose answer is one JSON array — thousands of programmes (a
 * plan's worksheet, its documents) with tens of thousands of budget lines parse far faster so than as
 * rows of several queries. The page is picked first; its labels and lists are then looked up per
 * programme (lateral, by the lists' primary keys): at national scale a join of whole tables made the
 * planner scan all 569,000 budget lines to read one plan's 150 programmes, or a single programme.
 */
export function recordsSql(where: SQL, limit?: number, offset = 0) {
  const columns = sql.join(
    Object.entries(getTableColumns(programs)).map(
      ([key, column]) => sql`${column} as ${sql.identifier(key)}`,
    ),
    sql`, `,
  );
  const page = limit === undefined ? sql`` : sql` limit ${limit} offset ${offset}`;
  return sql`with p as (
      select ${columns} from ${programs}
      where ${where}
      order by ${byCode(programs.code)}, ${programs.id}${page}
    )
    select coalesce(json_agg(r order by r.code collate "C", r.id), '[]')::text from (
      select p.*, pl.key as "pillarKey", el.key as "elementKey", lead.code as "leadOpdCode",
        lead.name as "leadOpdName", coalesce(b.total, '0.00') as "budgetTotal",
        coalesce(s.ids, '[]') as "supportingOpdIds", coalesce(k.ids, '[]') as "kecamatanIds",
        coalesce(b.lines, '[]') as "budgets", coalesce(t.lines, '[]') as "targets"
      from p
      join ${pillars} pl on pl.id = p."pillarId"
      join ${elements} el on el.id = p."elementId"
      join ${opdUnits} lead on lead.id = p."leadOpdId"
      left join lateral (
        select json_agg(l.opd_id order by ${byCode(sql.raw('o.code'))}) as ids
        from ${programSupportingOpds} l join ${opdUnits} o on o.id = l.opd_id where l.program_id = p.id
      ) s on true
      left join lateral (
        select json_agg(l.kecamatan_id order by ${byCode(sql.raw('x.code'))}) as ids
        from ${programKecamatan} l join ${kecamatan} x on x.id = l.kecamatan_id where l.program_id = p.id
      ) k on true
      left join lateral (
        select round(sum(amount), 2)::text as total,
          json_agg(json_build_object('year', year, 'source', source, 'amount', amount::text)
            order by year, ${sourceOrder(sql.raw('source'))}) as lines
        from ${programBudgets} where program_id = p.id
      ) b on true
      left join lateral (
        select json_agg(json_build_object('year', year, 'target', target) order by year) as lines
        from ${programTargets} where program_id = p.id
      ) t on true
    ) r`;
}

/** The records of recordsSql's JSON text, with timestamps as the API writes them. */
export function parseRecords(text: string | null | undefined) {
  const records = JSON.parse(text ?? '[]') as ProgramRecord[];
  for (const record of records) {
    record.createdAt = isoTimestamp(record.createdAt);
    record.updatedAt = isoTimestamp(record.updatedAt);
  }
  return records;
}

async function selectRecords(db: Executor, where: SQL) {
  const result = (await db.execute(sql`select (${recordsSql(where)}) as records`)) as unknown as {
    rows: { records: string }[];
  };
  return parseRecords(result.rows[0]?.records);
}

export async function findProgram(db: Executor, id: string): Promise<ProgramRecord | undefined> {
  const [record] = await selectRecords(db, eq(programs.id, id));
  return record;
}

/** Lock the programme row so that concurrent writes to it queue up behind this transaction. */
export async function lockProgram(tx: Tx, id: string) {
  const [row] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, id)).for('update');
  return row;
}

export interface ProgramFilters {
  planId: string;
  pillar?: string | undefined;
  pillarIsId?: boolean;
  element?: string | undefined;
  opd?: string | undefined;
  year?: number | undefined;
  quickWin?: boolean | undefined;
  reviewStatus?: ProgramRow['reviewStatus'] | undefined;
  q?: string | undefined;
}

function filterSql(f: ProgramFilters): SQL | undefined {
  const pillar = f.pillar
    ? f.pillarIsId
      ? eq(programs.pillarId, f.pillar)
      : sql`${programs.pillarId} in (select ${pillars.id} from ${pillars} where ${and(eq(pillars.planId, f.planId), eq(pillars.key, f.pillar))})`
    : undefined;
  const opd = f.opd
    ? or(
        eq(programs.leadOpdId, f.opd),
        sql`exists (select 1 from ${programSupportingOpds} where ${and(
          eq(programSupportingOpds.programId, programs.id),
          eq(programSupportingOpds.opdId, f.opd),
        )})`,
      )
    : undefined;
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
  return and(
    eq(programs.planId, f.planId),
    pillar,
    f.element ? eq(programs.elementId, f.element) : undefined,
    opd,
    f.year === undefined ? undefined : sql`${f.year} between ${programs.startYear} and ${programs.endYear}`,
    f.quickWin === undefined ? undefined : eq(programs.isQuickWin, f.quickWin),
    f.reviewStatus ? eq(programs.reviewStatus, f.reviewStatus) : undefined,
    pattern
      ? or(
          ilike(programs.title, pattern),
          ilike(programs.code, pattern),
          ilike(programs.description, pattern),
        )
      : undefined,
  );
}

/**
 * The plan's programmes that match, in code order, each as its id and its row's `xmin` (the transaction
 * that wrote it last), in one statement; `planFound` is false when no plan has the id.
 */
export async function programStamps(db: Executor, filters: ProgramFilters) {
  const where = filterSql(filters) ?? sql`true`;
  const result = (await db.execute(sql`select
      exists (select 1 from ${plans} where ${plans.id} = ${filters.planId}) as "planFound",
      (select coalesce(json_agg(json_build_array(${programs.id}, ${programs}.xmin::text)
        order by ${byCode(programs.code)}, ${programs.id}), '[]')::text from ${programs} where ${where}) as stamps`)) as unknown as {
    rows: { planFound: boolean; stamps: string }[];
  };
  const row = result.rows[0];
  return {
    planFound: row?.planFound === true,
    stamps: JSON.parse(row?.stamps ?? '[]') as [string, string][],
  };
}

/**
 * A page of a plan's programmes and how many match, in one statement (so one snapshot without a
 * transaction, and one round trip: on PGlite each costs the server's only thread). `planFound` is false
 * when no plan has the id.
 */
export async function listPrograms(db: Executor, filters: ProgramFilters, limit: number, offset: number) {
  const where = filterSql(filters) ?? sql`true`;
  const result = (await db.execute(sql`select
      exists (select 1 from ${plans} where ${plans.id} = ${filters.planId}) as "planFound",
      (select count(*)::int from ${programs} where ${where}) as total,
      (${recordsSql(where, limit, offset)}) as records`)) as unknown as {
    rows: { planFound: boolean; total: number; records: string }[];
  };
  const row = result.rows[0];
  return {
    planFound: row?.planFound === true,
    page: { items: parseRecords(row?.records), total: Number(row?.total ?? 0), limit, offset },
  };
}

/** `id` and `version` are given only when a deleted programme is restored: it continues its own numbering. */
export async function insertProgram(tx: Tx, values: ProgramValues & { id?: string; version?: number }) {
  const [row] = await tx.insert(programs).values(values).returning({ id: programs.id });
  if (!row) throw new Error('insert into programs returned nothing');
  return row.id;
}

/** Change the row and count a version; its new version and change time as the API writes them. */
export async function updateProgramRow(tx: Tx, id: string, values: Partial<ProgramValues>) {
  const [row] = await tx
    .update(programs)
    .set({ ...values, version: sql`${programs.version} + 1`, updatedAt: sql`now()` })
    .where(eq(programs.id, id))
    .returning({ version: programs.version, updatedAt: programs.updatedAt });
  if (!row) throw new Error(`update of programme ${id} changed no row`);
  return { version: row.version, updatedAt: isoTimestamp(row.updatedAt) };
}

/** Replace the lists that are given; the others stay as stored. */
export async function writeLists(tx: Tx, programId: string, lists: Partial<ProgramLists>) {
  if (lists.supportingOpdIds) {
    await tx.delete(programSupportingOpds).where(eq(programSupportingOpds.programId, programId));
    if (lists.supportingOpdIds.length > 0)
      await tx
        .insert(programSupportingOpds)
        .values(lists.supportingOpdIds.map((opdId) => ({ programId, opdId })));
  }
  if (lists.kecamatanIds) {
    await tx.delete(programKecamatan).where(eq(programKecamatan.programId, programId));
    if (lists.kecamatanIds.length > 0)
      await tx
        .insert(programKecamatan)
        .values(lists.kecamatanIds.map((kecamatanId) => ({ programId, kecamatanId })));
  }
  if (lists.budgets) {
    await tx.delete(programBudgets).where(eq(programBudgets.programId, programId));
    if (lists.budgets.length > 0)
      await tx.insert(programBudgets).values(lists.budgets.map((b) => ({ programId, ...b })));
  }
  if (lists.targets) {
    await tx.delete(programTargets).where(eq(programTargets.programId, programId));
    if (lists.targets.length > 0)
      await tx.insert(programTargets).values(lists.targets.map((t) => ({ programId, ...t })));
  }
}

export async function deleteProgramRow(tx: Tx, id: string) {
  await tx.delete(programs).where(eq(programs.id, id));
}
