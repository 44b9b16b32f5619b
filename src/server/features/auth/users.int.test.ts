import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { useTestApp } from '../../testing/app.ts';
import { as, PASSWORD, seedRegion, seedUser, signIn, XHR } from './test-fixtures.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('users and roles', () => {
  const t = useTestApp();
  let taput: { regionId: string; opdId: string };
  let samosir: { regionId: string; opdId: string };
  let ministry: string;
  let reviewer: string;
  let taputAdmin: string;
  let viewer: string;

  beforeAll(async () => {
    taput = await seedRegion(t.database.db, '12.02', 'Tapanuli Utara');
    samosir = await seedRegion(t.database.db, '12.17', 'Samosir');
    await seedUser(t.database.db, 'operator@kemendagri.go.id', [{ role: 'platform_admin' }]);
    await seedUser(t.database.db, 'reviewer@kemendagri.go.id', [{ role: 'ministry_reviewer' }]);
    await seedUser(t.database.db, 'admin@taput.go.id', [{ role: 'regency_admin', regionId: taput.regionId }]);
    await seedUser(t.database.db, 'viewer@taput.go.id', [
      { role: 'leadership_viewer', regionId: taput.regionId },
    ]);
    ministry = await signIn(t, 'operator@kemendagri.go.id');
    reviewer = await signIn(t, 'reviewer@kemendagri.go.id');
    taputAdmin = await signIn(t, 'admin@taput.go.id');
    viewer = await signIn(t, 'viewer@taput.go.id');
  });

  const create = (cookie: string | null, payload: object) =>
    t.anonymous({ method: 'POST', url: '/api/users', headers: cookie ? as(cookie) : XHR, payload });

  it('lets the platform admin create an account with roles, which can then sign in', async () => {
    const res = await create(ministry, {
      email: 'Fasilitator@Example.org',
      name: 'Fasilitator',
      password: 'fasilitator passphrase',
      roles: [
        { role: 'facilitator', regionId: taput.regionId },
        { role: 'facilitator', regionId: samosir.regionId },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'fasilitator@example.org', name: 'Fasilitator' });
    expect(res.body.roles.map((r: { regionId: string }) => r.regionId).sort()).toEqual(
      [taput.regionId, samosir.regionId].sort(),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/passphrase|argon2/);
    const cookie = await signIn(t, 'fasilitator@example.org', 'fasilitator passphrase');
    const me = await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(me.body.roles).toHaveLength(2);
    const [audited] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'user'))
      .orderBy(desc(auditLog.id));
    expect(audited).toMatchObject({ actor: 'operator@kemendagri.go.id', entityId: res.body.id });
  });

  it('refuses bad accounts naming the field, and a duplicate email with 409', async () => {
    const bad = await create(ministry, {
      email: 'not-an-email',
      name: '',
      password: 'short',
      roles: [{ role: 'opd_participant', regionId: taput.regionId }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'email',
      'name',
      'password',
    ]);
    const badRoles = await create(ministry, {
      email: 'participant@taput.go.id',
      name: 'Participant',
      password: PASSWORD,
      roles: [
        { role: 'opd_participant', regionId: taput.regionId },
        { role: 'ministry_reviewer', regionId: taput.regionId },
        { role: 'opd_participant', regionId: taput.regionId, opdId: samosir.opdId },
        { role: 'facilitator', regionId: UNKNOWN },
      ],
    });
    expect(badRoles.status).toBe(400);
    expect(badRoles.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'roles.0.opdId',
      'roles.1.regionId',
      'roles.2.opdId',
      'roles.3.regionId',
    ]);
    const duplicate = await create(ministry, {
      email: 'ADMIN@taput.go.id',
      name: 'Again',
      password: PASSWORD,
    });
    expect(duplicate.status).toBe(409);
    const listed = await t.anonymous({
      method: 'GET',
      url: '/api/users?q=participant',
      headers: { cookie: ministry },
    });
    expect(listed.body.total).toBe(0);
  });

  it('refuses account management to anonymous visitors (401) and to other roles (403)', async () => {
    const payload = { email: 'x@taput.go.id', name: 'X', password: PASSWORD };
    expect((await create(null, payload)).status).toBe(401);
    expect((await create(viewer, payload)).status).toBe(403);
    // The ministry reviewer reads and comments; accounts are the platform admin's.
    expect((await create(reviewer, payload)).status).toBe(403);
    expect((await t.anonymous({ method: 'GET', url: '/api/users' })).status).toBe(401);
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/users', headers: { cookie: viewer } })).status,
    ).toBe(403);
  });

  it('lets a regency admin create accounts in their own region only', async () => {
    const own = await create(taputAdmin, {
      email: 'diskominfo@taput.go.id',
      name: 'Diskominfo',
      password: PASSWORD,
      roles: [{ role: 'opd_participant', regionId: taput.regionId, opdId: taput.opdId }],
    });
    expect(own.status).toBe(201);
    const other = await create(taputAdmin, {
      email: 'bappeda@samosir.go.id',
      name: 'Bappeda Samosir',
      password: PASSWORD,
      roles: [{ role: 'regency_admin', regionId: samosir.regionId }],
    });
    expect(other.status).toBe(403);
    const none = await create(taputAdmin, { email: 'loose@taput.go.id', name: 'Loose', password: PASSWORD });
    expect(none.status).toBe(400);
    expect(none.body.errors).toMatchObject([{ field: 'roles' }]);
  });

  it('lists the accounts an administrator manages, with filters', async () => {
    const all = await t.anonymous({ method: 'GET', url: '/api/users', headers: { cookie: ministry } });
    expect(all.status).toBe(200);
    expect(all.body.items.map((u: { email: string }) => u.email)).toContain('operator@kemendagri.go.id');
    const mine = await t.anonymous({ method: 'GET', url: '/api/users', headers: { cookie: taputAdmin } });
    expect(mine.body.items.map((u: { email: string }) => u.email)).not.toContain('operator@kemendagri.go.id');
    expect(
      mine.body.items.every((u: { roles: { regionId: string }[] }) =>
        u.roles.some((r) => r.regionId === taput.regionId),
      ),
    ).toBe(true);
    const inSamosir = await t.anonymous({
      method: 'GET',
      url: `/api/users?region=${samosir.regionId}&role=facilitator`,
      headers: { cookie: ministry },
    });
    expect(inSamosir.body.items.map((u: { email: string }) => u.email)).toEqual(['fasilitator@example.org']);
    const bad = await t.anonymous({
      method: 'GET',
      url: '/api/users?limit=0&role=mayor',
      headers: { cookie: ministry },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'role']);
  });

  it('resets a password: the old one and every session of the user stop working', async () => {
    const user = await seedUser(t.database.db, 'forgetful@taput.go.id', [
      { role: 'leadership_viewer', regionId: taput.regionId },
    ]);
    const theirs = await signIn(t, 'forgetful@taput.go.id');
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: theirs } })).status,
    ).toBe(200);
    const reset = (cookie: string, id: string, newPassword: string) =>
      t.anonymous({
        method: 'POST',
        url: `/api/users/${id}/password-reset`,
        headers: as(cookie),
        payload: { newPassword },
      });
    const res = await reset(taputAdmin, user.id, 'reset by the admin');
    expect(res.status).toBe(204);
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: theirs } })).status,
    ).toBe(401);
    const old = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'forgetful@taput.go.id', password: PASSWORD },
    });
    expect(old.status).toBe(401);
    await signIn(t, 'forgetful@taput.go.id', 'reset by the admin');

    expect((await reset(taputAdmin, UNKNOWN, 'reset by the admin')).status).toBe(404);
    const short = await reset(taputAdmin, user.id, 'short');
    expect(short.status).toBe(400);
    expect(short.body.errors).toMatchObject([{ field: 'newPassword' }]);
    const operator = (
      await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: ministry } })
    ).body.user;
    expect((await reset(taputAdmin, operator.id, 'not allowed to')).status).toBe(403);
  });

  it('lists, assigns and removes roles', async () => {
    const user = await seedUser(t.database.db, 'roles@taput.go.id', [
      { role: 'facilitator', regionId: taput.regionId },
    ]);
    const theirs = await signIn(t, 'roles@taput.go.id');
    const rolesSeen = async () =>
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: theirs } })).body.roles.map(
        (r: { role: string }) => r.role,
      );
    expect(await rolesSeen()).toEqual(['facilitator']);
    const list = await t.anonymous({
      method: 'GET',
      url: `/api/users/${user.id}/roles`,
      headers: { cookie: taputAdmin },
    });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject([
      { role: 'facilitator', regionId: taput.regionId, opdId: null, version: 1 },
    ]);
    expect(
      (
        await t.anonymous({
          method: 'GET',
          url: `/api/users/${UNKNOWN}/roles`,
          headers: { cookie: taputAdmin },
        })
      ).status,
    ).toBe(404);

    const assign = (payload: object, id = user.id, cookie = taputAdmin) =>
      t.anonymous({ method: 'POST', url: `/api/users/${id}/roles`, headers: as(cookie), payload });
    const added = await assign({ role: 'opd_participant', regionId: taput.regionId, opdId: taput.opdId });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ role: 'opd_participant', opdId: taput.opdId, userId: user.id });
    // The holder's very next request acts with the new role, and without it once removed.
    expect((await rolesSeen()).sort()).toEqual(['facilitator', 'opd_participant']);
    expect(
      (await assign({ role: 'opd_participant', regionId: taput.regionId, opdId: taput.opdId })).status,
    ).toBe(409);
    const bad = await assign({ role: 'leadership_viewer' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toMatchObject([{ field: 'regionId' }]);
    expect((await assign({ role: 'facilitator', regionId: samosir.regionId })).status).toBe(403);
    expect((await assign({ role: 'facilitator', regionId: taput.regionId }, UNKNOWN)).status).toBe(404);

    const remove = (id: string, cookie = taputAdmin) =>
      t.anonymous({ method: 'DELETE', url: `/api/role-assignments/${id}`, headers: as(cookie) });
    expect((await remove(added.body.id)).status).toBe(204);
    expect(await rolesSeen()).toEqual(['facilitator']);
    expect((await remove(added.body.id)).status).toBe(404);
    const national = await assign({ role: 'ministry_reviewer' }, user.id, ministry);
    expect(national.status).toBe(201);
    expect((await remove(national.body.id)).status).toBe(403);
    const after = await t.anonymous({
      method: 'GET',
      url: `/api/users/${user.id}/roles`,
      headers: { cookie: ministry },
    });
    expect(after.body.map((r: { role: string }) => r.role).sort()).toEqual([
      'facilitator',
      'ministry_reviewer',
    ]);
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, added.body.id))
      .orderBy(auditLog.id);
    expect(audited.map((a) => [a.action, a.actor])).toEqual([
      ['create', 'admin@taput.go.id'],
      ['delete', 'admin@taput.go.id'],
    ]);
  });
});
