import { desc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { signInThrottle } from '../../db/schema/auth.ts';
import { useTestApp } from '../../testing/app.ts';
import { as, PASSWORD, seedRegion, seedUser, sessionCookie, signIn, XHR } from './test-fixtures.ts';

describe('sessions', () => {
  const t = useTestApp();
  let regionId: string;

  beforeAll(async () => {
    ({ regionId } = await seedRegion(t.database.db, '12.02', 'Tapanuli Utara'));
    await seedUser(t.database.db, 'admin@taput.go.id', [{ role: 'regency_admin', regionId }]);
    await seedUser(t.database.db, 'staff@taput.go.id', [{ role: 'leadership_viewer', regionId }]);
  });

  const me = (cookie: string) => t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie } });

  afterEach(() => {
    vi.useRealTimers();
  });

  const auditFor = (entity: string) =>
    t.database.db.select().from(auditLog).where(eq(auditLog.entity, entity)).orderBy(desc(auditLog.id));

  it('signs in with a cookie that is HttpOnly and SameSite, and tells who is signed in with roles', async () => {
    const res = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'Admin@Taput.go.id', password: PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe('admin@taput.go.id');
    expect(res.body.roles).toMatchObject([{ role: 'regency_admin', regionId }]);
    const setCookie = [res.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/rancang\.session_token=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=604800/i);

    const cookie = sessionCookie(res.headers) as string;
    const me = await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'admin@taput.go.id' });
    expect(me.body.roles.map((r: { role: string }) => r.role)).toEqual(['regency_admin']);
    expect(new Date(me.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const [audited] = await auditFor('session');
    expect(audited).toMatchObject({ actor: 'admin@taput.go.id', action: 'create' });
    expect(JSON.stringify(audited?.after)).not.toContain(PASSWORD);
  });

  it('tells who is signed in as they are now: a name changed by another writer shows at once', async () => {
    const cookie = await signIn(t, 'staff@taput.go.id');
    expect((await me(cookie)).body.user.name).not.toBe('Staf Diskominfo');
    await t.database.db.execute(
      sql`update users set name = 'Staf Diskominfo' where email = 'staff@taput.go.id'`,
    );
    expect((await me(cookie)).body.user.name).toBe('Staf Diskominfo');
  });

  it('answers 401 problem+json to who-am-I without a session, and to a forged cookie', async () => {
    for (const headers of [{}, { cookie: 'rancang.session_token=forged.value' }]) {
      const res = await t.anonymous({ method: 'GET', url: '/api/session', headers });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('refuses a wrong password or an unknown email with the same 401, and audits the failure', async () => {
    const wrong = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'staff@taput.go.id', password: 'not the password' },
    });
    const unknown = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'nobody@taput.go.id', password: 'whatever it is' },
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toBe('The email or the password is wrong');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const failures = await auditFor('sign_in_failure');
    expect(failures.map((f) => f.actor)).toEqual(['nobody@taput.go.id', 'staff@taput.go.id']);
    expect(JSON.stringify(failures)).not.toContain('not the password');
  });

  it('refuses bad sign-in input naming the field', async () => {
    const res = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'not-an-email', password: '', remember: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'email',
      'password',
      'remember',
    ]);
  });

  it('locks an account after 5 failures: 429 with Retry-After, even for the right password, until the lock ends', async () => {
    await seedUser(t.database.db, 'locked@taput.go.id', [{ role: 'facilitator', regionId }]);
    const attempt = (password: string) =>
      t.anonymous({
        method: 'POST',
        url: '/api/session',
        headers: XHR,
        payload: { email: 'locked@taput.go.id', password },
      });
    for (let i = 0; i < 4; i++) expect((await attempt(`wrong guess ${i}`)).status).toBe(401);
    const fifth = await attempt('wrong guess 5');
    expect(fifth.status).toBe(429);
    expect(fifth.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(fifth.headers['retry-after'])).toBe(15 * 60);

    const right = await attempt(PASSWORD);
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(right.headers['set-cookie']).toBeUndefined();
    const [lock] = await auditFor('sign_in_lock');
    expect(lock).toMatchObject({ actor: 'locked@taput.go.id', entityId: 'email:locked@taput.go.id' });

    // Other accounts from the same address are unaffected.
    expect(
      (
        await t.anonymous({
          method: 'POST',
          url: '/api/session',
          headers: XHR,
          payload: { email: 'staff@taput.go.id', password: PASSWORD },
        })
      ).status,
    ).toBe(200);

    // The lock ends by itself.
    await t.database.db
      .update(signInThrottle)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(signInThrottle.key, 'email:locked@taput.go.id'));
    expect((await attempt(PASSWORD)).status).toBe(200);
    const [row] = await t.database.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, 'email:locked@taput.go.id'));
    expect(row).toBeUndefined();
  });

  it('refuses a cookie-authenticated write without a same-site Origin or X-Requested-With (403)', async () => {
    const cookie = await signIn(t, 'admin@taput.go.id');
    const rename = { url: `/api/regions/${regionId}`, method: 'PATCH' as const, payload: { name: 'Taput' } };
    const bare = await t.anonymous({ ...rename, headers: { cookie } });
    expect(bare.status).toBe(403);
    expect(bare.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bare.body.title).toBe('Cross-site request refused');
    const evil = await t.anonymous({ ...rename, headers: { ...as(cookie), origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    const signInWithoutHeader = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'admin@taput.go.id', password: PASSWORD },
    });
    expect(signInWithoutHeader.status).toBe(403);
    const region = await t.anonymous({ method: 'GET', url: `/api/regions/${regionId}` });
    expect(region.body.name).toBe('Tapanuli Utara');

    const sameSite = await t.anonymous({
      ...rename,
      headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' },
    });
    expect(sameSite.status).toBe(200);
    expect(sameSite.body).toMatchObject({ name: 'Taput' });
  });

  it('records the signed-in user as the actor of their writes, and refuses anonymous writes', async () => {
    const cookie = await signIn(t, 'admin@taput.go.id');
    const created = await t.anonymous({
      method: 'POST',
      url: `/api/regions/${regionId}/kecamatan`,
      headers: as(cookie),
      payload: { code: '12.02.01', name: 'Tarutung' },
    });
    expect(created.status).toBe(201);
    const anonymous = await t.anonymous({
      method: 'POST',
      url: `/api/regions/${regionId}/kecamatan`,
      headers: XHR,
      payload: { code: '12.02.02', name: 'Siatas Barita' },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.detail).toBe('Sign in first');
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'kecamatan'));
    expect(entries.map((e) => [e.entityId, e.actor])).toEqual([[created.body.id, 'admin@taput.go.id']]);
  });

  it('signs out this browser only', async () => {
    const first = await signIn(t, 'staff@taput.go.id');
    const second = await signIn(t, 'staff@taput.go.id');
    // Read once, so the session is resolved (and kept) before it ends.
    expect((await me(first)).status).toBe(200);
    const res = await t.anonymous({ method: 'DELETE', url: '/api/session', headers: as(first) });
    expect(res.status).toBe(204);
    expect([res.headers['set-cookie']].flat().join()).toMatch(/rancang\.session_token=;.*Max-Age=0/i);
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: first } })).status,
    ).toBe(401);
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: second } })).status,
    ).toBe(200);
    const anonymous = await t.anonymous({ method: 'DELETE', url: '/api/session', headers: XHR });
    expect(anonymous.status).toBe(401);
  });

  it('signs out everywhere: every session of the user ends, not those of others', async () => {
    const here = await signIn(t, 'staff@taput.go.id');
    const elsewhere = await signIn(t, 'staff@taput.go.id');
    const someoneElse = await signIn(t, 'admin@taput.go.id');
    for (const cookie of [here, elsewhere, someoneElse]) expect((await me(cookie)).status).toBe(200);
    const res = await t.anonymous({ method: 'POST', url: '/api/session/revoke-all', headers: as(here) });
    expect(res.status).toBe(204);
    for (const cookie of [here, elsewhere])
      expect((await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie } })).status).toBe(
        401,
      );
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: someoneElse } })).status,
    ).toBe(200);
    const anonymous = await t.anonymous({ method: 'POST', url: '/api/session/revoke-all', headers: XHR });
    expect(anonymous.status).toBe(401);
  });

  it('changes one’s own password only with the current one, and ends the other sessions', async () => {
    await seedUser(t.database.db, 'changer@taput.go.id', [{ role: 'leadership_viewer', regionId }]);
    const here = await signIn(t, 'changer@taput.go.id');
    const elsewhere = await signIn(t, 'changer@taput.go.id');
    expect((await me(elsewhere)).status).toBe(200);
    const change = (cookie: string, payload: object) =>
      t.anonymous({ method: 'POST', url: '/api/account/password', headers: as(cookie), payload });

    const wrong = await change(here, {
      currentPassword: 'not my password',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toMatchObject([{ field: 'currentPassword' }]);
    const short = await change(here, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toMatchObject([{ field: 'newPassword' }]);
    const anonymous = await t.anonymous({
      method: 'POST',
      url: '/api/account/password',
      headers: XHR,
      payload: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(anonymous.status).toBe(401);

    const ok = await change(here, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(ok.status).toBe(204);
    const renewed = sessionCookie(ok.headers) as string;
    expect(renewed).toBeDefined();
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: elsewhere } })).status,
    ).toBe(401);
    expect(
      (await t.anonymous({ method: 'GET', url: '/api/session', headers: { cookie: renewed } })).status,
    ).toBe(200);
    const old = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'changer@taput.go.id', password: PASSWORD },
    });
    expect(old.status).toBe(401);
    await signIn(t, 'changer@taput.go.id', 'a brand new passphrase');
    const [audited] = await auditFor('password');
    expect(audited).toMatchObject({ actor: 'changer@taput.go.id', action: 'update' });
    expect(JSON.stringify(audited)).not.toContain('brand new');
  });

  it('ends a session at its expiry and renews one used a day after its last renewal, even between writes', async () => {
    const cookie = await signIn(t, 'staff@taput.go.id');
    const first = await me(cookie);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']).toBeUndefined();
    const expiresAt = new Date(first.body.expiresAt).getTime();

    // Only the clock moves (no write): a day later the next request renews the session and its cookie.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 25 * 3_600_000 });
    const renewed = await me(cookie);
    expect(renewed.status).toBe(200);
    expect(sessionCookie(renewed.headers)).toBe(cookie);
    expect([renewed.headers['set-cookie']].flat().join()).toMatch(/Max-Age=604800/i);
    expect(new Date(renewed.body.expiresAt).getTime()).toBeGreaterThan(expiresAt);
    expect((await me(cookie)).headers['set-cookie']).toBeUndefined();

    // Unused past its expiry, it is refused, and the stale cookie cleared.
    vi.setSystemTime(new Date(renewed.body.expiresAt).getTime() + 1000);
    const expired = await me(cookie);
    expect(expired.status).toBe(401);
    expect([expired.headers['set-cookie']].flat().join()).toMatch(/rancang\.session_token=;.*Max-Age=0/i);
  });
});
