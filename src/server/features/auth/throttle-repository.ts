import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { signInThrottle } from '../../db/schema/auth.ts';

/** The longest remaining lock among the keys, in whole seconds; 0 when none is locked. */
export async function lockRemainingSeconds(db: Db | Tx, keys: string[]): Promise<number> {
  const [row] = await db
    .select({
      seconds: sql<number>`ceil(extract(epoch from max(${signInThrottle.lockedUntil}) - now()))::int`,
    })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, keys), gt(signInThrottle.lockedUntil, sql`now()`)));
  return Number(row?.seconds ?? 0);
}

/**
 * Count one failure against the key and lock it once it reaches `max`. Failures older than the lock
 * window are forgotten first, so a few typos spread over a week never lock anyone. One statement per
 * step, so concurrent failures cannot lose a count.
 */
export async function recordFailure(tx: Tx, key: string, max: number, lockSeconds: number) {
  const window = sql`make_interval(secs => ${lockSeconds})`;
  const [counted] = await tx
    .insert(signInThrottle)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${signInThrottle.lastFailureAt} < now() - ${window} then 1 else ${signInThrottle.failures} + 1 end`,
        lastFailureAt: sql`now()`,
      },
    })
    .returning({ failures: signInThrottle.failures });
  if ((counted?.failures ?? 0) < max) return null;
  const [locked] = await tx
    .update(signInThrottle)
    .set({ failures: 0, lockedUntil: sql`now() + ${window}` })
    .where(eq(signInThrottle.key, key))
    .returning({ lockedUntil: signInThrottle.lockedUntil });
  return locked?.lockedUntil ?? null;
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearFailures(db: Db | Tx, key: string) {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
