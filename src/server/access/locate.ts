import { and, desc, eq, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Place } from '../../shared/access-rules.ts';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';
import {
  indicatorCatalog,
  indicatorEvidence,
  indicatorMeasurements,
  planIndicators,
} from '../db/schema/indicator.ts';
import { opdUnits, people, positions } from '../db/schema/organisation.ts';
import { elements, goals, missions, pillars, plans, readinessScores, strategies } from '../db/schema/plan.ts';
import { programProgress, programReviews, programs } from '../db/schema/program.ts';
import { kecamatan, regions } from '../db/schema/region.ts';
import { attendance, workshopPhases, workshopSessions } from '../db/schema/workshop.ts';

/**
 * Where a record sits: its region, its plan (whose status says whether it is published) and the OPD
 * answerable for it. Each kind names its own columns and the kind above it; `locate` walks up.
 */
interface Link {
  /** The entity name its audit entries carry, to place a deleted record. */
  entity: string;
  table: PgTable & { id: PgColumn };
  region?: PgColumn;
  /** The column pointing at the kind above, and that kind. */
  up?: [PgColumn, RecordKind];
  /** The OPD answerable for the record (a programme's lead, an indicator's data producer). */
  opd?: PgColumn;
}

export type RecordKind =
  | 'region'
  | 'kecamatan'
  | 'opd'
  | 'person'
  | 'position'
  | 'plan'
  | 'mission'
  | 'goal'
  | 'pillar'
  | 'element'
  | 'strategy'
  | 'readiness'
  | 'program'
  | 'programReview'
  | 'programProgress'
  | 'catalogEntry'
  | 'planIndicator'
  | 'measurement'
  | 'evidence'
  | 'workshop'
  | 'session'
  | 'attendance';

const LINKS: Record<RecordKind, Link> = {
  region: { entity: 'region', table: regions, region: regions.id },
  kecamatan: { entity: 'kecamatan', table: kecamatan, region: kecamatan.regionId },
  opd: { entity: 'opd', table: opdUnits, region: opdUnits.regionId },
  person: { entity: 'person', table: people, region: people.regionId },
  position: { entity: 'position', table: positions, up: [positions.personId, 'person'] },
  plan: { entity: 'plan', table: plans, region: plans.regionId },
  mission: { entity: 'mission', table: missions, up: [missions.planId, 'plan'] },
  goal: { entity: 'goal', table: goals, up: [goals.planId, 'plan'] },
  pillar: { entity: 'pillar', table: pillars, up: [pillars.planId, 'plan'] },
  element: { entity: 'element', table: elements, up: [elements.planId, 'plan'] },
  strategy: { entity: 'strategy', table: strategies, up: [strategies.planId, 'plan'] },
  readiness: { entity: 'readinessScore', table: readinessScores, up: [readinessScores.planId, 'plan'] },
  program: { entity: 'program', table: programs, up: [programs.planId, 'plan'], opd: programs.leadOpdId },
  programReview: {
    entity: 'programReview',
    table: programReviews,
    up: [programReviews.programId, 'program'],
  },
  programProgress: { entity: 'progress', table: programProgress, up: [programProgress.programId, 'program'] },
  catalogEntry: {
    entity: 'indicatorCatalogEntry',
    table: indicatorCatalog,
    region: indicatorCatalog.regionId,
  },
  planIndicator: {
    entity: 'planIndicator',
    table: planIndicators,
    up: [planIndicators.planId, 'plan'],
    opd: planIndicators.producerOpdId,
  },
  measurement: {
    entity: 'indicatorMeasurement',
    table: indicatorMeasurements,
    up: [indicatorMeasurements.planIndicatorId, 'planIndicator'],
  },
  evidence: {
    entity: 'indicatorEvidence',
    table: indicatorEvidence,
    up: [indicatorEvidence.measurementId, 'measurement'],
  },
  workshop: { entity: 'workshop', table: workshopPhases, up: [workshopPhases.planId, 'plan'] },
  session: { entity: 'session', table: workshopSessions, up: [workshopSessions.phaseId, 'workshop'] },
  attendance: {
    entity: 'attendance',
    table: attendance,
    up: [attendance.sessionId, 'session'],
    opd: attendance.opdId,
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * The tables a live record's place is read from: its own and those on its way up to its region. Its
 * place changes only with a write to one of them, so it may be kept until one (decision 013).
 */
export function placeTables(kind: RecordKind): string[] {
  const tables: string[] = [];
  for (let link: Link | null = LINKS[kind]; link; link = link.up ? LINKS[link.up[1]] : null)
    tables.push(getTableName(link.table));
  return tables;
}

/**
 * The place of a record, or null when there is no such record (the route then answers 404 or 400).
 * `deleted: false` leaves out the place a deleted record had (from the audit log).
 */
export async function locate(
  db: Db,
  kind: RecordKind,
  id: unknown,
  { deleted = true } = {},
): Promise<Place | null> {
  if (!isUuid(id)) return null;
  const place: Place = { regionId: null, planId: null, planStatus: null, opdIds: [] };
  let current: { kind: RecordKind; id: string } | null = { kind, id };
  let first = true;
  while (current) {
    const link: Link = LINKS[current.kind];
    const [row] = await db
      .select({
        region: link.region ?? link.table.id,
        up: link.up?.[0] ?? link.table.id,
        opd: link.opd ?? link.table.id,
        // A plan's status decides whether it is published: read with it, not in a second round trip.
        status: current.kind === 'plan' ? plans.status : sql<null>`null`,
      })
      .from(link.table)
      .where(eq(link.table.id, current.id));
    if (!row) return first ? (deleted ? locateDeleted(db, link.entity, current.id) : null) : place;
    first = false;
    // The record's own OPD wins over its parent's (an attendance row's OPD, not the plan's).
    if (link.opd && place.opdIds.length === 0 && row.opd) place.opdIds.push(row.opd as string);
    if (current.kind === 'plan') {
      place.planId = current.id;
      place.planStatus = row.status ?? null;
    }
    if (link.region) {
      place.regionId = (row.region as string | null) ?? null;
      return place;
    }
    current = link.up ? { kind: link.up[1], id: row.up as string } : null;
  }
  return place;
}

/**
 * A deleted record is found through its last audit entry, so that its history and its restore stay
 * inside its regency rather than open to everyone.
 */
async function locateDeleted(db: Db, entity: string, id: string): Promise<Place | null> {
  const [entry] = await db
    .select({ regionId: auditLog.regionId, planId: auditLog.planId })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!entry) return null;
  // A deleted plan's own entries name the plan itself: looking it up again would never end.
  if (entry.planId && entry.planId !== id) {
    const plan = await locate(db, 'plan', entry.planId);
    if (plan) return plan;
  }
  return { regionId: entry.regionId, planId: entry.planId, planStatus: null, opdIds: [] };
}

/** The place of an audit entry: its own region and plan columns. */
export async function locateAuditEntry(db: Db, id: unknown): Promise<Place | null> {
  if (typeof id !== 'string' || !/^\d{1,18}$/.test(id)) return null;
  const [entry] = await db
    .select({ regionId: auditLog.regionId, planId: auditLog.planId })
    .from(auditLog)
    .where(eq(auditLog.id, Number(id)));
  if (!entry) return null;
  return { regionId: entry.regionId, planId: entry.planId, planStatus: null, opdIds: [] };
}
