import { expect } from 'vitest';
import type { UserRole } from '../../../shared/domain.ts';
import type { Db } from '../../db/client.ts';
import { roleAssignments } from '../../db/schema/auth.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { regions } from '../../db/schema/region.ts';
import type { TestContext } from '../../testing/app.ts';
import { hashPassword } from './password.ts';
import { insertUser } from './repository.ts';

export const PASSWORD = 'correct horse battery';
/** What a same-site fetch of the web app sends; see session-plugin.ts. */
export const XHR = { 'x-requested-with': 'fetch' };

export async function seedRegion(db: Db, code: string, name: string) {
  const [region] = await db
    .insert(regions)
    .values({ code, name, kind: 'kabupaten', province: 'Sumatera Utara' })
    .returning();
  const [opd] = await db
    .insert(opdUnits)
    .values({ regionId: region?.id as string, code: 'DISKOMINFO', name: 'Diskominfo', type: 'office' })
    .returning();
  return { regionId: region?.id as string, opdId: opd?.id as string };
}

/** A user written straight to the database: the first administrator has nobody to create them. */
export async function seedUser(
  db: Db,
  email: string,
  roles: { role: UserRole; regionId?: string | null; opdId?: string | null }[] = [],
  password = PASSWORD,
) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, { email, name: email.split('@')[0] as string, passwordHash });
    for (const r of roles)
      await tx
        .insert(roleAssignments)
        .values({ userId: user.id, role: r.role, regionId: r.regionId ?? null, opdId: r.opdId ?? null });
    return user;
  });
}

/** The session cookie a Set-Cookie header list sets, as a Cookie request header. */
export function sessionCookie(headers: Record<string, unknown>) {
  const cookies = [headers['set-cookie'] ?? []].flat() as string[];
  const session = cookies.find((c) => c.startsWith('rancang.session_token='));
  return session?.split(';')[0];
}

export async function signIn(t: TestContext, email: string, password = PASSWORD) {
  const res = await t.request({
    method: 'POST',
    url: '/api/session',
    headers: XHR,
    payload: { email, password },
  });
  expect(res.status).toBe(200);
  const cookie = sessionCookie(res.headers);
  expect(cookie).toBeDefined();
  return cookie as string;
}

/** Headers of a signed-in same-site write. */
export const as = (cookie: string) => ({ cookie, ...XHR });
