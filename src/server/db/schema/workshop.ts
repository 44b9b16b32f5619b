import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { ATTENDANCE_STATUSES, WORKSHOP_PHASES } from '../../../shared/domain.ts';
import { checkOf, id, oneOf, tracked } from './columns.ts';
import { opdUnits, people } from './organisation.ts';
import { plans } from './plan.ts';

/** One of the four Bimtek phases of a plan. */
export const workshopPhases = pgTable(
  'workshop_phases',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    phase: smallint('phase').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    venue: text('venue'),
    facilitators: text('facilitators'),
    /** The phase's expected output, e.g. "Buku 1: analisis strategis". */
    output: text('output'),
    ...tracked(),
  },
  (t) => [
    unique('workshop_phases_plan_phase_unique').on(t.planId, t.phase),
    oneOf('workshop_phases', 'phase', t.phase, WORKSHOP_PHASES),
    checkOf(
      'workshop_phases',
      'ends_on',
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

export const workshopSessions = pgTable(
  'workshop_sessions',
  {
    id: id(),
    phaseId: uuid('phase_id')
      .notNull()
      .references(() => workshopPhases.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'string' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'string' }),
    venue: text('venue'),
    agenda: text('agenda'),
    facilitator: text('facilitator'),
    ...tracked(),
  },
  (t) => [
    unique('workshop_sessions_phase_ordinal_unique').on(t.phaseId, t.ordinal),
    checkOf('workshop_sessions', 'ends_at', sql`${t.endsAt} is null or ${t.endsAt} >= ${t.startsAt}`),
  ],
);

/** Who attended a session, for which OPD. */
export const attendance = pgTable(
  'attendance',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => workshopSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opdUnits.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull().default('present'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'string' }),
    note: text('note'),
    ...tracked(),
  },
  (t) => [
    unique('attendance_session_person_unique').on(t.sessionId, t.personId),
    index('attendance_opd_idx').on(t.opdId),
    oneOf('attendance', 'status', t.status, ATTENDANCE_STATUSES),
  ],
);
