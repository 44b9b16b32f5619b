import { randomUUID } from 'node:crypto';
import { desc, eq, isNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { UserRole } from '../../shared/domain.ts';
import type { Db } from '../db/client.ts';
import * as s from '../db/schema/index.ts';
import { insertUser } from '../features/auth/repository.ts';
import type { TestContext } from '../testing/app.ts';

/**
 * The world the authorisation matrix (matrix.int.test.ts) runs in: region A, where every regional
 * caller holds their role, and region B, where nobody but the national roles does. Each has two OPDs
 * (the participant's and another), its organisation, a draft plan with a record of every kind (those
 * answerable to an OPD twice: once for each OPD), records deleted through the API (placed by their audit
 * entries), an account holding a role there; B also has an adopted plan, published to everyone.
 * Rows are written with Drizzle (quick, and independent of the routes under test); deletions go
 * through the API so that their audit entries are the real ones.
 */

export interface PlanRecords {
  plan: string;
  pillar: string;
  element: string;
  mission: string;
  goal: string;
  strategy: string;
  readiness: string;
  workshop: string;
  session: string;
  /** Records answerable to an OPD: `own` to the region's first OPD (the participant's in A), `other` to the second. */
  program: { own: string; other: string };
  progress: { own: string; other: string };
  planIndicator: { own: string; other: string };
  measurement: { own: string; other: string };
  /** An evidence file of each measurement. */
  evidence: { own: string; other: string };
  attendance: { own: string; other: string };
}

export interface RegionRecords {
  region: string;
  code: string;
  /** The first OPD: the OPD participant's own in region A. */
  opd: string;
  otherOpd: string;
  kecamatan: string;
  person: string;
  position: string;
  /** A regency's own catalogue indicator. */
  catalogEntry: string;
  /** An audit entry of the region's plan. */
  auditEntry: number;
  /** An account holding a role (facilitator) in the region, and that role. */
  user: string;
  roleAssignment: string;
  draft: PlanRecords;
  /** Records deleted through the API: only their audit entries place them. */
  deleted: { program: string; planIndicator: string; plan: string };
}

export interface World {
  A: RegionRecords;
  B: RegionRecords;
  /** An adopted plan of region B: published. */
  published: PlanRecords;
  nationalCatalogEntry: string;
  /** An audit entry of no region (a sign-in). */
  nationalAuditEntry: number;
}

let seq = 0;
/** A number unique in this file's run, for codes, ordinals and e-mail addresses. */
export const next = () => ++seq;

async function insertOne(db: Db, table: PgTable, values: object): Promise<string> {
  const [row] = (await db
    .insert(table)
    .values(values as never)
    .returning()) as unknown as { id: string }[];
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export const catalogEntry = (db: Db, regionId: string | null) =>
  insertOne(db, s.indicatorCatalog, {
    regionId,
    code: `MX-${next()}-${randomUUID().slice(0, 8)}`,
    source: regionId ? 'local' : 'national',
    theme: 'governance',
    nameId: 'Layanan publik daring',
    nameEn: 'Public services online',
    unit: '%',
  });

export const plan = (db: Db, regionId: string, published = false) =>
  insertOne(db, s.plans, {
    regionId,
    title: `Masterplan Smart City ${next()}`,
    periodStart: 2022,
    periodEnd: 2031,
    status: published ? 'adopted' : 'draft',
    adoptedOn: published ? '2022-03-01' : null,
  });

export const pillar = (db: Db, planId: string) => {
  const n = next();
  return insertOne(db, s.pillars, { planId, key: `p${n}`, ordinal: n, nameId: 'Pilar', nameEn: 'Pillar' });
};

export const person = (db: Db, regionId: string) =>
  insertOne(db, s.people, { regionId, fullName: `Peserta ${next()}` });

export const program = (db: Db, p: { plan: string; pillar: string; element: string }, leadOpdId: string) =>
  insertOne(db, s.programs, {
    planId: p.plan,
    pillarId: p.pillar,
    elementId: p.element,
    code: `GOV-${next()}`,
    title: 'Mal Pelayanan Publik digital',
    leadOpdId,
    horizon: 5,
    startYear: 2022,
    endYear: 2026,
  });

export const planIndicator = async (
  db: Db,
  p: { plan: string; pillar: string },
  producerOpdId: string | null,
) =>
  insertOne(db, s.planIndicators, {
    planId: p.plan,
    catalogId: await catalogEntry(db, null),
    pillarId: p.pillar,
    producerOpdId,
  });

export const progress = (db: Db, programId: string) =>
  insertOne(db, s.programProgress, { programId, year: 2023, quarter: (next() % 4) + 1, status: 'running' });

export const measurement = (db: Db, planIndicatorId: string) =>
  insertOne(db, s.indicatorMeasurements, { planIndicatorId, periodYear: 2023, value: '42' });

export const evidence = (db: Db, measurementId: string) =>
  insertOne(db, s.indicatorEvidence, {
    measurementId,
    fileName: 'bukti.csv',
    contentType: 'text/csv',
    sizeBytes: 9,
    sha256: '0'.repeat(64),
    content: Buffer.from('tahun,42\n').toString('base64'),
    uploadedBy: 'matrix',
  });

export const workshop = (db: Db, planId: string, phase: number) =>
  insertOne(db, s.workshopPhases, { planId, phase, title: `Bimtek ${phase}` });

export const session = (db: Db, phaseId: string) =>
  insertOne(db, s.workshopSessions, {
    phaseId,
    ordinal: next(),
    title: 'Sesi',
    startsAt: '2021-09-01T09:00:00+07:00',
  });

export const attendance = async (db: Db, sessionId: string, regionId: string, opdId: string) =>
  insertOne(db, s.attendance, { sessionId, personId: await person(db, regionId), opdId });

/** An account nobody signs in as (its password hash is no hash), holding one role. */
export async function account(db: Db, role: UserRole, regionId: string | null, opdId: string | null = null) {
  const user = await db.transaction((tx) =>
    insertUser(tx, { email: `mx.${next()}@test.rancang.id`, name: 'Akun uji', passwordHash: 'none' }),
  );
  const roleId = await insertOne(db, s.roleAssignments, { userId: user.id, role, regionId, opdId });
  return { userId: user.id, roleId };
}

async function seedPlan(db: Db, regionId: string, opds: [string, string], published: boolean) {
  const planId = await plan(db, regionId, published);
  const pillarId = await pillar(db, planId);
  const elementId = await insertOne(db, s.elements, {
    planId,
    pillarId,
    key: 'public_service',
    ordinal: 1,
    nameId: 'Pelayanan publik',
    nameEn: 'Public service',
  });
  const p = { plan: planId, pillar: pillarId, element: elementId };
  const programs = { own: await program(db, p, opds[0]), other: await program(db, p, opds[1]) };
  const indicators = { own: await planIndicator(db, p, opds[0]), other: await planIndicator(db, p, opds[1]) };
  const measurements = {
    own: await measurement(db, indicators.own),
    other: await measurement(db, indicators.other),
  };
  const workshopId = await workshop(db, planId, 1);
  const sessionId = await session(db, workshopId);
  await db.insert(s.programReviews).values({
    programId: programs.own,
    verdict: 'needs_revision',
    comment: 'Perjelas',
    author: 'Fasilitator',
  });
  return {
    ...p,
    mission: await insertOne(db, s.missions, { planId, ordinal: 1, text: 'Pemerintahan yang melayani' }),
    goal: await insertOne(db, s.goals, { planId, ordinal: 1, text: 'Layanan cepat' }),
    strategy: await insertOne(db, s.strategies, { planId, pillarId, ordinal: 1, text: 'Satu data' }),
    readiness: await insertOne(db, s.readinessScores, { planId, pillarId, aspect: 'struktur', score: 3 }),
    workshop: workshopId,
    session: sessionId,
    program: programs,
    progress: { own: await progress(db, programs.own), other: await progress(db, programs.other) },
    planIndicator: indicators,
    measurement: measurements,
    evidence: { own: await evidence(db, measurements.own), other: await evidence(db, measurements.other) },
    attendance: {
      own: await attendance(db, sessionId, regionId, opds[0]),
      other: await attendance(db, sessionId, regionId, opds[1]),
    },
  } satisfies PlanRecords;
}

/** Delete through the API as the platform admin, so that the record is placed by a real audit entry. */
async function deleted(t: TestContext, path: string, id: string) {
  const res = await t.request({ method: 'DELETE', url: `/api/${path}/${id}` });
  expect(res.status, `DELETE /api/${path}/${id}`).toBe(204);
  return id;
}

async function seedRegion(t: TestContext, code: string): Promise<Omit<RegionRecords, 'auditEntry'>> {
  const db = t.database.db;
  const region = await insertOne(db, s.regions, {
    code,
    name: `Kabupaten ${code}`,
    kind: 'kabupaten',
    province: 'Sumatera Utara',
  });
  const opd = await insertOne(db, s.opdUnits, {
    regionId: region,
    code: 'DISKOMINFO',
    name: 'Diskominfo',
    type: 'office',
  });
  const otherOpd = await insertOne(db, s.opdUnits, {
    regionId: region,
    code: 'DINKES',
    name: 'Dinkes',
    type: 'office',
  });
  const personId = await person(db, region);
  const draft = await seedPlan(db, region, [opd, otherOpd], false);
  const { userId, roleId } = await account(db, 'facilitator', region);
  return {
    region,
    code,
    opd,
    otherOpd,
    kecamatan: await insertOne(db, s.kecamatan, { regionId: region, code: `${code}.01`, name: 'Tarutung' }),
    person: personId,
    position: await insertOne(db, s.positions, {
      personId,
      opdId: opd,
      title: 'Kepala Seksi',
      role: 'staff',
    }),
    catalogEntry: await catalogEntry(db, region),
    user: userId,
    roleAssignment: roleId,
    draft,
    deleted: {
      program: await deleted(t, 'programs', await program(db, draft, opd)),
      planIndicator: await deleted(t, 'plan-indicators', await planIndicator(db, draft, opd)),
      plan: await deleted(t, 'plans', await plan(db, region)),
    },
  };
}

async function lastAuditEntry(db: Db, regionId: string | null) {
  const [entry] = await db
    .select({ id: s.auditLog.id })
    .from(s.auditLog)
    .where(regionId ? eq(s.auditLog.regionId, regionId) : isNull(s.auditLog.regionId))
    .orderBy(desc(s.auditLog.id))
    .limit(1);
  if (!entry) throw new Error(`no audit entry of region ${regionId}`);
  return entry.id;
}

export async function seedWorld(t: TestContext): Promise<World> {
  const db = t.database.db;
  const A = await seedRegion(t, '12.71');
  const B = await seedRegion(t, '12.72');
  const published = await seedPlan(db, B.region, [B.opd, B.otherOpd], true);
  return {
    A: { ...A, auditEntry: await lastAuditEntry(db, A.region) },
    B: { ...B, auditEntry: await lastAuditEntry(db, B.region) },
    published,
    nationalCatalogEntry: await catalogEntry(db, null),
    // The test admin's sign-in is audited without a region.
    nationalAuditEntry: await lastAuditEntry(db, null),
  };
}

/**
 * Where a case of the matrix acts, from the callers' point of view (every regional caller holds their
 * role in region A, none in region B):
 * - `own`: region A's draft plan, records of the participant's OPD, bodies naming that OPD;
 * - `ownOtherOpd`: region A's draft plan, records of A's other OPD, bodies naming it;
 * - `handOver`: a record of the participant's OPD whose body hands it to the other OPD;
 * - `foreign`: region B's draft plan and records; `published`: region B's adopted plan;
 * - `national`: no region (a national catalogue entry, an audit entry of a sign-in, an import naming a
 *   region not yet here); `hijack`: an import into region A of a plan id region B already uses;
 * - `deletedOwn` / `deletedForeign`: a record deleted in region A / B, placed by its audit entries;
 * - `none`: a route that acts on no record.
 */
export type Side =
  | 'own'
  | 'ownOtherOpd'
  | 'handOver'
  | 'foreign'
  | 'published'
  | 'national'
  | 'hijack'
  | 'deletedOwn'
  | 'deletedForeign'
  | 'none';

export interface Here {
  side: Side;
  R: RegionRecords | null;
  P: PlanRecords | null;
  /** Which of a pair of OPD records the case acts on. */
  rec: 'own' | 'other';
  /** The OPD a body names. */
  opd: string | null;
}

export function here(w: World, side: Side): Here {
  switch (side) {
    case 'own':
    case 'deletedOwn':
      return { side, R: w.A, P: w.A.draft, rec: 'own', opd: w.A.opd };
    case 'ownOtherOpd':
      return { side, R: w.A, P: w.A.draft, rec: 'other', opd: w.A.otherOpd };
    case 'handOver':
      return { side, R: w.A, P: w.A.draft, rec: 'own', opd: w.A.otherOpd };
    case 'foreign':
    case 'deletedForeign':
      return { side, R: w.B, P: w.B.draft, rec: 'own', opd: w.B.opd };
    case 'published':
      return { side, R: w.B, P: w.published, rec: 'own', opd: w.B.opd };
    default:
      return { side, R: null, P: null, rec: 'own', opd: null };
  }
}

export type Kind =
  | 'region'
  | 'kecamatan'
  | 'opd'
  | 'person'
  | 'position'
  | 'catalogEntry'
  | 'auditEntry'
  | 'user'
  | 'roleAssignment'
  | 'plan'
  | 'pillar'
  | 'element'
  | 'mission'
  | 'goal'
  | 'strategy'
  | 'readiness'
  | 'workshop'
  | 'session'
  | 'program'
  | 'progress'
  | 'planIndicator'
  | 'measurement'
  | 'evidence'
  | 'attendance';

const need = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`this case has no ${what}`);
  return value;
};

/** The fixture record of a kind at a place: the `:id` a case sends. */
export function idOf(w: World, kind: Kind, h: Here): string | number {
  if ((h.side === 'deletedOwn' || h.side === 'deletedForeign') && h.R) {
    if (kind === 'program' || kind === 'planIndicator' || kind === 'plan') return h.R.deleted[kind];
  }
  if (kind === 'catalogEntry') return h.R ? h.R.catalogEntry : w.nationalCatalogEntry;
  if (kind === 'auditEntry') return h.R ? h.R.auditEntry : w.nationalAuditEntry;
  const R = need(h.R, 'region');
  switch (kind) {
    case 'region':
    case 'kecamatan':
    case 'person':
    case 'position':
    case 'user':
    case 'roleAssignment':
      return R[kind];
    case 'opd':
      return h.rec === 'other' ? R.otherOpd : R.opd;
  }
  const P = need(h.P, 'plan');
  switch (kind) {
    case 'program':
    case 'progress':
    case 'planIndicator':
    case 'measurement':
    case 'evidence':
    case 'attendance':
      return P[kind][h.rec];
    default:
      return P[kind];
  }
}

/**
 * A new record of a kind at a place, for a case allowed to delete (or otherwise use up) its target, so
 * that every case of the matrix finds the fixture as it was.
 */
export async function freshRecord(db: Db, kind: Kind, h: Here): Promise<string> {
  const n = next();
  if (kind === 'region')
    return insertOne(db, s.regions, {
      code: `99.${n}`,
      name: `Kabupaten Sementara ${n}`,
      kind: 'kabupaten',
      province: 'Sumatera Utara',
    });
  if (kind === 'catalogEntry') return catalogEntry(db, h.R?.region ?? null);
  const R = need(h.R, 'region');
  const opdId = h.rec === 'other' ? R.otherOpd : R.opd;
  switch (kind) {
    case 'kecamatan':
      return insertOne(db, s.kecamatan, {
        regionId: R.region,
        code: `${R.code}.${n}`,
        name: `Kecamatan ${n}`,
      });
    case 'opd':
      return insertOne(db, s.opdUnits, {
        regionId: R.region,
        code: `OPD-${n}`,
        name: `Dinas ${n}`,
        type: 'office',
      });
    case 'person':
      return person(db, R.region);
    case 'position':
      return insertOne(db, s.positions, { personId: R.person, opdId, title: 'Staf', role: 'staff' });
    case 'user':
      return (await account(db, 'facilitator', R.region)).userId;
    case 'roleAssignment':
      return (await account(db, 'leadership_viewer', R.region)).roleId;
    case 'plan':
      return plan(db, R.region, h.side === 'published');
  }
  const P = need(h.P, 'plan');
  switch (kind) {
    case 'pillar':
      return pillar(db, P.plan);
    case 'element':
      return insertOne(db, s.elements, {
        planId: P.plan,
        pillarId: P.pillar,
        key: `e${n}`,
        ordinal: n,
        nameId: 'Elemen',
        nameEn: 'Element',
      });
    case 'mission':
      return insertOne(db, s.missions, { planId: P.plan, ordinal: n, text: 'Misi' });
    case 'goal':
      return insertOne(db, s.goals, { planId: P.plan, ordinal: n, text: 'Tujuan' });
    case 'strategy':
      return insertOne(db, s.strategies, {
        planId: P.plan,
        pillarId: P.pillar,
        ordinal: n,
        text: 'Strategi',
      });
    case 'readiness':
      return insertOne(db, s.readinessScores, {
        planId: P.plan,
        pillarId: await pillar(db, P.plan),
        aspect: 'struktur',
        score: 2,
      });
    case 'workshop': {
      const taken = await db
        .select({ phase: s.workshopPhases.phase })
        .from(s.workshopPhases)
        .where(eq(s.workshopPhases.planId, P.plan));
      const phase = [2, 3, 4].find((p) => !taken.some((t) => t.phase === p));
      if (!phase) throw new Error('every workshop phase of the plan is taken');
      return workshop(db, P.plan, phase);
    }
    case 'session':
      return session(db, P.workshop);
    case 'program':
      return program(db, P, opdId);
    case 'progress':
      return progress(db, P.program[h.rec]);
    case 'planIndicator':
      return planIndicator(db, P, opdId);
    case 'measurement':
      return measurement(db, P.planIndicator[h.rec]);
    case 'evidence':
      return evidence(db, P.measurement[h.rec]);
    case 'attendance':
      return attendance(db, P.session, R.region, opdId);
    default:
      throw new Error(`no fresh ${kind}`);
  }
}
