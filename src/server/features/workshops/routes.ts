import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ATTENDANCE_STATUSES } from '../../../shared/domain.ts';
import { plans } from '../../db/schema/plan.ts';
import { attendance, workshopPhases, workshopSessions } from '../../db/schema/workshop.ts';
import { registerResource } from '../../http/resource.ts';
import { IdParams, problems } from '../../http/schemas.ts';
import {
  Attendance,
  AttendanceCreate,
  AttendanceFilters,
  AttendanceListReplace,
  AttendanceListReplaced,
  AttendanceUpdate,
  ContinuityReport,
  Session,
  SessionCreate,
  SessionUpdate,
  Workshop,
  WorkshopCreate,
  WorkshopUpdate,
} from './schema.ts';
import {
  attendanceErrors,
  attendanceScope,
  continuityReport,
  phaseErrors,
  replaceAttendance,
  sessionErrors,
  sessionScopeOf,
  workshopScope,
} from './service.ts';

const tag = 'Workshops';

export async function workshopsRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  registerResource(app, {
    entity: 'workshop',
    plural: 'Workshops',
    tag,
    table: workshopPhases,
    access: { kind: 'workshop', read: 'readInternal', write: 'runWorkshops' },
    parent: {
      entity: 'plan',
      table: plans,
      path: '/plans/:id/workshops',
      inherit: (p) => ({ planId: p.id }),
    },
    itemPath: '/workshops',
    record: Workshop,
    create: WorkshopCreate,
    update: WorkshopUpdate,
    orderBy: [workshopPhases.phase],
    check: async (_tx, candidate) => phaseErrors(candidate),
    scope: workshopScope,
  });

  registerResource(app, {
    entity: 'session',
    plural: 'Sessions',
    tag,
    table: workshopSessions,
    access: { kind: 'session', read: 'readInternal', write: 'runWorkshops' },
    parent: {
      entity: 'workshop',
      table: workshopPhases,
      path: '/workshops/:id/sessions',
      inherit: (w) => ({ phaseId: w.id }),
    },
    itemPath: '/sessions',
    record: Session,
    create: SessionCreate,
    update: SessionUpdate,
    orderBy: [workshopSessions.ordinal],
    check: async (_tx, candidate) => sessionErrors(candidate),
    scope: sessionScopeOf,
  });

  registerResource(app, {
    entity: 'attendance',
    plural: 'Attendance',
    tag,
    table: attendance,
    // An OPD may check in its own people; the facilitator and the admin check in anyone.
    access: { kind: 'attendance', read: 'readInternal', write: 'recordAttendance', opdFields: ['opdId'] },
    parent: {
      entity: 'session',
      table: workshopSessions,
      path: '/sessions/:id/attendance',
      inherit: (s) => ({ sessionId: s.id }),
    },
    itemPath: '/attendance',
    record: Attendance,
    create: AttendanceCreate,
    update: AttendanceUpdate,
    filters: AttendanceFilters,
    where: (q) => [
      q.status ? eq(attendance.status, q.status as (typeof ATTENDANCE_STATUSES)[number]) : undefined,
      q.opdId ? eq(attendance.opdId, q.opdId as string) : undefined,
    ],
    orderBy: [attendance.createdAt, attendance.id],
    check: attendanceErrors,
    scope: attendanceScope,
  });

  api.put(
    '/sessions/:id/attendance',
    {
      // Replacing the whole list touches every OPD's rows: the facilitator's and the admin's job.
      config: { access: { permission: 'runWorkshops', at: 'session' } },
      schema: {
        tags: [tag],
        operationId: 'replaceSessionAttendance',
        summary: "Replace a session's attendance list (bulk check-in)",
        description:
          'Every entry is checked first; a bad entry is reported by its index (e.g. items.3.personId) and ' +
          'nothing is written. Otherwise, in one transaction, people not yet listed are added, listed ' +
          'people are updated and people missing from the list are removed.',
        params: IdParams,
        body: AttendanceListReplace,
        response: { 200: AttendanceListReplaced, ...problems(404, 409) },
      },
    },
    async (request) =>
      app.db.transaction((tx) => replaceAttendance(tx, request.actor, request.params.id, request.body.items)),
  );

  api.get(
    '/plans/:id/attendance-continuity',
    {
      config: { access: { permission: 'readInternal', at: 'plan' } },
      schema: {
        tags: [tag],
        operationId: 'getAttendanceContinuity',
        summary: 'Whether each OPD sent the same people to every Bimtek phase',
        params: IdParams,
        response: { 200: ContinuityReport, ...problems(404) },
      },
    },
    async (request) => continuityReport(app.db, request.params.id),
  );
}
