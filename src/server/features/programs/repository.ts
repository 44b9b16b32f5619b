import { and, eq, getTableColumns, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { FUNDING_SOURCES, type FundingSource } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import { isoTimestamp } from '../../db/records.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars } from '../../db/schema/plan.ts';
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

/** The columns of a programme record besides its lists and budget total, under the API's names. */
const recordFields = {
  ...getTableColumns(programs),
  pillarKey: pillars.key,
  elementKey: elements.key,
  leadOpdCode: opdUnits.code,
  leadOpdName: opdUnits.name,
};

/**
 * The programmes that `where` picks (a page of them, given a limit), in code order, each with its labels,
 * budget total and lists: one statement, whose answer is one JSON array — thousands of programmes (a
 * plan's worksheet, its documents) with tens of thousands of budget lines parse far faster so than as
 * rows of several queries.
 */
async function selectRecords(db: Executor, where: SQL, limit?: number, offset = 0) {
  const columns = sql.join(
    Object.entries(recordFields).map(([key, column]) => sql`${column} as ${sql.identifier(key)}`),
    sql`, `,
  );
  const page = limit === undefined ? sql`` : sql` limit ${limit} offset ${offset}`;
  const ofPage = (column: string) => sql.raw(`${column} in (select "id" from p)`);
  const result = (await db.execute(sql`with p as (
      select ${columns} from ${programs}
      inner join ${pillars} on ${eq(pillars.id, programs.pillarId)}
      inner join ${elements} on ${eq(elements.id, programs.elementId)}
      inner join ${opdUnits} on ${eq(opdUnits.id, programs.leadOpdId)}
      where ${where}
      order by ${byCode(programs.code)}, ${programs.id}${page}
    ),
    s as (
      select l.program_id, json_agg(l.opd_id order by ${byCode(sql.raw('o.code'))}) as ids
      from ${programSupportingOpds} l join ${opdUnits} o on o.id = l.opd_id
      where ${ofPage('l.program_id')} group by l.program_id
    ),
    k as (
      select l.program_id, json_agg(l.kecamatan_id order by ${byCode(sql.raw('x.code'))}) as ids
      from ${programKecamatan} l join ${kecamatan} x on x.id = l.kecamatan_id
      where ${ofPage('l.program_id')} group by l.program_id
    ),
    b as (
      select program_id, round(sum(amount), 2)::text as total,
        json_agg(json_build_object('year', year, 'source', source, 'amount', amount::text)
          order by year, ${sourceOrder(sql.raw('source'))}) as lines
      from ${programBudgets} where ${ofPage('program_id')} group by program_id
    ),
    t as (
      select program_id, json_agg(json_build_object('year', year, 'target', target) order by year) as lines
      from ${programTargets} where ${ofPage('program_id')} group by program_id
    )
    select coalesce(json_agg(r order by r.code collate "C", r.id), '[]')::text as records from (
      select p.*, coalesce(b.total, '0.00') as "budgetTotal", coalesce(s.ids, '[]') as "supportingOpdIds",
        coalesce(k.ids, '[]') as "kecamatanIds", coalesce(b.lines, '[]') as "budgets",
        coalesce(t.lines, '[]') as "targets"
      from p left join s on s.program_id = p.id left join k on k.program_id = p.id
        left join b on b.program_id = p.id left join t on t.program_id = p.id
    ) r`)) as unknown as { rows: { records: string }[] };
  const records = JSON.parse(result.rows[0]?.records ?? '[]') as ProgramRecord[];
  for (const record of records) {
    record.createdAt = isoTimestamp(record.createdAt);
    record.updatedAt = isoTimestamp(record.updatedAt);
  }
  return records;
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

export async function listPrograms(db: Executor, filters: ProgramFilters, limit: number, offset: number) {
  const where = filterSql(filters);
  const [items, [counted]] = await Promise.all([
    selectRecords(db, where ?? sql`true`, limit, offset),
    db.select({ total: sql<number>`count(*)::int` }).from(programs).where(where),
  ]);
  return { items, total: Number(counted?.total ?? 0), limit, offset };
}

/** `id` and `version` are given only when a deleted programme is restored: it continues its own numbering. */
export async function insertProgram(tx: Tx, values: ProgramValues & { id?: string; version?: number }) {
  const [row] = await tx.insert(programs).values(values).returning({ id: programs.id });
  if (!row) throw new Error('insert into programs returned nothing');
  return row.id;
}

export async function updateProgramRow(tx: Tx, id: string, values: Partial<ProgramValues>) {
  await tx
    .update(programs)
    .set({ ...values, version: sql`${programs.version} + 1`, updatedAt: sql`now()` })
    .where(eq(programs.id, id));
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
