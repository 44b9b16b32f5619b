import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
import { programReviews } from '../../db/schema/program.ts';

type NewReview = Omit<typeof programReviews.$inferInsert, 'id' | 'createdAt'>;

export async function insertReview(tx: Tx, values: NewReview) {
  const [row] = await tx.insert(programReviews).values(values).returning();
  if (!row) throw new Error('insert into program_reviews returned nothing');
  return presentRow(programReviews, row);
}

/** A programme's reviews, oldest first, as the conversation went. */
export async function listReviews(db: Db | Tx, programId: string, limit: number, offset: number) {
  const where = eq(programReviews.programId, programId);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(programReviews)
      .where(where)
      .orderBy(asc(programReviews.createdAt), asc(programReviews.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(programReviews).where(where),
  ]);
  return {
    items: rows.map((r) => presentRow(programReviews, r)),
    total: Number(counted?.total ?? 0),
    limit,
    offset,
  };
}
