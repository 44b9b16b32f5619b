import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { opdUnits, people } from '../../db/schema/organisation.ts';
import { elements, goals, missions, pillars, strategies } from '../../db/schema/plan.ts';
import { kecamatan, regions } from '../../db/schema/region.ts';
import { attendance, workshopPhases, workshopSessions } from '../../db/schema/workshop.ts';

/**
 * The reads the document needs that no other feature offers as a whole list (the resources page them):
 * everything of one plan and its region, in the order the document prints it. The rest comes through
 * the repositories and services of plans, plan content, programmes, indicators and workshops.
 */

/** Codes compare byte-wise, so that PGlite and PostgreSQL (whatever its locale) list them alike. */
const byCode = (column: typeof opdUnits.code | typeof kecamatan.code) => sql`${column} collate "C"`;

export async function regionOf(tx: Tx, regionId: string) {
  const [row] = await tx.select().from(regions).where(eq(regions.id, regionId));
  return row;
}

export const kecamatanOf = (tx: Tx, regionId: string) =>
  tx.select().from(kecamatan).where(eq(kecamatan.regionId, regionId)).orderBy(byCode(kecamatan.code));

export const opdsOf = (tx: Tx, regionId: string) =>
  tx
    .select({
      id: opdUnits.id,
      code: opdUnits.code,
      name: opdUnits.name,
      type: opdUnits.type,
      active: opdUnits.active,
    })
    .from(opdUnits)
    .where(eq(opdUnits.regionId, regionId))
    .orderBy(byCode(opdUnits.code));

export const missionsOf = (tx: Tx, planId: string) =>
  tx.select().from(missions).where(eq(missions.planId, planId)).orderBy(asc(missions.ordinal));

export const goalsOf = (tx: Tx, planId: string) =>
  tx.select().from(goals).where(eq(goals.planId, planId)).orderBy(asc(goals.ordinal));

export const strategiesOf = (tx: Tx, planId: string) =>
  tx
    .select({
      id: strategies.id,
      pillarId: strategies.pillarId,
      ordinal: strategies.ordinal,
      text: strategies.text,
    })
    .from(strategies)
    .innerJoin(pillars, eq(pillars.id, strategies.pillarId))
    .where(eq(strategies.planId, planId))
    .orderBy(asc(pillars.ordinal), asc(strategies.ordinal));

export const elementsOf = (tx: Tx, planId: string) =>
  tx
    .select({
      id: elements.id,
      pillarId: elements.pillarId,
      key: elements.key,
      nameId: elements.nameId,
      nameEn: elements.nameEn,
    })
    .from(elements)
    .innerJoin(pillars, eq(pillars.id, elements.pillarId))
    .where(eq(elements.planId, planId))
    .orderBy(asc(pillars.ordinal), asc(elements.ordinal), asc(elements.key));

export const phasesOf = (tx: Tx, planId: string) =>
  tx
    .select()
    .from(workshopPhases)
    .where(eq(workshopPhases.planId, planId))
    .orderBy(asc(workshopPhases.phase));

export const sessionsOf = (tx: Tx, planId: string) =>
  tx
    .select({
      id: workshopSessions.id,
      phaseId: workshopSessions.phaseId,
      ordinal: workshopSessions.ordinal,
      title: workshopSessions.title,
      startsAt: workshopSessions.startsAt,
      facilitator: workshopSessions.facilitator,
    })
    .from(workshopSessions)
    .innerJoin(workshopPhases, eq(workshopPhases.id, workshopSessions.phaseId))
    .where(eq(workshopPhases.planId, planId))
    .orderBy(asc(workshopPhases.phase), asc(workshopSessions.ordinal));

/** Every attendance record of the plan's workshops with the person's name and the OPD they came for. */
export const attendanceOf = (tx: Tx, planId: string) =>
  tx
    .select({
      phaseId: workshopSessions.phaseId,
      sessionId: attendance.sessionId,
      personId: attendance.personId,
      fullName: people.fullName,
      opdCode: opdUnits.code,
      opdName: opdUnits.name,
      status: attendance.status,
    })
    .from(attendance)
    .innerJoin(workshopSessions, eq(workshopSessions.id, attendance.sessionId))
    .innerJoin(workshopPhases, eq(workshopPhases.id, workshopSessions.phaseId))
    .innerJoin(people, eq(people.id, attendance.personId))
    .innerJoin(opdUnits, eq(opdUnits.id, attendance.opdId))
    .where(eq(workshopPhases.planId, planId))
    .orderBy(byCode(opdUnits.code), asc(people.fullName), asc(people.id));
