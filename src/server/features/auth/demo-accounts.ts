import { and, eq, inArray } from 'drizzle-orm';
import type { UserRole } from '../../../shared/domain.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { insertRecord } from '../../db/records.ts';
import { roleAssignments, users } from '../../db/schema/auth.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { regions } from '../../db/schema/region.ts';
import { hashPassword } from './password.ts';
import { insertUser, presentUser } from './repository.ts';

/** The one password of every demo account: the demo is for trying out, never for real data. */
export const DEMO_PASSWORD = 'rancang-demo-2026';
const ACTOR = 'demo';
const TAPUT = '12.02';
const SAMOSIR = '12.17';

interface DemoAccount {
  email: string;
  name: string;
  roles: { role: UserRole; region: string | null; opd?: string }[];
}

/** One account per role around Tapanuli Utara. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'platform@demo.rancang.id',
    name: 'Admin Platform Kementerian',
    roles: [{ role: 'platform_admin', region: null }],
  },
  {
    email: 'reviewer@demo.rancang.id',
    name: 'Reviewer Kementerian',
    roles: [{ role: 'ministry_reviewer', region: null }],
  },
  {
    email: 'admin.taput@demo.rancang.id',
    name: 'Admin Bappeda Tapanuli Utara',
    roles: [{ role: 'regency_admin', region: TAPUT }],
  },
  {
    email: 'fasilitator@demo.rancang.id',
    name: 'Fasilitator Danau Toba',
    roles: [
      { role: 'facilitator', region: TAPUT },
      { role: 'facilitator', region: SAMOSIR },
    ],
  },
  {
    email: 'diskominfo.taput@demo.rancang.id',
    name: 'Peserta Diskominfo Tapanuli Utara',
    roles: [{ role: 'opd_participant', region: TAPUT, opd: 'DISKOMINFO' }],
  },
  {
    email: 'pimpinan.taput@demo.rancang.id',
    name: 'Pimpinan Tapanuli Utara',
    roles: [{ role: 'leadership_viewer', region: TAPUT }],
  },
];

async function regionIdOf(tx: Tx, code: string) {
  const [row] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.code, code));
  if (!row) throw new Error(`the demo region ${code} is not loaded`);
  return row.id;
}

async function opdIdOf(tx: Tx, regionId: string, code: string) {
  const [row] = await tx
    .select({ id: opdUnits.id })
    .from(opdUnits)
    .where(and(eq(opdUnits.regionId, regionId), eq(opdUnits.code, code)));
  if (!row) throw new Error(`the demo OPD ${code} is not loaded`);
  return row.id;
}

/**
 * Create the demo accounts (after the demo regions are loaded), in one transaction; accounts that
 * already exist are left as they are.
 */
export async function createDemoAccounts(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const account of DEMO_ACCOUNTS) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, account.email));
      if (existing) continue;
      const user = await insertUser(tx, { email: account.email, name: account.name, passwordHash });
      await recordAudit(tx, {
        actor: ACTOR,
        action: 'create',
        entity: 'user',
        entityId: user.id,
        after: presentUser(user),
      });
      for (const role of account.roles) {
        const regionId = role.region ? await regionIdOf(tx, role.region) : null;
        const opdId = role.opd && regionId ? await opdIdOf(tx, regionId, role.opd) : null;
        await insertRecord(
          { tx, actor: ACTOR, entity: 'role_assignment', scope: { regionId } },
          roleAssignments,
          { userId: user.id, role: role.role, regionId, opdId },
        );
      }
    }
  });
}

/** The demo accounts present in the database, as a short table for the start-up banner; null if none. */
export async function demoAccountsTable(db: Db): Promise<string | null> {
  const present = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    );
  const emails = new Set(present.map((p) => p.email));
  const rows = DEMO_ACCOUNTS.filter((a) => emails.has(a.email)).map((a) => [
    a.email,
    a.roles.map((r) => `${r.role}${r.region ? ` ${r.region}` : ''}${r.opd ? ` ${r.opd}` : ''}`).join(', '),
  ]);
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map(([email]) => (email as string).length));
  return [
    `Demo accounts (password: ${DEMO_PASSWORD}, unless changed since):`,
    ...rows.map(([email, roles]) => `  ${(email as string).padEnd(width)}  ${roles}`),
  ].join('\n');
}
