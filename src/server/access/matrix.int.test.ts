import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../shared/domain.ts';
import { as, seedUser, signIn, XHR } from '../features/auth/test-fixtures.ts';
import { type TestResponse, useTestApp } from '../testing/app.ts';
import {
  freshRecord,
  type Here,
  here,
  idOf,
  type Kind,
  next,
  type Side,
  seedWorld,
  type World,
} from './matrix-fixtures.ts';

/**
 * The acceptance test of docs/decisions/005-roles-and-scope.md: every operation of the OpenAPI document
 * × every role × own and foreign regency/OPD, allowed or refused as the decision's table says. The
 * expectations below are written from that table, not from shared/access-rules.ts.
 *
 * How a case is sent, so that the matrix writes nothing it should not:
 * - a read expects 200 when allowed;
 * - a write with a body carries the scope fields the rule reads plus an unknown key `__probe`: the
 *   check runs before validation, so an allowed caller gets 400 naming `__probe` and nothing is written;
 * - a delete (or another write that cannot be probed) acts, when allowed, on a record made for the case;
 * - a refused case answers 401 (anonymous) or 403 (signed in) with problem+json;
 * - after every refused or probed case the database is unchanged.
 */

type Perm =
  | 'public'
  | 'read'
  | 'readInternal'
  | 'administer'
  | 'runWorkshops'
  | 'review'
  | 'contribute'
  | 'recordAttendance'
  | 'national'
  | 'signedIn'
  /** signedIn at the route; the account service narrows it to the platform admin and regency admins. */
  | 'accounts';

const CALLERS = [
  'anonymous',
  'platformAdmin',
  'reviewer',
  'regencyAdmin',
  'facilitator',
  'participant',
  'leader',
] as const;
type Caller = (typeof CALLERS)[number];
type SignedInCaller = Exclude<Caller, 'anonymous'>;

/** What decides a case: the region it acts in, whether that is published, whether only the participant's OPD is touched. */
interface Facts {
  region: 'A' | 'B' | null;
  published: boolean;
  ownOpdOnly: boolean;
}

const FACTS: Record<Side, Facts> = {
  own: { region: 'A', published: false, ownOpdOnly: true },
  ownOtherOpd: { region: 'A', published: false, ownOpdOnly: false },
  handOver: { region: 'A', published: false, ownOpdOnly: false },
  foreign: { region: 'B', published: false, ownOpdOnly: false },
  published: { region: 'B', published: true, ownOpdOnly: false },
  national: { region: null, published: false, ownOpdOnly: false },
  hijack: { region: null, published: false, ownOpdOnly: false },
  deletedOwn: { region: 'A', published: false, ownOpdOnly: false },
  deletedForeign: { region: 'B', published: false, ownOpdOnly: false },
  none: { region: null, published: false, ownOpdOnly: false },
};

/**
 * The table of decision 005. Every regional caller holds their role in region A (the participant for
 * A's first OPD); nobody but the national roles holds one in region B.
 */
function allowedFor(perm: Perm, caller: Caller, f: Facts): boolean {
  if (perm === 'public') return true;
  if (perm === 'read' && f.published) return true;
  if (caller === 'anonymous') return false;
  if (perm === 'signedIn' || caller === 'platformAdmin') return true;
  const member = f.region === 'A';
  const adminOrFacilitator = caller === 'regencyAdmin' || caller === 'facilitator';
  const ownOpd = caller === 'participant' && f.ownOpdOnly;
  switch (perm) {
    case 'read':
    case 'readInternal':
      return member || caller === 'reviewer';
    case 'administer':
    case 'accounts':
      return member && caller === 'regencyAdmin';
    case 'runWorkshops':
      return member && adminOrFacilitator;
    case 'review':
      return caller === 'reviewer' || (member && adminOrFacilitator);
    case 'contribute':
      return member && (caller === 'regencyAdmin' || ownOpd);
    case 'recordAttendance':
      return member && (adminOrFacilitator || ownOpd);
    case 'national':
      return false;
  }
}

const PERM_TEXT: Record<Perm, string> = {
  public: 'anyone',
  read: 'anyone when published, else its regency and the national roles',
  readInternal: 'its regency and the national roles only',
  administer: "the regency's admin and the platform admin only",
  runWorkshops: "the regency's admin or facilitator and the platform admin only",
  review: "the regency's admin or facilitator, ministry reviewers and the platform admin",
  contribute: "the regency's admin, the OPD's own participant and the platform admin",
  recordAttendance: "the regency's admin or facilitator, the OPD's own participant, the platform admin",
  national: 'the platform admin only',
  signedIn: 'any signed-in account',
  accounts: 'the platform admin, and a regency admin for accounts of their regency',
};

interface Ctx {
  w: World;
  caller: Caller;
  get: (url: string) => Promise<TestResponse>;
}

interface Op {
  perm: Perm;
  /** The kind of record the path's `{id}` names. */
  at?: Kind;
  /** Places to try; by default from `at` (see `sidesOf`). */
  sides?: Side[];
  /** Read as published whatever the plan: region-level records (regions, kecamatan, OPDs). */
  publicRead?: true;
  query?: string;
  /** Path parameters besides `{id}`, e.g. `{ dataset: 'budgets' }`. */
  params?: Record<string, string>;
  /** The fields the rule reads, for writes; the probe is added to them. */
  body?: (h: Here, w: World) => Record<string, unknown>;
  /** A loose body (no unknown-key check): the field made invalid instead of adding `__probe`. */
  probeField?: string;
  /**
   * Sent as given (no probe); when allowed, expect this status. For routes the handler narrows, and for
   * reads too slow to run for every caller (documents: a bad `lang`, refused after the access check).
   */
  valid?: number;
  /** Allowed cases act on a record made for them (default for DELETE). */
  fresh?: true;
  /** Allowed cases act as a new session of the caller's role (signing out). */
  ownSession?: 'same account' | 'new account';
  /** What an allowed answer must show besides its status (lists spanning regions). */
  check?: (res: TestResponse, ctx: Ctx) => Promise<string[]>;
}

const withOpd =
  (field: string) =>
  (h: Here): Record<string, unknown> => ({ [field]: h.opd });
const OPD_SIDES: Side[] = ['own', 'ownOtherOpd', 'foreign', 'published'];
const HISTORY_SIDES: Side[] = ['own', 'foreign', 'published', 'deletedOwn', 'deletedForeign'];

/** Lists that span regions are filtered: each row must be one the caller may read. */
const readable = (caller: Caller, w: World, regionId: string | null, published = false) =>
  allowedFor(published ? 'read' : 'readInternal', caller, {
    region: regionId === w.A.region ? 'A' : regionId === w.B.region ? 'B' : null,
    published,
    ownOpdOnly: false,
  });

const OPS: Record<string, Op> = {
  getOpenApi: { perm: 'public' },
  getHealth: { perm: 'public' },

  // Regions and their organisation
  listRegions: { perm: 'public' },
  createRegion: { perm: 'national' },
  getRegion: { perm: 'read', at: 'region', publicRead: true },
  updateRegion: { perm: 'administer', at: 'region' },
  deleteRegion: { perm: 'national', at: 'region' },
  listKecamatan: { perm: 'read', at: 'region', publicRead: true },
  createKecamatan: { perm: 'administer', at: 'region' },
  getKecamatan: { perm: 'read', at: 'kecamatan', publicRead: true },
  updateKecamatan: { perm: 'administer', at: 'kecamatan' },
  deleteKecamatan: { perm: 'administer', at: 'kecamatan' },
  listOpds: { perm: 'read', at: 'region', publicRead: true },
  createOpd: { perm: 'administer', at: 'region' },
  getOpd: { perm: 'read', at: 'opd', publicRead: true },
  updateOpd: { perm: 'administer', at: 'opd' },
  deleteOpd: { perm: 'administer', at: 'opd' },
  listPeople: { perm: 'readInternal', at: 'region' },
  createPerson: { perm: 'administer', at: 'region' },
  getPerson: { perm: 'readInternal', at: 'person' },
  updatePerson: { perm: 'administer', at: 'person' },
  deletePerson: { perm: 'administer', at: 'person' },
  listPositions: { perm: 'readInternal', at: 'person' },
  createPosition: { perm: 'administer', at: 'person' },
  getPosition: { perm: 'readInternal', at: 'position' },
  updatePosition: { perm: 'administer', at: 'position' },
  deletePosition: { perm: 'administer', at: 'position' },
  listOpdPositions: { perm: 'readInternal', at: 'opd' },

  // Plans and their content
  listPlans: {
    perm: 'public',
    query: '?limit=1000',
    check: async (res, { w, caller }) => {
      const ids = new Set(res.body.items.map((p: { id: string }) => p.id));
      const problems: string[] = [];
      for (const [name, id, regionId, published] of [
        ["A's draft plan", w.A.draft.plan, w.A.region, false],
        ["B's draft plan", w.B.draft.plan, w.B.region, false],
        ["B's adopted plan", w.published.plan, w.B.region, true],
      ] as const) {
        const expected = readable(caller, w, regionId, published);
        if (ids.has(id) !== expected) problems.push(`${expected ? 'misses' : 'shows'} ${name}`);
      }
      for (const p of res.body.items as { id: string; regionId: string; status: string }[]) {
        const published = p.status === 'adopted' || p.status === 'implementing';
        if (!readable(caller, w, p.regionId, published)) problems.push(`shows ${p.status} plan ${p.id}`);
      }
      return problems;
    },
  },
  createPlan: { perm: 'administer', sides: ['own', 'foreign'], body: (h) => ({ regionId: h.R?.region }) },
  getPlan: { perm: 'read', at: 'plan' },
  updatePlan: { perm: 'administer', at: 'plan' },
  deletePlan: { perm: 'administer', at: 'plan' },
  listMissions: { perm: 'read', at: 'plan' },
  createMission: { perm: 'administer', at: 'plan' },
  getMission: { perm: 'read', at: 'mission' },
  updateMission: { perm: 'administer', at: 'mission' },
  deleteMission: { perm: 'administer', at: 'mission' },
  listGoals: { perm: 'read', at: 'plan' },
  createGoal: { perm: 'administer', at: 'plan' },
  getGoal: { perm: 'read', at: 'goal' },
  updateGoal: { perm: 'administer', at: 'goal' },
  deleteGoal: { perm: 'administer', at: 'goal' },
  listPillars: { perm: 'read', at: 'plan' },
  createPillar: { perm: 'administer', at: 'plan' },
  getPillar: { perm: 'read', at: 'pillar' },
  updatePillar: { perm: 'administer', at: 'pillar' },
  deletePillar: { perm: 'administer', at: 'pillar' },
  listElements: { perm: 'read', at: 'pillar' },
  createElement: { perm: 'administer', at: 'pillar' },
  getElement: { perm: 'read', at: 'element' },
  updateElement: { perm: 'administer', at: 'element' },
  deleteElement: { perm: 'administer', at: 'element' },
  listPlanElements: { perm: 'read', at: 'plan' },
  listStrategies: { perm: 'read', at: 'plan' },
  createStrategy: { perm: 'administer', at: 'plan' },
  getStrategy: { perm: 'read', at: 'strategy' },
  updateStrategy: { perm: 'administer', at: 'strategy' },
  deleteStrategy: { perm: 'administer', at: 'strategy' },
  listReadinessScores: { perm: 'read', at: 'plan' },
  createReadinessScore: { perm: 'administer', at: 'plan' },
  writeReadinessMatrix: { perm: 'administer', at: 'plan' },
  getReadinessScore: { perm: 'read', at: 'readiness' },
  updateReadinessScore: { perm: 'administer', at: 'readiness' },
  deleteReadinessScore: { perm: 'administer', at: 'readiness' },
  getReadinessSummary: { perm: 'read', at: 'plan' },

  // Programmes
  listPrograms: { perm: 'read', at: 'plan' },
  createProgram: { perm: 'contribute', at: 'plan', sides: OPD_SIDES, body: withOpd('leadOpdId') },
  getProgram: { perm: 'read', at: 'program' },
  updateProgram: {
    perm: 'contribute',
    at: 'program',
    sides: [...OPD_SIDES, 'handOver'],
    body: withOpd('leadOpdId'),
  },
  deleteProgram: { perm: 'contribute', at: 'program' },
  listProgramReviews: { perm: 'readInternal', at: 'program' },
  reviewProgram: { perm: 'review', at: 'program' },
  listProgress: { perm: 'read', at: 'program' },
  createProgress: { perm: 'contribute', at: 'program' },
  getProgress: { perm: 'read', at: 'progress' },
  updateProgress: { perm: 'contribute', at: 'progress' },
  deleteProgress: { perm: 'contribute', at: 'progress' },
  getPlanSummary: { perm: 'read', at: 'plan' },
  getPlanBudget: { perm: 'read', at: 'plan' },

  // Indicators
  listIndicatorCatalog: { perm: 'public' },
  exportIndicatorCatalog: { perm: 'public' },
  importIndicatorCatalog: {
    perm: 'administer',
    sides: ['own', 'foreign', 'national'],
    body: (h) => (h.R ? { regionId: h.R.region } : {}),
  },
  createIndicatorCatalogEntry: {
    perm: 'administer',
    sides: ['own', 'foreign', 'national'],
    body: (h) => (h.R ? { regionId: h.R.region } : {}),
  },
  getIndicatorCatalogEntry: { perm: 'public', at: 'catalogEntry' },
  updateIndicatorCatalogEntry: { perm: 'administer', at: 'catalogEntry' },
  deleteIndicatorCatalogEntry: { perm: 'administer', at: 'catalogEntry' },
  listPlanIndicators: { perm: 'read', at: 'plan' },
  createPlanIndicator: { perm: 'administer', at: 'plan' },
  getPlanIndicator: { perm: 'read', at: 'planIndicator' },
  updatePlanIndicator: {
    perm: 'contribute',
    at: 'planIndicator',
    sides: [...OPD_SIDES, 'handOver'],
    body: withOpd('producerOpdId'),
  },
  deletePlanIndicator: { perm: 'administer', at: 'planIndicator' },
  listIndicatorMeasurements: { perm: 'read', at: 'planIndicator' },
  createIndicatorMeasurement: { perm: 'contribute', at: 'planIndicator' },
  getIndicatorMeasurement: { perm: 'read', at: 'measurement' },
  updateIndicatorMeasurement: { perm: 'contribute', at: 'measurement' },
  deleteIndicatorMeasurement: { perm: 'contribute', at: 'measurement' },
  verifyIndicatorMeasurement: { perm: 'administer', at: 'measurement' },
  rejectIndicatorMeasurement: { perm: 'administer', at: 'measurement' },
  // A JSON body is no upload: an allowed caller is told to send the file as multipart, naming `file`.
  uploadIndicatorEvidence: { perm: 'contribute', at: 'measurement', probeField: 'file' },
  downloadIndicatorEvidence: { perm: 'read', at: 'evidence' },
  deleteIndicatorEvidence: { perm: 'contribute', at: 'evidence' },
  getIndicatorAvailabilityMatrix: { perm: 'read', at: 'plan' },
  listIndicatorQualityIssues: { perm: 'read', at: 'plan' },
  getIndicatorProgressSummary: { perm: 'read', at: 'plan' },

  // Workshops
  listWorkshops: { perm: 'readInternal', at: 'plan' },
  createWorkshop: { perm: 'runWorkshops', at: 'plan' },
  getWorkshop: { perm: 'readInternal', at: 'workshop' },
  updateWorkshop: { perm: 'runWorkshops', at: 'workshop' },
  deleteWorkshop: { perm: 'runWorkshops', at: 'workshop' },
  listSessions: { perm: 'readInternal', at: 'workshop' },
  createSession: { perm: 'runWorkshops', at: 'workshop' },
  getSession: { perm: 'readInternal', at: 'session' },
  updateSession: { perm: 'runWorkshops', at: 'session' },
  deleteSession: { perm: 'runWorkshops', at: 'session' },
  listAttendance: { perm: 'readInternal', at: 'session' },
  createAttendance: { perm: 'recordAttendance', at: 'session', sides: OPD_SIDES, body: withOpd('opdId') },
  replaceSessionAttendance: { perm: 'runWorkshops', at: 'session' },
  getAttendance: { perm: 'readInternal', at: 'attendance' },
  updateAttendance: {
    perm: 'recordAttendance',
    at: 'attendance',
    sides: [...OPD_SIDES, 'handOver'],
    body: withOpd('opdId'),
  },
  deleteAttendance: { perm: 'recordAttendance', at: 'attendance' },
  getAttendanceContinuity: { perm: 'readInternal', at: 'plan' },

  // Transfer, history, audit
  exportPlan: { perm: 'readInternal', at: 'plan' },
  getMasterPlanDocx: { perm: 'read', at: 'plan', query: '?lang=xx', valid: 400 },
  getMasterPlanPdf: { perm: 'read', at: 'plan', query: '?lang=xx', valid: 400 },
  getExecutiveSummaryDocx: { perm: 'read', at: 'plan', query: '?lang=xx', valid: 400 },
  getPlanWorksheet: { perm: 'read', at: 'plan', query: '?lang=xx', valid: 400 },
  // The route lets the plan's OPD participants in (the import then checks each row's OPD); a JSON body
  // is no upload, so an allowed caller is told to send the workbook as multipart, naming `file`.
  importPlanWorksheet: {
    perm: 'contribute',
    at: 'plan',
    sides: ['own', 'foreign', 'published'],
    probeField: 'file',
  },
  getOpenDataIndex: { perm: 'read', at: 'plan' },
  getOpenDataCsv: { perm: 'read', at: 'plan', params: { dataset: 'budgets' } },
  getOpenDataJson: { perm: 'read', at: 'plan', params: { dataset: 'programmes' } },
  importPlan: {
    perm: 'administer',
    sides: ['own', 'foreign', 'national', 'hijack'],
    // A loose document: the probe is a wrong `format`, which validation names.
    probeField: 'format',
    body: (h, w) => {
      const R = h.side === 'hijack' ? w.A : h.R;
      const region = R ? { id: R.region, code: R.code } : { id: randomUUID(), code: `98.${next()}` };
      const planId = h.side === 'hijack' ? w.B.draft.plan : randomUUID();
      return {
        format: '__probe',
        version: 1,
        region,
        plan: { id: planId, regionId: region.id, title: 'Masterplan' },
      };
    },
  },
  listProgramHistory: { perm: 'readInternal', at: 'program', sides: HISTORY_SIDES },
  listPlanIndicatorHistory: { perm: 'readInternal', at: 'planIndicator', sides: HISTORY_SIDES },
  listPlanHistory: { perm: 'readInternal', at: 'plan', sides: HISTORY_SIDES },
  restoreProgram: { perm: 'administer', at: 'program', sides: HISTORY_SIDES },
  restorePlanIndicator: { perm: 'administer', at: 'planIndicator', sides: HISTORY_SIDES },
  restorePlan: { perm: 'administer', at: 'plan', sides: HISTORY_SIDES },
  listAuditEntries: {
    perm: 'signedIn',
    query: '?limit=1000',
    check: async (res, { w, caller, get }) => {
      const problems: string[] = [];
      for (const e of res.body.items as { id: number; regionId: string | null }[])
        if (!readable(caller, w, e.regionId)) problems.push(`shows entry ${e.id} of region ${e.regionId}`);
      for (const [name, regionId] of [
        ['A', w.A.region],
        ['B', w.B.region],
      ] as const) {
        const filtered = await get(`/api/audit?regionId=${regionId}&limit=1000`);
        const entries = (filtered.body.items ?? []) as { regionId: string | null }[];
        const expected = readable(caller, w, regionId);
        if (entries.some((e) => e.regionId === regionId) !== expected)
          problems.push(`${expected ? 'misses' : 'shows'} the entries of region ${name}`);
      }
      return problems;
    },
  },
  getAuditEntry: { perm: 'readInternal', at: 'auditEntry' },

  // Cross-regency comparison: open to anyone, narrowed to the regions and plans the caller may read.
  getCompare: {
    perm: 'public',
    check: async (res, { w, caller }) => {
      const problems: string[] = [];
      const rows = res.body.regions as {
        id: string;
        code: string;
        plan: { id: string; status: string } | null;
      }[];
      const shown = new Map(rows.map((r) => [r.id, r]));
      // A has only a draft plan; B has an adopted one, published to everyone.
      for (const [name, regionId, expected] of [
        ['A', w.A.region, readable(caller, w, w.A.region)],
        ['B', w.B.region, true],
      ] as const)
        if (shown.has(regionId) !== expected)
          problems.push(`${expected ? 'misses' : 'shows'} region ${name}`);
      const b = shown.get(w.B.region);
      if (b && !readable(caller, w, w.B.region) && b.plan?.id !== w.published.plan)
        problems.push(`shows plan ${b.plan?.id} of region B instead of its adopted one`);
      for (const r of rows) {
        const published = r.plan?.status === 'adopted' || r.plan?.status === 'implementing';
        if (!readable(caller, w, r.id, published))
          problems.push(
            `shows region ${r.code} with ${r.plan ? `${r.plan.status} plan ${r.plan.id}` : 'no plan'}`,
          );
      }
      return problems;
    },
  },

  // Accounts. The route lets any signed-in caller in; the service narrows to the account admins, so
  // these cases send real bodies and the allowed ones act on accounts made for them.
  signIn: { perm: 'public' },
  getCurrentSession: { perm: 'signedIn' },
  // Public at the route, but without a session there is nothing to sign out (401).
  signOut: { perm: 'signedIn', valid: 204, ownSession: 'same account' },
  signOutEverywhere: { perm: 'signedIn', valid: 204, ownSession: 'new account' },
  changeOwnPassword: { perm: 'signedIn' },
  listUsers: {
    perm: 'accounts',
    sides: ['own'],
    query: '?limit=1000',
    check: async (res, { w, caller }) => {
      const users = res.body.items as { id: string; roles: { regionId: string | null }[] }[];
      const problems: string[] = [];
      const ids = new Set(users.map((u) => u.id));
      if (!ids.has(w.A.user)) problems.push("misses region A's account");
      if (ids.has(w.B.user) !== (caller === 'platformAdmin'))
        problems.push(`${caller === 'platformAdmin' ? 'misses' : 'shows'} region B's account`);
      if (caller !== 'platformAdmin')
        for (const u of users)
          if (!u.roles.some((r) => r.regionId === w.A.region)) problems.push(`shows account ${u.id}`);
      return problems;
    },
  },
  createUser: {
    perm: 'accounts',
    sides: ['own', 'foreign'],
    valid: 201,
    body: (h) => ({
      email: `new.${next()}@test.rancang.id`,
      name: 'Akun baru',
      password: 'correct horse battery',
      roles: [{ role: 'leadership_viewer', regionId: h.R?.region }],
    }),
  },
  resetUserPassword: {
    perm: 'accounts',
    at: 'user',
    valid: 204,
    fresh: true,
    body: () => ({ newPassword: 'another horse battery' }),
  },
  listUserRoles: { perm: 'accounts', at: 'user' },
  assignUserRole: {
    perm: 'accounts',
    at: 'user',
    valid: 201,
    fresh: true,
    body: (h) => ({ role: 'leadership_viewer', regionId: h.R?.region }),
  },
  removeRoleAssignment: { perm: 'accounts', at: 'roleAssignment' },
};

const REGION_LEVEL: Kind[] = ['region', 'kecamatan', 'opd', 'person', 'position', 'user', 'roleAssignment'];

function sidesOf(op: Op): Side[] {
  if (op.sides) return op.sides;
  if (!op.at) return ['none'];
  if (REGION_LEVEL.includes(op.at)) return ['own', 'foreign'];
  if (op.at === 'catalogEntry' || op.at === 'auditEntry') return ['own', 'foreign', 'national'];
  return op.perm === 'contribute' || op.perm === 'recordAttendance'
    ? OPD_SIDES
    : ['own', 'foreign', 'published'];
}

const ROLES: Record<SignedInCaller, (w: World) => { role: UserRole; regionId?: string; opdId?: string }[]> = {
  platformAdmin: () => [{ role: 'platform_admin' }],
  reviewer: () => [{ role: 'ministry_reviewer' }],
  regencyAdmin: (w) => [{ role: 'regency_admin', regionId: w.A.region }],
  facilitator: (w) => [{ role: 'facilitator', regionId: w.A.region }],
  participant: (w) => [{ role: 'opd_participant', regionId: w.A.region, opdId: w.A.opd }],
  leader: (w) => [{ role: 'leadership_viewer', regionId: w.A.region }],
};
const emailOf = (caller: SignedInCaller) => `matrix.${caller.toLowerCase()}@test.rancang.id`;

interface Operation {
  method: InjectOptions['method'] & string;
  path: string;
}

describe('authorisation matrix: every route × every role × own and foreign regency/OPD (decision 005)', () => {
  const t = useTestApp();
  let w: World;
  const cookies = {} as Record<SignedInCaller, string>;
  const operations = new Map<string, Operation>();
  let fingerprintSql: ReturnType<typeof sql.raw>;

  /** Every table's rows (sessions by count: reading a session may slide its expiry) and the audit log. */
  const fingerprint = async () => {
    const result = (await t.database.db.execute(fingerprintSql)) as unknown as { rows: { f: string }[] };
    return result.rows[0]?.f as string;
  };

  beforeAll(async () => {
    w = await seedWorld(t);
    for (const caller of CALLERS) {
      if (caller === 'anonymous') continue;
      await seedUser(t.database.db, emailOf(caller), ROLES[caller](w));
      cookies[caller] = await signIn(t, emailOf(caller));
    }
    const doc = await t.anonymous({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.status).toBe(200);
    for (const [path, item] of Object.entries(
      doc.body.paths as Record<string, Record<string, { operationId: string }>>,
    ))
      for (const [method, op] of Object.entries(item))
        operations.set(op.operationId, { method: method.toUpperCase() as Operation['method'], path });
    const tables = (await t.database.db.execute(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    )) as unknown as { rows: { tablename: string }[] };
    const parts = tables.rows.map(({ tablename }) =>
      tablename === 'sessions'
        ? `(select count(*)::text from "${tablename}")`
        : `(select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) from "${tablename}" t)`,
    );
    fingerprintSql = sql.raw(`select concat_ws(',', ${parts.join(', ')}) as f`);
  }, 120_000);

  const send = (cookie: string | null, options: InjectOptions) =>
    cookie ? t.request({ ...options, headers: as(cookie) }) : t.anonymous({ ...options, headers: XHR });

  /** A session to spend on signing out: the callers' own sessions serve every other case. */
  const spareSession = async (caller: SignedInCaller, kind: 'same account' | 'new account') => {
    if (kind === 'same account') return signIn(t, emailOf(caller));
    const email = `spare.${next()}@test.rancang.id`;
    await seedUser(t.database.db, email, ROLES[caller](w));
    return signIn(t, email);
  };

  /** One case: the mismatch it found, or null. */
  async function runCase(opId: string, op: Op, { method, path }: Operation, caller: Caller, side: Side) {
    const h = here(w, side);
    const facts = op.publicRead ? { ...FACTS[side], published: true } : FACTS[side];
    const allowed = allowedFor(op.perm, caller, facts);
    const isRead = method === 'GET';
    const spends = !isRead && (method === 'DELETE' || op.fresh === true) && !op.ownSession;
    const acts = allowed && !isRead && (spends || op.valid !== undefined);
    let url = path;
    if (op.at) {
      const id = allowed && spends ? await freshRecord(t.database.db, op.at, h) : idOf(w, op.at, h);
      url = url.replace('{id}', String(id));
    }
    for (const [name, value] of Object.entries(op.params ?? {})) url = url.replace(`{${name}}`, value);
    url += op.query ?? '';
    let payload: Record<string, unknown> | undefined;
    const probed = !isRead && !acts && op.valid === undefined && method !== 'DELETE';
    if (op.body || probed) payload = { ...op.body?.(h, w) };
    if (probed && payload && !op.probeField) payload.__probe = true;
    const probe = op.probeField ?? '__probe';

    let cookie = caller === 'anonymous' ? null : cookies[caller];
    if (allowed && op.ownSession && caller !== 'anonymous')
      cookie = await spareSession(caller, op.ownSession);
    // Refused and probed cases must leave the database as it was; allowed reads are left out for speed.
    const before = acts || (allowed && isRead) ? null : await fingerprint();
    const res = await send(cookie, { method, url, ...(payload ? { payload } : {}) });

    const expected = !allowed
      ? caller === 'anonymous'
        ? '401 unauthenticated'
        : '403 forbidden'
      : isRead
        ? String(op.valid ?? 200)
        : probed
          ? `400 naming ${probe}`
          : String(op.valid ?? 204);
    let ok: boolean;
    if (!allowed)
      ok =
        res.status === (caller === 'anonymous' ? 401 : 403) &&
        String(res.body?.type).endsWith(caller === 'anonymous' ? 'unauthenticated' : 'forbidden');
    else if (probed)
      ok =
        res.status === 400 &&
        (res.body?.errors ?? []).some(
          (e: { field: string }) => e.field === probe || e.field.startsWith(`${probe}.`),
        );
    else ok = res.status === (op.valid ?? (isRead ? 200 : 204));
    const where = `${opId} (${method} ${url}) as ${caller} at ${side}`;
    if (!ok)
      return `${where}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
    if (before !== null && (await fingerprint()) !== before)
      return `${where}: answered ${res.status} but wrote`;
    if (allowed && op.check) {
      const problems = await op.check(res, {
        w,
        caller,
        get: (u) => send(cookie, { method: 'GET', url: u }),
      });
      if (problems.length > 0) return `${where}: ${problems.join('; ')}`;
    }
    return null;
  }

  it('has an expectation for every operation of the OpenAPI document, and none left over', () => {
    const documented = [...operations.keys()].sort();
    expect(documented.length).toBeGreaterThan(100);
    expect(
      documented.filter((id) => !(id in OPS)),
      'operations without an expectation',
    ).toEqual([]);
    expect(
      Object.keys(OPS).filter((id) => !operations.has(id)),
      'expectations for operations the API no longer has',
    ).toEqual([]);
  });

  for (const [opId, op] of Object.entries(OPS)) {
    it(`${opId}: ${PERM_TEXT[op.perm]}`, async () => {
      const operation = operations.get(opId);
      if (!operation) throw new Error(`${opId} is not in the OpenAPI document`);
      const failures: string[] = [];
      for (const side of sidesOf(op))
        for (const caller of CALLERS) {
          const failure = await runCase(opId, op, operation, caller, side);
          if (failure) failures.push(failure);
        }
      expect(failures).toEqual([]);
    });
  }
});
