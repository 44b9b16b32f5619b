import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { regions } from '../../db/schema/region.ts';
import { catalogOrder } from './repository.ts';

/** The catalogue queries of import and export. */

type Executor = Db | Tx;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A region by id or BPS code. */
export async function findRegion(db: Executor, idOrCode: string) {
  const [row] = await db
    .select({ id: regions.id, code: regions.code })
    .from(regions)
    .where(UUID.test(idOrCode) ? eq(regions.id, idOrCode) : eq(regions.code, idOrCode));
  return row;
}

/** The stored entries with these codes, locked for the import's transaction. */
export function catalogByCodes(tx: Tx, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return tx.select().from(indicatorCatalog).where(inArray(indicatorCatalog.code, codes)).for('update');
}

/** Every entry the filters select, in the catalogue's order. */
export function catalogRows(db: Executor, where: (SQL | undefined)[]) {
  return db
    .select()
    .from(indicatorCatalog)
    .where(and(...where))
    .orderBy(...catalogOrder);
}
