import { and, desc, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
import { auditLog } from '../../db/schema/audit.ts';
import {
  indicatorAssessments,
  indicatorDataAvailability,
  indicatorTargets,
  planIndicatorPrograms,
  planIndicators,
} from '../../db/schema/indicator.ts';
import {
  programBudgets,
  programKecamatan,
  programProgress,
  programSupportingOpds,
  programs,
  programTargets,
} from '../../db/schema/program.ts';
import type { RawEntry } from './changed-fields.ts';

/** The only module of this feature with Drizzle queries. */

type Executor = Db | Tx;

const ofRecord = (entity: string, id: string) => and(eq(auditLog.entity, entity), eq(auditLog.entityId, id));

/** The plan's entries and those of the plan row itself, which carry it as the entity. */
const ofPlan = (planId: string) => or(eq(auditLog.planId, planId), ofRecord('plan', planId));

const present = (rows: (typeof auditLog.$inferSelect)[]) =>
  rows.map((r) => presentRow(auditLog, r) as RawEntry);

/**
 * A page of entries, newest first (the serial id orders writes of one transaction), plus the entry
 * just past the page so that the page's oldest version can be compared with the one before it.
 */
async function entryPage(db: Executor, where: SQL | undefined, limit: number, offset: number) {
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(limit + 1)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  const entries = present(rows);
  return { entries: entries.slice(0, limit), older: entries[limit], total: Number(counted?.total ?? 0) };
}

export const recordEntries = (db: Executor, entity: string, id: string, limit: number, offset: number) =>
  entryPage(db, ofRecord(entity, id), limit, offset);

export const planEntries = (db: Executor, planId: string, limit: number, offset: number) =>
  entryPage(db, ofPlan(planId), limit, offset);

export async function findEntry(db: Executor, entity: string, id: string, auditId: number) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.id, auditId), ofRecord(entity, id)));
  return row ? present([row])[0] : undefined;
}

export async function latestEntry(db: Executor, entity: string, id: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(ofRecord(entity, id))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row ? present([row])[0] : undefined;
}

// --------------------------------------------------------------------------------------------- programmes

export type ProgramValues = Omit<typeof programs.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export async function lockProgramRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(programs).where(eq(programs.id, id)).for('update');
  return row;
}

export async function programProgressYears(tx: Tx, programId: string) {
  const rows = await tx
    .selectDistinct({ year: programProgress.year })
    .from(programProgress)
    .where(eq(programProgress.programId, programId));
  return rows.map((r) => r.year);
}

/** Whether another programme of the plan already has this code. */
export async function programCodeTaken(tx: Tx, planId: string, code: string, exceptId: string) {
  const rows = await tx
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.planId, planId), eq(programs.code, code), ne(programs.id, exceptId)));
  return rows.length > 0;
}

/** Put the programme row back: updated in place, or inserted again under its own id. */
export async function putProgramRow(
  tx: Tx,
  id: string,
  values: ProgramValues,
  existing: { recreateAtVersion?: number },
) {
  if (existing.recreateAtVersion === undefined)
    await tx
      .update(programs)
      .set({ ...values, version: sql`${programs.version} + 1`, updatedAt: sql`now()` })
      .where(eq(programs.id, id));
  else await tx.insert(programs).values({ ...values, id, version: existing.recreateAtVersion });
}

export interface ProgramLists {
  supportingOpdIds: string[];
  kecamatanIds: string[];
  budgets: { year: number; source: (typeof programBudgets.$inferInsert)['source']; amount: string }[];
  targets: { year: number; target: string }[];
}

/** Replace all four lists of a programme with the given ones. */
export async function replaceProgramLists(tx: Tx, programId: string, lists: ProgramLists) {
  await tx.delete(programSupportingOpds).where(eq(programSupportingOpds.programId, programId));
  await tx.delete(programKecamatan).where(eq(programKecamatan.programId, programId));
  await tx.delete(programBudgets).where(eq(programBudgets.programId, programId));
  await tx.delete(programTargets).where(eq(programTargets.programId, programId));
  if (lists.supportingOpdIds.length > 0)
    await tx
      .insert(programSupportingOpds)
      .values(lists.supportingOpdIds.map((opdId) => ({ programId, opdId })));
  if (lists.kecamatanIds.length > 0)
    await tx
      .insert(programKecamatan)
      .values(lists.kecamatanIds.map((kecamatanId) => ({ programId, kecamatanId })));
  if (lists.budgets.length > 0)
    await tx.insert(programBudgets).values(lists.budgets.map((b) => ({ programId, ...b })));
  if (lists.targets.length > 0)
    await tx.insert(programTargets).values(lists.targets.map((t) => ({ programId, ...t })));
}

// --------------------------------------------------------------------------------------- plan indicators

export type PlanIndicatorValues = Omit<
  typeof planIndicators.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'version'
>;

export async function lockPlanIndicatorRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(planIndicators).where(eq(planIndicators.id, id)).for('update');
  return row;
}

/** Whether another selection of the plan already adopts this catalogue entry. */
export async function selectionTaken(tx: Tx, planId: string, catalogId: string, exceptId: string) {
  const rows = await tx
    .select({ id: planIndicators.id })
    .from(planIndicators)
    .where(
      and(
        eq(planIndicators.planId, planId),
        eq(planIndicators.catalogId, catalogId),
        ne(planIndicators.id, exceptId),
      ),
    );
  return rows.length > 0;
}

export async function putPlanIndicatorRow(
  tx: Tx,
  id: string,
  values: PlanIndicatorValues,
  existing: { recreateAtVersion?: number },
) {
  if (existing.recreateAtVersion === undefined)
    await tx
      .update(planIndicators)
      .set({ ...values, version: sql`${planIndicators.version} + 1`, updatedAt: sql`now()` })
      .where(eq(planIndicators.id, id));
  else await tx.insert(planIndicators).values({ ...values, id, version: existing.recreateAtVersion });
}

type Criterion = (typeof indicatorAssessments.$inferInsert)['criterion'];
type Availability = (typeof indicatorDataAvailability.$inferInsert)['status'];

export interface SelectionLists {
  targets: { year: number; value: string }[];
  assessments: { criterion: Criterion; score: number; rationale?: string | null | undefined }[];
  availability: { opdId: string; status: Availability; note?: string | null | undefined }[];
  programIds: string[];
}

/** Replace all four lists of a selection with the given ones. */
export async function replaceSelectionLists(tx: Tx, planIndicatorId: string, lists: SelectionLists) {
  const id = planIndicatorId;
  await tx.delete(indicatorTargets).where(eq(indicatorTargets.planIndicatorId, id));
  await tx.delete(indicatorAssessments).where(eq(indicatorAssessments.planIndicatorId, id));
  await tx.delete(indicatorDataAvailability).where(eq(indicatorDataAvailability.planIndicatorId, id));
  await tx.delete(planIndicatorPrograms).where(eq(planIndicatorPrograms.planIndicatorId, id));
  if (lists.targets.length > 0)
    await tx.insert(indicatorTargets).values(lists.targets.map((t) => ({ planIndicatorId: id, ...t })));
  if (lists.assessments.length > 0)
    await tx
      .insert(indicatorAssessments)
      .values(lists.assessments.map((a) => ({ planIndicatorId: id, ...a, rationale: a.rationale ?? null })));
  if (lists.availability.length > 0)
    await tx
      .insert(indicatorDataAvailability)
      .values(lists.availability.map((a) => ({ planIndicatorId: id, ...a, note: a.note ?? null })));
  if (lists.programIds.length > 0)
    await tx
      .insert(planIndicatorPrograms)
      .values(lists.programIds.map((programId) => ({ planIndicatorId: id, programId })));
}
