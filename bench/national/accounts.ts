import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.ts';
import { insertRecord } from '../../src/server/db/records.ts';
import { roleAssignments } from '../../src/server/db/schema/auth.ts';
import { programs } from '../../src/server/db/schema/program.ts';
import { hashPassword } from '../../src/server/features/auth/password.ts';
import { insertUser } from '../../src/server/features/auth/repository.ts';
import type { UserRole } from '../../src/shared/domain.ts';

export const BENCH_PASSWORD = 'rancang-bench-2026';
const ACTOR = 'bench';

/** One workshop participant: an OPD's account and the programme (led by that OPD) it keeps saving. */
export interface Participant {
  email: string;
  programId: string;
}

export interface BenchAccounts {
  /** platform_admin: sees every region (the ministry's view of the comparison). */
  admin: string;
  /** regency_admin of the workshop regency: the one who opens its dashboard. */
  regencyAdmin: string;
  participants: Participant[];
}

/**
 * The accounts the HTTP scenarios sign in with, written straight to the database before the server
 * starts: one hash for all (argon2 takes ~50 ms each), one opd_participant account per OPD leading one of
 * the first `participants` programmes of the workshop plan, each participant owning one programme.
 */
export async function createBenchAccounts(
  db: Db,
  { workshopPlanId, workshopRegionId }: { workshopPlanId: string; workshopRegionId: string },
  participants: number,
): Promise<BenchAccounts> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const owned = await db
    .select({ id: programs.id, leadOpdId: programs.leadOpdId })
    .from(programs)
    .where(eq(programs.planId, workshopPlanId))
    .orderBy(asc(programs.code))
    .limit(participants);
  if (owned.length < participants)
    throw new Error(
      `the workshop plan has ${owned.length} programmes, ${participants} participants need one each`,
    );
  return db.transaction(async (tx) => {
    const account = async (email: string, role: UserRole, regionId: string | null, opdId: string | null) => {
      const user = await insertUser(tx, { email, name: email.split('@')[0] as string, passwordHash });
      await insertRecord(
        { tx, actor: ACTOR, entity: 'role_assignment', scope: { regionId } },
        roleAssignments,
        {
          userId: user.id,
          role,
          regionId,
          opdId,
        },
      );
      return email;
    };
    const admin = await account('admin@bench.rancang.id', 'platform_admin', null, null);
    const regencyAdmin = await account('bappeda@bench.rancang.id', 'regency_admin', workshopRegionId, null);
    const opdAccounts = new Map<string, string>();
    for (const [i, { leadOpdId }] of owned.entries()) {
      if (!opdAccounts.has(leadOpdId))
        opdAccounts.set(
          leadOpdId,
          await account(`opd-${i + 1}@bench.rancang.id`, 'opd_participant', workshopRegionId, leadOpdId),
        );
    }
    return {
      admin,
      regencyAdmin,
      participants: owned.map((p) => ({ email: opdAccounts.get(p.leadOpdId) as string, programId: p.id })),
    };
  });
}
