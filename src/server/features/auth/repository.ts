import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { UserRole } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow, type Row } from '../../db/records.ts';
import { accounts, roleAssignments, sessions, users } from '../../db/schema/auth.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { regions } from '../../db/schema/region.ts';
import type { UserFilters } from './schema.ts';

type Executor = Db | Tx;
type UserRow = typeof users.$inferSelect;

export const CREDENTIAL_PROVIDER = 'credential';

export const presentUser = (u: Pick<UserRow, 'id' | 'email' | 'name'>) => ({
  id: u.id,
  email: u.email,
  name: u.name,
});

export async function findUser(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The user with this address; `email` must already be lower-cased, as addresses are stored. */
export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function rolesOf(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .select()
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.createdAt), asc(roleAssignments.id));
  return rows.map((r) => presentRow(roleAssignments, r as Row) as typeof r);
}

/** The roles a user holds, for the authorisation of each request. */
export function rolesHeld(db: Executor, userId: string) {
  return db
    .select({ role: roleAssignments.role, regionId: roleAssignments.regionId, opdId: roleAssignments.opdId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
}

/** Regions where the user holds the role; `null` region rows (ministry) come back as null. */
export async function regionsWithRole(db: Executor, userId: string, role: UserRole) {
  const rows = await db
    .select({ regionId: roleAssignments.regionId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.role, role)));
  return rows.map((r) => r.regionId);
}

/** `withinRegions`: only users holding a role in one of them (never empty); null: everyone. */
export async function listUsers(db: Executor, filters: UserFilters, withinRegions: string[] | null) {
  const holds = (condition: SQL) =>
    sql`exists (select 1 from ${roleAssignments} where ${roleAssignments.userId} = ${users.id} and ${condition})`;
  const where = and(
    withinRegions ? holds(inArray(roleAssignments.regionId, withinRegions)) : undefined,
    filters.region ? holds(eq(roleAssignments.regionId, filters.region)) : undefined,
    filters.role ? holds(eq(roleAssignments.role, filters.role)) : undefined,
    filters.q ? or(ilike(users.name, `%${filters.q}%`), ilike(users.email, `%${filters.q}%`)) : undefined,
  );
  const [items, [counted]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.email))
      .limit(filters.limit)
      .offset(filters.offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total: Number(counted?.total ?? 0) };
}

export async function insertUser(tx: Tx, values: { email: string; name: string; passwordHash: string }) {
  const [user] = await tx.insert(users).values({ email: values.email, name: values.name }).returning();
  if (!user) throw new Error('insert into users returned nothing');
  // better-auth finds the password on the user's `credential` account whose accountId is the user id.
  await tx.insert(accounts).values({
    userId: user.id,
    accountId: user.id,
    providerId: CREDENTIAL_PROVIDER,
    password: values.passwordHash,
  });
  return user;
}

export async function setPasswordHash(tx: Tx, userId: string, passwordHash: string) {
  const updated = await tx
    .update(accounts)
    .set({ password: passwordHash, updatedAt: new Date() })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)))
    .returning({ id: accounts.id });
  if (updated.length === 0)
    await tx.insert(accounts).values({
      userId,
      accountId: userId,
      providerId: CREDENTIAL_PROVIDER,
      password: passwordHash,
    });
}

/** Sign the user out everywhere: every session row goes, so every cookie stops working. */
export async function deleteSessionsOf(tx: Tx, userId: string) {
  const removed = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return removed.length;
}

export async function regionExists(db: Executor, id: string) {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, id));
  return Boolean(row);
}

export async function opdRegionOf(db: Executor, opdId: string) {
  const [row] = await db.select({ regionId: opdUnits.regionId }).from(opdUnits).where(eq(opdUnits.id, opdId));
  return row?.regionId ?? null;
}
