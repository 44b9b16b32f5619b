import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, missions, pillars, plans } from '../../db/schema/plan.ts';
import { programProgress, programs } from '../../db/schema/program.ts';
import { kecamatan } from '../../db/schema/region.ts';

/** The lookups the programme rules and the code generator need. */

type Executor = Db | Tx;

/** The highest number among the plan's codes shaped `<prefix>-<digits>`, 0 when there is none. */
export async function highestCodeNumber(tx: Tx, planId: string, prefix: string) {
  const pattern = `^${prefix}-([0-9]+)$`;
  const [row] = await tx
    .select({
      highest: sql<number>`coalesce(max(substring(${programs.code} from ${pattern})::int), 0)::int`,
    })
    .from(programs)
    .where(and(eq(programs.planId, planId), sql`${programs.code} ~ ${pattern}`));
  return Number(row?.highest ?? 0);
}

export interface PlanFrame {
  id: string;
  regionId: string;
  periodStart: number;
  periodEnd: number;
}

export async function findPlanFrame(db: Executor, planId: string, lock = false) {
  const query = db
    .select({
      id: plans.id,
      regionId: plans.regionId,
      periodStart: plans.periodStart,
      periodEnd: plans.periodEnd,
    })
    .from(plans)
    .where(eq(plans.id, planId));
  const [plan] = lock ? await query.for('update') : await query;
  return plan as PlanFrame | undefined;
}

export async function pillarOfPlan(db: Executor, pillarId: string, planId: string) {
  const [pillar] = await db
    .select({ id: pillars.id, key: pillars.key })
    .from(pillars)
    .where(and(eq(pillars.id, pillarId), eq(pillars.planId, planId)));
  return pillar;
}

export async function elementPillar(db: Executor, elementId: string) {
  const [element] = await db
    .select({ pillarId: elements.pillarId })
    .from(elements)
    .where(eq(elements.id, elementId));
  return element?.pillarId;
}

/** Which of the given OPD ids belong to the region. */
export async function opdsOfRegion(db: Executor, ids: string[], regionId: string) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: opdUnits.id })
    .from(opdUnits)
    .where(and(inArray(opdUnits.id, ids), eq(opdUnits.regionId, regionId)));
  return new Set(rows.map((r) => r.id));
}

/** Which of the given kecamatan ids belong to the region. */
export async function kecamatanOfRegion(db: Executor, ids: string[], regionId: string) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: kecamatan.id })
    .from(kecamatan)
    .where(and(inArray(kecamatan.id, ids), eq(kecamatan.regionId, regionId)));
  return new Set(rows.map((r) => r.id));
}

export async function missionOfPlan(db: Executor, missionId: string, planId: string) {
  const [mission] = await db
    .select({ id: missions.id })
    .from(missions)
    .where(and(eq(missions.id, missionId), eq(missions.planId, planId)));
  return Boolean(mission);
}

/** The years the programme's progress reports cover, to keep them inside its years. */
export async function progressYears(db: Executor, programId: string) {
  const rows = await db
    .selectDistinct({ year: programProgress.year })
    .from(programProgress)
    .where(eq(programProgress.programId, programId))
    .orderBy(programProgress.year);
  return rows.map((r) => r.year);
}

/** Whether a programme of the plan (other than `exceptId`, the one being written) has this code. */
export async function codeTaken(db: Executor, planId: string, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(
      and(
        eq(programs.planId, planId),
        eq(programs.code, code),
        exceptId === undefined ? undefined : ne(programs.id, exceptId),
      ),
    );
  return Boolean(row);
}

/** A programme's plan, region and years: what its progress reports are checked and audited against. */
export async function programFrame(db: Executor, programId: string) {
  const [frame] = await db
    .select({
      planId: programs.planId,
      regionId: plans.regionId,
      startYear: programs.startYear,
      endYear: programs.endYear,
    })
    .from(programs)
    .innerJoin(plans, eq(plans.id, programs.planId))
    .where(eq(programs.id, programId));
  return frame;
}
