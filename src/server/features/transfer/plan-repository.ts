import { eq, getTableColumns, inArray, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import type { Row } from '../../db/records.ts';
import { indicatorCatalog, planIndicators } from '../../db/schema/indicator.ts';
import { plans } from '../../db/schema/plan.ts';
import { regions } from '../../db/schema/region.ts';

type Executor = Db | Tx;

const column = (table: PgTable, key: string) => {
  const c = getTableColumns(table)[key];
  if (!c) throw new Error(`no column ${key}`);
  return c as PgColumn;
};

export async function findPlan(db: Executor, id: string, lock = false): Promise<Row | undefined> {
  const query = db.select().from(plans).where(eq(plans.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findRegion(db: Executor, id: string): Promise<Row | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.id, id));
  return row;
}

/** The region with this id, else the one with this BPS code: the same regency in another installation. */
export async function findRegionByIdOrCode(tx: Tx, id: string, code: string): Promise<Row | undefined> {
  const rows = await tx
    .select()
    .from(regions)
    .where(or(eq(regions.id, id), eq(regions.code, code)));
  return rows.find((r) => r.id === id) ?? rows[0];
}

/** A condition selecting the rows whose `key` column is one of the ids the parent condition selects. */
export function childOf(db: Executor, table: PgTable, key: string, parent: PgTable, parentWhere: SQL): SQL {
  return inArray(
    column(table, key),
    db
      .select({ id: column(parent, 'id') })
      .from(parent)
      .where(parentWhere),
  );
}

export const equals = (table: PgTable, key: string, value: string) => eq(column(table, key), value);

export async function selectWhere(db: Executor, table: PgTable, where: SQL): Promise<Row[]> {
  return (await db.select().from(table).where(where)) as Row[];
}

/** The catalogue entries a plan's indicators use. */
export async function catalogueOfPlan(db: Executor, planId: string): Promise<Row[]> {
  return db
    .select()
    .from(indicatorCatalog)
    .where(
      inArray(
        indicatorCatalog.id,
        db
          .select({ id: planIndicators.catalogId })
          .from(planIndicators)
          .where(eq(planIndicators.planId, planId)),
      ),
    );
}

// Bind parameters per statement stay well under PostgreSQL's 65,535.
const MAX_PARAMETERS = 30_000;

/** Rows of a table whose `key` is one of `values`, in chunks. */
export async function selectIn(db: Executor, table: PgTable, key: string, values: string[]): Promise<Row[]> {
  const out: Row[] = [];
  for (let i = 0; i < values.length; i += MAX_PARAMETERS) {
    const chunk = values.slice(i, i + MAX_PARAMETERS);
    out.push(
      ...((await db
        .select()
        .from(table)
        .where(inArray(column(table, key), chunk))) as Row[]),
    );
  }
  return out;
}

/** Multi-row inserts, as many rows per statement as the parameter limit allows. */
export async function insertRows(
  tx: Tx,
  table: PgTable,
  rows: Row[],
  onChunk: (inserted: number) => void = () => {},
) {
  const perRow = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / perRow)));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await tx.insert(table).values(chunk as never);
    onChunk(chunk.length);
  }
}

export async function deletePlan(tx: Tx, id: string) {
  // Everything the plan owns goes with it (ON DELETE CASCADE); its region's organisation stays.
  await tx.delete(plans).where(eq(plans.id, id));
}
