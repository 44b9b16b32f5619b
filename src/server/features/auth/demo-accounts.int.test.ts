import { describe, expect, it } from 'vitest';
import { USER_ROLES } from '../../../shared/domain.ts';
import { useTestApp } from '../../testing/app.ts';
import { createDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsTable } from './demo-accounts.ts';
import { seedRegion, signIn } from './test-fixtures.ts';

describe('demo accounts', () => {
  const t = useTestApp();

  it('creates one account per role that signs in with the demo password, once', async () => {
    expect(await demoAccountsTable(t.database.db)).toBeNull();
    await seedRegion(t.database.db, '12.02', 'Tapanuli Utara');
    await seedRegion(t.database.db, '12.17', 'Samosir');
    await createDemoAccounts(t.database.db);
    await createDemoAccounts(t.database.db);
    const roles = new Set<string>();
    for (const account of DEMO_ACCOUNTS) {
      const cookie = await signIn(t, account.email, DEMO_PASSWORD);
      const me = await t.request({ method: 'GET', url: '/api/session', headers: { cookie } });
      expect(me.body.roles).toHaveLength(account.roles.length);
      for (const r of me.body.roles) roles.add(r.role);
    }
    expect([...roles].sort()).toEqual([...USER_ROLES].sort());
    const table = await demoAccountsTable(t.database.db);
    expect(table).toContain(DEMO_PASSWORD);
    expect(table).toContain('fasilitator@demo.rancang.id');
  });
});
