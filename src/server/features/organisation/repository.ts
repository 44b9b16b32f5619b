import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
import { opdUnits, people, positions } from '../../db/schema/organisation.ts';
import { kecamatan } from '../../db/schema/region.ts';

type Executor = Db | Tx;

/** A position held today: started (or no start recorded) and not yet ended. */
export const currentPosition = (): SQL =>
  sql`(${positions.startDate} is null or ${positions.startDate} <= current_date) and (${positions.endDate} is null or ${positions.endDate} >= current_date)`;

/** People filter: holds a position in the OPD today. */
export const holdsPositionIn = (opdId: string): SQL =>
  sql`exists (select 1 from ${positions} where ${positions.personId} = ${people.id} and ${positions.opdId} = ${opdId} and ${currentPosition()})`;

export async function kecamatanRegion(db: Executor, id: string) {
  const [row] = await db.select({ regionId: kecamatan.regionId }).from(kecamatan).where(eq(kecamatan.id, id));
  return row?.regionId;
}

export async function personRegion(db: Executor, id: string) {
  const [row] = await db.select({ regionId: people.regionId }).from(people).where(eq(people.id, id));
  return row?.regionId;
}

export async function opdRegion(db: Executor, id: string) {
  const [row] = await db.select({ regionId: opdUnits.regionId }).from(opdUnits).where(eq(opdUnits.id, id));
  return row?.regionId;
}

/** Positions in an OPD with who holds them: current ones first, then the most recently ended. */
export async function listOpdPositions(
  db: Executor,
  opdId: string,
  options: { current?: boolean; limit: number; offset: number },
) {
  const where = and(
    eq(positions.opdId, opdId),
    options.current === undefined
      ? undefined
      : options.current
        ? currentPosition()
        : sql`not (${currentPosition()})`,
  );
  const [items, [counted]] = await Promise.all([
    db
      .select({
        ...getTableColumns(positions),
        person: { id: people.id, fullName: people.fullName, email: people.email, phone: people.phone },
      })
      .from(positions)
      .innerJoin(people, eq(people.id, positions.personId))
      .where(where)
      .orderBy(
        sql`(${currentPosition()}) desc`,
        sql`${positions.endDate} desc nulls first`,
        sql`${positions.startDate} desc nulls last`,
        people.fullName,
        positions.id,
      )
      .limit(options.limit)
      .offset(options.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(positions).where(where),
  ]);
  return {
    items: items.map((r) => presentRow(positions, r)),
    total: Number(counted?.total ?? 0),
    limit: options.limit,
    offset: options.offset,
  };
}
