import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { ATTENDED_STATUSES } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Scope } from '../../db/records.ts';
import { opdUnits, people } from '../../db/schema/organisation.ts';
import { plans } from '../../db/schema/plan.ts';
import { attendance, workshopPhases, workshopSessions } from '../../db/schema/workshop.ts';

type Executor = Db | Tx;

export interface PlanScope extends Scope {
  planId: string;
  regionId: string;
}

export async function planScope(db: Executor, planId: string): Promise<PlanScope | undefined> {
  const [row] = await db
    .select({ planId: plans.id, regionId: plans.regionId })
    .from(plans)
    .where(eq(plans.id, planId));
  return row;
}

export async function phaseScope(db: Executor, phaseId: string): Promise<PlanScope | undefined> {
  const [row] = await db
    .select({ planId: plans.id, regionId: plans.regionId })
    .from(workshopPhases)
    .innerJoin(plans, eq(plans.id, workshopPhases.planId))
    .where(eq(workshopPhases.id, phaseId));
  return row;
}

export async function sessionScope(db: Executor, sessionId: string): Promise<PlanScope | undefined> {
  const [row] = await db
    .select({ planId: plans.id, regionId: plans.regionId })
    .from(workshopSessions)
    .innerJoin(workshopPhases, eq(workshopPhases.id, workshopSessions.phaseId))
    .innerJoin(plans, eq(plans.id, workshopPhases.planId))
    .where(eq(workshopSessions.id, sessionId));
  return row;
}

/** The region of each given person (absent from the map: no such person). */
export async function peopleRegions(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: people.id, regionId: people.regionId })
    .from(people)
    .where(inArray(people.id, ids));
  return new Map(rows.map((r) => [r.id, r.regionId]));
}

/** The region of each given OPD (absent from the map: no such OPD). */
export async function opdRegions(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: opdUnits.id, regionId: opdUnits.regionId })
    .from(opdUnits)
    .where(inArray(opdUnits.id, ids));
  return new Map(rows.map((r) => [r.id, r.regionId]));
}

/** A session's attendance records, locked when they are about to be replaced. */
export async function sessionAttendance(db: Executor, sessionId: string, lock = false) {
  const query = db
    .select()
    .from(attendance)
    .where(eq(attendance.sessionId, sessionId))
    .orderBy(asc(attendance.createdAt), asc(attendance.id));
  return lock ? query.for('update') : query;
}

const planAttendance = (db: Executor, planId: string) =>
  db
    .select({ opdId: attendance.opdId })
    .from(attendance)
    .innerJoin(workshopSessions, eq(workshopSessions.id, attendance.sessionId))
    .innerJoin(workshopPhases, eq(workshopPhases.id, workshopSessions.phaseId))
    .where(eq(workshopPhases.planId, planId));

/** Phases of the plan with any attendance recorded: the ones that have been held. */
export async function heldPhases(db: Executor, planId: string) {
  const rows = await db
    .selectDistinct({ phase: workshopPhases.phase })
    .from(attendance)
    .innerJoin(workshopSessions, eq(workshopSessions.id, attendance.sessionId))
    .innerJoin(workshopPhases, eq(workshopPhases.id, workshopSessions.phaseId))
    .where(eq(workshopPhases.planId, planId))
    .orderBy(workshopPhases.phase);
  return rows.map((r) => r.phase);
}

/** Who attended (present or late) for which OPD in which phase of the plan, once per phase. */
export async function representatives(db: Executor, planId: string) {
  return db
    .selectDistinct({
      phase: workshopPhases.phase,
      opdId: attendance.opdId,
      personId: people.id,
      fullName: people.fullName,
    })
    .from(attendance)
    .innerJoin(workshopSessions, eq(workshopSessions.id, attendance.sessionId))
    .innerJoin(workshopPhases, eq(workshopPhases.id, workshopSessions.phaseId))
    .innerJoin(people, eq(people.id, attendance.personId))
    .where(and(eq(workshopPhases.planId, planId), inArray(attendance.status, [...ATTENDED_STATUSES])))
    .orderBy(workshopPhases.phase, people.fullName, people.id);
}

/** The OPDs a continuity report covers: the region's active ones and any that took part. */
export async function reportOpds(db: Executor, scope: PlanScope) {
  return db
    .select({ id: opdUnits.id, code: opdUnits.code, name: opdUnits.name, type: opdUnits.type })
    .from(opdUnits)
    .where(
      and(
        eq(opdUnits.regionId, scope.regionId),
        or(eq(opdUnits.active, true), inArray(opdUnits.id, planAttendance(db, scope.planId))),
      ),
    )
    .orderBy(opdUnits.code);
}
