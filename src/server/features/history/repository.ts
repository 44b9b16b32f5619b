import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
import { auditLog } from '../../db/schema/audit.ts';
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
