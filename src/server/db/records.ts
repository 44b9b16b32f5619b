import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { notFound, staleVersion } from '../errors.ts';
import { type AuditAction, recordAudit } from './audit.ts';
import type { Db, Tx } from './client.ts';

/**
 * Generic record operations for tables that have an `id` and (for editable ones) a `version`: the
 * repository the simple resources share. Every write is audited in the caller's transaction.
 */

export type Row = Record<string, unknown>;
export type RecordTable = PgTable & { id: PgColumn };
type Executor = Db | Tx;

export interface Scope {
  regionId?: string | null;
  planId?: string | null;
}

const timestampColumns = new WeakMap<PgTable, string[]>();

/** PostgreSQL prints `2026-11-28 03:53:28.06+00`; JavaScript wants `T` and `+00:00`. */
export const isoTimestamp = (pgText: string) =>
  new Date(pgText.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();

/** Timestamps leave the server as ISO 8601 whatever the driver printed. */
export function presentRow<T extends Row>(table: PgTable, row: T): T {
  let keys = timestampColumns.get(table);
  if (!keys) {
    keys = Object.entries(getTableColumns(table))
      .filter(([, c]) => c.columnType === 'PgTimestampString')
      .map(([k]) => k);
    timestampColumns.set(table, keys);
  }
  if (keys.length === 0) return row;
  const out: Row = { ...row };
  for (const k of keys) {
    const v = out[k];
    if (typeof v === 'string') out[k] = isoTimestamp(v);
  }
  return out as T;
}

export async function findById(
  db: Executor,
  table: RecordTable,
  id: string,
  lock = false,
): Promise<Row | undefined> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] as Row | undefined;
}

export async function getOrThrow(db: Executor, table: RecordTable, entity: string, id: string, lock = false) {
  const row = await findById(db, table, id, lock);
  if (!row) throw notFound(entity, id);
  return row;
}

export interface ListOptions {
  where: (SQL | undefined)[];
  orderBy: (PgColumn | SQL)[];
  limit: number;
  offset: number;
}

export async function listPage(db: Executor, table: PgTable, options: ListOptions) {
  const where = and(...options.where);
  const [items, [counted]] = await Promise.all([
    db
      .select()
      .from(table)
      .where(where)
      .orderBy(...options.orderBy)
      .limit(options.limit)
      .offset(options.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(table).where(where),
  ]);
  return {
    items: (items as Row[]).map((r) => presentRow(table, r)),
    total: Number(counted?.total ?? 0),
    limit: options.limit,
    offset: options.offset,
  };
}

export interface WriteContext {
  tx: Tx;
  actor: string;
  entity: string;
  scope: Scope;
}

/** Only the table's own columns: request options that ride along in a body never reach SQL. */
export function columnValues(table: PgTable, values: Row): Row {
  const columns = getTableColumns(table);
  return Object.fromEntries(Object.entries(values).filter(([k]) => k in columns));
}

export async function insertRecord(
  ctx: WriteContext,
  table: RecordTable,
  values: Row,
  action: AuditAction = 'create',
) {
  const [row] = (await ctx.tx
    .insert(table as PgTable)
    .values(columnValues(table, values) as never)
    .returning()) as Row[];
  if (!row) throw new Error(`insert into ${ctx.entity} returned nothing`);
  const presented = presentRow(table, row);
  await recordAudit(ctx.tx, {
    ...ctx.scope,
    actor: ctx.actor,
    action,
    entity: ctx.entity,
    entityId: String(row.id),
    after: presented,
  });
  return presented;
}

/**
 * Update a locked, already-read record. `expectedVersion` (when the client sent one) must match the
 * stored version, or the write is refused with the current record: nothing is silently overwritten.
 */
export async function updateRecord(
  ctx: WriteContext,
  table: RecordTable,
  existing: Row,
  changes: Row,
  expectedVersion?: number,
  action: AuditAction = 'update',
) {
  if (expectedVersion !== undefined && expectedVersion !== existing.version)
    throw staleVersion(ctx.entity, presentRow(table, existing));
  const columns = getTableColumns(table);
  const set: Row = columnValues(table, changes);
  if ('version' in columns) set.version = sql`${columns.version} + 1`;
  if ('updatedAt' in columns) set.updatedAt = sql`now()`;
  const [row] = (await ctx.tx
    .update(table as PgTable)
    .set(set as never)
    .where(eq(table.id, existing.id as string))
    .returning()) as Row[];
  if (!row) throw notFound(ctx.entity, String(existing.id));
  const presented = presentRow(table, row);
  await recordAudit(ctx.tx, {
    ...ctx.scope,
    actor: ctx.actor,
    action,
    entity: ctx.entity,
    entityId: String(row.id),
    before: presentRow(table, existing),
    after: presented,
  });
  return presented;
}

export async function deleteRecord(ctx: WriteContext, table: RecordTable, existing: Row) {
  await ctx.tx.delete(table as PgTable).where(eq(table.id, existing.id as string));
  await recordAudit(ctx.tx, {
    ...ctx.scope,
    actor: ctx.actor,
    action: 'delete',
    entity: ctx.entity,
    entityId: String(existing.id),
    before: presentRow(table, existing),
  });
}
