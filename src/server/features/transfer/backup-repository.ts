import { count, getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import type { Row } from '../../db/records.ts';
import type { BackupTable } from './backup-tables.ts';

type Executor = Db | Tx;

export async function countRows(db: Executor, t: BackupTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(t.table);
  return Number(row?.n ?? 0);
}

/** The next page of a table in primary-key order (keyset paging: no growing OFFSET scans). */
export async function pageAfter(db: Executor, t: BackupTable, after: Row | undefined, limit: number) {
  const where = after
    ? sql`(${sql.join(t.key, sql`, `)}) > (${sql.join(
        t.key.map((c, i) => sql.param(after[t.keyNames[i] as string], c)),
        sql`, `,
      )})`
    : undefined;
  return (await db
    .select()
    .from(t.table)
    .where(where)
    .orderBy(...t.key)
    .limit(limit)) as Row[];
}

export async function truncateAll(tx: Tx, tables: BackupTable[]) {
  await tx.execute(
    sql`truncate table ${sql.join(
      tables.map((t) => t.table),
      sql`, `,
    )}`,
  );
}

/** Point a table's serial sequences past the restored rows, so the next insert gets a fresh id. */
export async function resetSequences(tx: Tx, t: BackupTable) {
  const columns = getTableColumns(t.table) as Record<string, PgColumn>;
  for (const key of t.serials) {
    const column = columns[key] as PgColumn;
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${t.name}, ${column.name}), coalesce(max(${column}), 0) + 1, false) from ${t.table}`,
    );
  }
}

export async function insertChunk(tx: Tx, t: BackupTable, rows: Row[]) {
  await tx.insert(t.table).values(rows as never);
}

/** When the latest applied migration was generated (drizzle's `created_at`), or null on a bare database. */
export async function latestMigrationMillis(db: Executor): Promise<number | null> {
  const result = await db.execute(
    sql`select created_at::text as at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const [row] = (result as unknown as { rows: { at: string }[] }).rows;
  return row ? Number(row.at) : null;
}
