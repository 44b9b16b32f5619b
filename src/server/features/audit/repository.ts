import { and, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
import { auditLog } from '../../db/schema/audit.ts';

export interface AuditFilters {
  entity?: string;
  entityId?: string;
  planId?: string;
  regionId?: string;
  actor?: string;
  action?: (typeof auditLog.action.enumValues)[number];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/**
 * Entries within a plan or region, and those of the plan or region record itself: its own entries
 * carry it as the entity rather than as the scope.
 */
const scopedTo = (entity: string, column: PgColumn, id: string) =>
  or(eq(column, id), and(eq(auditLog.entity, entity), eq(auditLog.entityId, id)));

/**
 * Newest first; the serial id breaks ties between writes of the same transaction. `withinRegions`
 * limits the entries to those regions (null: every entry, for national roles).
 */
export async function listAudit(db: Db, q: AuditFilters, withinRegions: string[] | null) {
  const where = and(
    withinRegions === null
      ? undefined
      : withinRegions.length === 0
        ? sql`false`
        : inArray(auditLog.regionId, withinRegions),
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.planId ? scopedTo('plan', auditLog.planId, q.planId) : undefined,
    q.regionId ? scopedTo('region', auditLog.regionId, q.regionId) : undefined,
    q.actor ? eq(auditLog.actor, q.actor) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.from ? gte(auditLog.at, q.from) : undefined,
    q.to ? lte(auditLog.at, q.to) : undefined,
  );
  const [items, [counted]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return {
    items: items.map((r) => presentRow(auditLog, r)),
    total: Number(counted?.total ?? 0),
    limit: q.limit,
    offset: q.offset,
  };
}

export async function findAuditEntry(db: Db, id: number) {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
  return row && presentRow(auditLog, row);
}
