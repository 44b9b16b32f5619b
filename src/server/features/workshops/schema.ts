import { z } from 'zod';
import {
  ATTENDANCE_STATUSES,
  CONTINUITY_CLASSES,
  type ContinuityClass,
  MAX_BULK_ATTENDANCE,
  WORKSHOP_PHASES,
} from '../../../shared/domain.ts';
import { DateOnly, Timestamp } from '../../http/schemas.ts';

const DateTime = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 date-time, e.g. 2026-03-02T08:30:00+07:00');
const Phase = z.union(WORKSHOP_PHASES.map((p) => z.literal(p))).describe('Bimtek phase, 1–4');

const WorkshopFields = {
  phase: Phase,
  title: z.string().trim().min(3).max(200).describe('e.g. Bimtek I: analisis kesiapan'),
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable().describe('Not before startsOn'),
  venue: z.string().trim().min(1).max(300).nullable(),
  facilitators: z.string().trim().max(1000).nullable().describe('The narasumber who run the phase'),
  output: z.string().trim().max(1000).nullable().describe('Expected output, e.g. Buku 1: analisis strategis'),
};
export const WorkshopCreate = z.strictObject({
  ...WorkshopFields,
  startsOn: WorkshopFields.startsOn.optional(),
  endsOn: WorkshopFields.endsOn.optional(),
  venue: WorkshopFields.venue.optional(),
  facilitators: WorkshopFields.facilitators.optional(),
  output: WorkshopFields.output.optional(),
});
export const WorkshopUpdate = z.strictObject(WorkshopFields).partial();
export const Workshop = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    phase: z.number().int(),
    title: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    venue: z.string().nullable(),
    facilitators: z.string().nullable(),
    output: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Workshop', description: 'One Bimtek phase (I–IV) of a plan' });

const SessionFields = {
  ordinal: z.number().int().min(1).max(999).describe('Order within the phase, unique in it'),
  title: z.string().trim().min(3).max(200),
  startsAt: DateTime,
  endsAt: DateTime.nullable().describe('Not before startsAt'),
  venue: z.string().trim().min(1).max(300).nullable(),
  agenda: z.string().trim().max(4000).nullable(),
  facilitator: z.string().trim().max(300).nullable(),
};
export const SessionCreate = z.strictObject({
  ...SessionFields,
  endsAt: SessionFields.endsAt.optional(),
  venue: SessionFields.venue.optional(),
  agenda: SessionFields.agenda.optional(),
  facilitator: SessionFields.facilitator.optional(),
});
export const SessionUpdate = z.strictObject(SessionFields).partial();
export const Session = z
  .object({
    id: z.uuid(),
    phaseId: z.uuid(),
    ordinal: z.number().int(),
    title: z.string(),
    startsAt: Timestamp,
    endsAt: Timestamp.nullable(),
    venue: z.string().nullable(),
    agenda: z.string().nullable(),
    facilitator: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'WorkshopSession', description: 'A session of a Bimtek phase' });

const AttendanceFields = {
  personId: z.uuid().describe("A person of the plan's region"),
  opdId: z.uuid().describe("The OPD (of the plan's region) the person represents"),
  status: z.enum(ATTENDANCE_STATUSES),
  checkedInAt: DateTime.nullable(),
  note: z.string().trim().max(1000).nullable(),
};
export const AttendanceCreate = z.strictObject({
  ...AttendanceFields,
  status: AttendanceFields.status.default('present'),
  checkedInAt: AttendanceFields.checkedInAt.optional(),
  note: AttendanceFields.note.optional(),
});
export const AttendanceUpdate = z.strictObject(AttendanceFields).partial();
export const Attendance = z
  .object({
    id: z.uuid(),
    sessionId: z.uuid(),
    personId: z.uuid(),
    opdId: z.uuid(),
    status: z.enum(ATTENDANCE_STATUSES),
    checkedInAt: Timestamp.nullable(),
    note: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Attendance', description: 'Whether a person attended a session, and for which OPD' });

export const AttendanceFilters = z.object({
  status: z.enum(ATTENDANCE_STATUSES).optional(),
  opdId: z.uuid().optional(),
});

export const AttendanceListReplace = z.strictObject({
  items: z
    .array(
      z.strictObject({
        personId: AttendanceFields.personId,
        opdId: AttendanceFields.opdId,
        status: AttendanceFields.status,
        checkedInAt: AttendanceFields.checkedInAt
          .optional()
          .describe('Omitted: keeps the stored check-in time (none for a new record); null clears it'),
        note: AttendanceFields.note.optional().describe('Omitted: keeps the stored note; null clears it'),
      }),
    )
    .max(MAX_BULK_ATTENDANCE)
    .describe("The session's whole attendance list, one entry per person"),
});
export type AttendanceListReplace = z.infer<typeof AttendanceListReplace>;

export const AttendanceListReplaced = z
  .object({
    items: z.array(Attendance),
    created: z.number().int(),
    updated: z.number().int(),
    removed: z.number().int(),
    unchanged: z.number().int(),
  })
  .meta({ id: 'AttendanceListReplaced', description: "The session's attendance after the replacement" });

const PersonRef = z.object({ id: z.uuid(), fullName: z.string() });

export const ContinuityReport = z
  .object({
    planId: z.uuid(),
    heldPhases: z
      .array(z.number().int())
      .describe('Phases with attendance recorded; only these count towards continuity'),
    opds: z.array(
      z.object({
        opdId: z.uuid(),
        code: z.string(),
        name: z.string(),
        type: z.string(),
        classification: z.enum(CONTINUITY_CLASSES),
        phases: z.array(
          z.object({
            phase: z.number().int(),
            people: z.array(PersonRef).describe('Present or late in at least one session of the phase'),
          }),
        ),
        missedPhases: z.array(z.number().int()).describe('Held phases nobody attended for this OPD'),
        changes: z
          .array(
            z.object({
              phase: z.number().int(),
              joined: z.array(PersonRef),
              left: z.array(PersonRef),
            }),
          )
          .describe('Phases whose people differ from the previous attended phase'),
      }),
    ),
    totals: z.object(
      Object.fromEntries(CONTINUITY_CLASSES.map((c) => [c, z.number().int()])) as Record<
        ContinuityClass,
        z.ZodNumber
      >,
    ),
  })
  .meta({
    id: 'AttendanceContinuity',
    description:
      'Per OPD: who represented it in each held phase, and whether the same people came throughout. ' +
      'consistent: the same people in every held phase; changed: attended every held phase, but the ' +
      'people differ between phases; partial: missed at least one held phase; absent: never attended.',
  });
export type ContinuityReport = z.infer<typeof ContinuityReport>;
