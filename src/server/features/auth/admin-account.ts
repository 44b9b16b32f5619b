import type { z } from 'zod';
import type { UserRole } from '../../../shared/domain.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { insertRecord } from '../../db/records.ts';
import { roleAssignments } from '../../db/schema/auth.ts';
import { invalid } from '../../errors.ts';
import { hashPassword } from './password.ts';
import { findUserByEmail, insertUser, presentUser, regionsWithRole } from './repository.ts';
import { UserCreate } from './schema.ts';

const PLATFORM_ADMIN: UserRole = 'platform_admin';

/** The first administrator of a deployment: checked by the same rules as an account the API creates. */
export const AdminAccount = UserCreate.pick({ email: true, name: true, password: true });
export type AdminAccount = z.infer<typeof AdminAccount>;

/** Check the input; throws a 400 problem naming every bad field (`email`, `name`, `password`). */
export function parseAdminAccount(input: unknown): AdminAccount {
  const parsed = AdminAccount.safeParse(input);
  if (!parsed.success)
    throw invalid(
      parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', in: 'body', message: i.message })),
    );
  return parsed.data;
}

/**
 * What `ensurePlatformAdmin` did: made a new account, gave an existing one the role, or found it
 * already an administrator. Only a new account gets the name and password; an existing one keeps its own.
 */
export type AdminAccountOutcome = 'created' | 'promoted' | 'unchanged';

async function grantPlatformAdmin(tx: Tx, actor: string, userId: string) {
  await insertRecord({ tx, actor, entity: 'role_assignment', scope: { regionId: null } }, roleAssignments, {
    userId,
    role: PLATFORM_ADMIN,
    regionId: null,
    opdId: null,
  });
}

/**
 * Make sure an account with this address holds the national platform_admin role, in one transaction
 * with its audit entries: the way a deployment without the demo gets its first account.
 */
export async function ensurePlatformAdmin(db: Db, account: AdminAccount, actor: string) {
  const passwordHash = await hashPassword(account.password);
  return db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, account.email);
    if (existing) {
      if ((await regionsWithRole(tx, existing.id, PLATFORM_ADMIN)).length > 0)
        return { outcome: 'unchanged' as AdminAccountOutcome, user: presentUser(existing) };
      await grantPlatformAdmin(tx, actor, existing.id);
      return { outcome: 'promoted' as AdminAccountOutcome, user: presentUser(existing) };
    }
    const user = await insertUser(tx, { email: account.email, name: account.name, passwordHash });
    await recordAudit(tx, {
      actor,
      action: 'create',
      entity: 'user',
      entityId: user.id,
      after: presentUser(user),
    });
    await grantPlatformAdmin(tx, actor, user.id);
    return { outcome: 'created' as AdminAccountOutcome, user: presentUser(user) };
  });
}
