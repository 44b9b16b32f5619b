import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { openFromEnv } from '../db/open.ts';
import { auditLog } from '../db/schema/audit.ts';
import { roleAssignments, users } from '../db/schema/auth.ts';
import { readEnv } from '../env.ts';
import { sessionCookie, XHR } from '../features/auth/test-fixtures.ts';
import { CATALOG_ENTITY } from '../features/indicators/repository.ts';
import { cliDatabase, rancang } from './cli-harness.ts';

const PASSWORD = 'a long first passphrase';

describe('rancang create-admin', () => {
  let dir: string;
  let target: Awaited<ReturnType<typeof cliDatabase>>;
  const createAdmin = (password: string | undefined, ...args: string[]) =>
    rancang({ ...target.env, RANCANG_ADMIN_PASSWORD: password }, 'create-admin', ...args);

  /** Open the database the command wrote (no child is running then) and serve the API on it. */
  async function withApp<T>(work: (app: FastifyInstance, database: Database) => Promise<T>) {
    const database = await openFromEnv(readEnv(target.env));
    const app = await buildApp({ database });
    try {
      await app.ready();
      return await work(app, database);
    } finally {
      await app.close();
      await database.close();
    }
  }

  async function signIn(app: FastifyInstance, email: string, password: string) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email, password },
    });
    return { status: res.statusCode, cookie: sessionCookie(res.headers) as string, body: res.json() };
  }

  const usersIn = (database: Database) => database.db.select({ email: users.email }).from(users);
  /** The audit log without the starter catalogue that `rancang migrate` added before the tests. */
  const auditOfAccounts = (database: Database) =>
    database.db.select().from(auditLog).where(ne(auditLog.entity, CATALOG_ENTITY)).orderBy(auditLog.id);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rancang-create-admin-'));
    target = await cliDatabase(join(dir, 'data'));
    const migrated = await rancang(target.env, 'migrate');
    expect(migrated.code).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to run without RANCANG_ADMIN_PASSWORD, or with bad input, naming each field and writing nothing', async () => {
    const unset = await createAdmin(undefined, 'admin@kominfo.go.id', '--name', 'Admin Kementerian');
    expect(unset.code).toBe(1);
    expect(unset.stdout).toBe('');
    expect(unset.stderr).toMatch(/^Error: Invalid input:\n {2}RANCANG_ADMIN_PASSWORD: is not set/);
    const empty = await createAdmin('', 'admin@kominfo.go.id', '--name', 'Admin Kementerian');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('RANCANG_ADMIN_PASSWORD: is not set');

    const short = await createAdmin('short', 'admin@kominfo.go.id', '--name', 'Admin Kementerian');
    expect(short.code).toBe(1);
    expect(short.stderr).toBe(
      'Error: Invalid input:\n  RANCANG_ADMIN_PASSWORD: must be at least 10 characters\n',
    );

    const badEmail = await createAdmin(PASSWORD, 'admin-at-kominfo', '--name', '  ');
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toMatch(/^ {2}email: /m);
    expect(badEmail.stderr).toMatch(/^ {2}--name: /m);
    expect(badEmail.stderr).not.toContain('RANCANG_ADMIN_PASSWORD');

    const noName = await createAdmin(PASSWORD, 'admin@kominfo.go.id');
    expect(noName.code).toBe(1);
    expect(noName.stderr).toContain("required option '--name <full name>' not specified");

    await withApp(async (_app, database) => {
      expect(await usersIn(database)).toEqual([]);
      expect(await auditOfAccounts(database)).toEqual([]);
    });
  }, 60_000);

  it('creates a platform admin who signs in through the API, audited without the password', async () => {
    const run = await createAdmin(PASSWORD, 'Admin@Kominfo.go.id', '--name', 'Admin Kementerian');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Created the platform admin account admin@kominfo\.go\.id in the /);
    expect(run.stdout).toMatch(
      /admin@kominfo\.go\.id \(Admin Kementerian\) can now sign in as platform admin at http/,
    );

    await withApp(async (app, database) => {
      const signedIn = await signIn(app, 'admin@kominfo.go.id', PASSWORD);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user).toMatchObject({ email: 'admin@kominfo.go.id', name: 'Admin Kementerian' });
      expect(signedIn.body.roles).toEqual([
        expect.objectContaining({ role: 'platform_admin', regionId: null, opdId: null }),
      ]);
      // The platform admin may do what only a platform admin may: list every account.
      const listed = await app.inject({
        method: 'GET',
        url: '/api/users',
        headers: { cookie: signedIn.cookie },
      });
      expect(listed.statusCode).toBe(200);
      expect((await signIn(app, 'admin@kominfo.go.id', 'not the passphrase')).status).toBe(401);

      const audit = await auditOfAccounts(database);
      // Sign-ins are audited too; the command wrote the account and its role.
      expect(audit.filter((a) => a.actor === 'cli').map((a) => [a.action, a.entity])).toEqual([
        ['create', 'user'],
        ['create', 'role_assignment'],
      ]);
      expect(JSON.stringify(audit)).not.toContain(PASSWORD);
      expect(JSON.stringify(audit)).not.toContain('argon2');
    });
  }, 60_000);

  it('says so when run again, and leaves the account as it was', async () => {
    const again = await createAdmin('another passphrase', 'admin@kominfo.go.id', '--name', 'Someone Else');
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^admin@kominfo\.go\.id is already a platform admin in the .*: nothing was changed/,
    );

    await withApp(async (app, database) => {
      const signedIn = await signIn(app, 'admin@kominfo.go.id', PASSWORD);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user.name).toBe('Admin Kementerian');
      expect(signedIn.body.roles).toHaveLength(1);
      expect((await auditOfAccounts(database)).filter((a) => a.actor === 'cli')).toHaveLength(2);
    });
  }, 60_000);

  it('gives an existing account without the role the platform_admin role, audited', async () => {
    const created = await withApp(async (app) => {
      const { cookie } = await signIn(app, 'admin@kominfo.go.id', PASSWORD);
      const res = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { ...XHR, cookie },
        payload: { email: 'kedua@kominfo.go.id', name: 'Admin Kedua', password: 'her own passphrase' },
      });
      expect(res.statusCode).toBe(201);
      return res.json();
    });
    expect(created.roles).toEqual([]);

    const run = await createAdmin(PASSWORD, 'kedua@kominfo.go.id', '--name', 'Ignored Name');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Gave the existing account kedua@kominfo\.go\.id the platform_admin role in the .*; its name and password are unchanged\.\n/,
    );

    await withApp(async (app, database) => {
      const signedIn = await signIn(app, 'kedua@kominfo.go.id', 'her own passphrase');
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user.name).toBe('Admin Kedua');
      expect(signedIn.body.roles).toEqual([
        expect.objectContaining({ role: 'platform_admin', regionId: null }),
      ]);
      const roleRows = await database.db
        .select()
        .from(roleAssignments)
        .where(eq(roleAssignments.userId, created.id));
      const [audit] = await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, roleRows[0]?.id as string));
      expect(audit).toMatchObject({ actor: 'cli', action: 'create', entity: 'role_assignment' });
    });
  }, 60_000);
});
