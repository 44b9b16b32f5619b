import { and, asc, eq, getTableColumns, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { FUNDING_SOURCES, type FundingSource } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
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

const budgetTotal = sql<string>`(select round(coalesce(sum(${programBudgets.amount}), 0), 2)::text from ${programBudgets} where ${programBudgets.programId} = ${programs.id})`;

const selectPrograms = (db: Executor) =>
  db
    .select({
      ...getTableColumns(programs),
      pillarKey: pillars.key,
      elementKey: elements.key,
      leadOpdCode: opdUnits.code,
      leadOpdName: opdUnits.name,
      budgetTotal,
    })
    .from(programs)
    .innerJoin(pillars, eq(pillars.id, programs.pillarId))
    .innerJoin(elements, eq(elements.id, programs.elementId))
    .innerJoin(opdUnits, eq(opdUnits.id, programs.leadOpdId));

/** The lists of many programmes at once: one query per child table, whatever the number of programmes. */
async function listsOf(db: Executor, ids: string[]): Promise<Map<string, ProgramLists>> {
  const lists = new Map<string, ProgramLists>(
    ids.map((id) => [id, { supportingOpdIds: [], kecamatanIds: [], budgets: [], targets: [] }]),
  );
  if (ids.length === 0) return lists;
  const [supporting, reached, budgets, targets] = await Promise.all([
    db
      .select({ programId: programSupportingOpds.programId, opdId: programSupportingOpds.opdId })
      .from(programSupportingOpds)
      .innerJoin(opdUnits, eq(opdUnits.id, programSupportingOpds.opdId))
      .where(inArray(programSupportingOpds.programId, ids))
      .orderBy(byCode(opdUnits.code)),
    db
      .select({ programId: programKecamatan.programId, kecamatanId: programKecamatan.kecamatanId })
      .from(programKecamatan)
      .innerJoin(kecamatan, eq(kecamatan.id, programKecamatan.kecamatanId))
      .where(inArray(programKecamatan.programId, ids))
      .orderBy(byCode(kecamatan.code)),
    db
      .select()
      .from(programBudgets)
      .where(inArray(programBudgets.programId, ids))
      .orderBy(programBudgets.year, sourceOrder(programBudgets.source)),
    db
      .select()
      .from(programTargets)
      .where(inArray(programTargets.programId, ids))
      .orderBy(programTargets.year),
  ]);
  const of = (id: string) => lists.get(id) as ProgramLists;
  for (const r of supporting) of(r.programId).supportingOpdIds.push(r.opdId);
  for (const r of reached) of(r.programId).kecamatanIds.push(r.kecamatanId);
  for (const { programId, ...line } of budgets) of(programId).budgets.push(line);
  for (const { programId, ...line } of targets) of(programId).targets.push(line);
  return lists;
}

async function withLists(db: Executor, rows: Omit<ProgramRecord, keyof ProgramLists>[]) {
  const lists = await listsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...presentRow(programs, row), ...lists.get(row.id) }) as ProgramRecord);
}

export async function findProgram(db: Executor, id: string): Promise<ProgramRecord | undefined> {
  const rows = await selectPrograms(db).where(eq(programs.id, id));
  const [record] = await withLists(db, rows);
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
  const [rows, [counted]] = await Promise.all([
    selectPrograms(db)
      .where(where)
      .orderBy(byCode(programs.code), asc(programs.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(programs).where(where),
  ]);
  return { items: await withLists(db, rows), total: Number(counted?.total ?? 0), limit, offset };
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
