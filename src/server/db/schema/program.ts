import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  FUNDING_SOURCES,
  PROGRAM_HORIZONS,
  PROGRESS_STATUSES,
  REVIEW_STATUSES,
} from '../../../shared/domain.ts';
import { checkOf, id, oneOf, tracked } from './columns.ts';
import { opdUnits } from './organisation.ts';
import { elements, missions, pillars, plans } from './plan.ts';
import { kecamatan } from './region.ts';

/** An action programme (program aksi): one row of the group-work worksheet. */
export const programs = pgTable(
  'programs',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    pillarId: uuid('pillar_id').notNull(),
    elementId: uuid('element_id').notNull(),
    /** Worksheet code, unique in the plan, e.g. GOV-03. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    leadOpdId: uuid('lead_opd_id')
      .notNull()
      .references(() => opdUnits.id, { onDelete: 'restrict' }),
    missionId: uuid('mission_id'),
    /** The RPJMD programme or the OPD's Renstra programme this one continues. */
    rpjmdProgram: text('rpjmd_program'),
    renstraProgram: text('renstra_program'),
    horizon: smallint('horizon').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    isQuickWin: boolean('is_quick_win').notNull().default(false),
    innovation: text('innovation'),
    output: text('output'),
    outcome: text('outcome'),
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }).notNull().default('pending'),
    ...tracked(),
  },
  (t) => [
    unique('programs_plan_code_unique').on(t.planId, t.code),
    index('programs_plan_idx').on(t.planId),
    index('programs_lead_opd_idx').on(t.leadOpdId),
    foreignKey({
      name: 'programs_pillar_fk',
      columns: [t.pillarId, t.planId],
      foreignColumns: [pillars.id, pillars.planId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'programs_element_fk',
      columns: [t.elementId, t.pillarId],
      foreignColumns: [elements.id, elements.pillarId],
      // NO ACTION (checked at the end of the statement), so deleting a whole plan can cascade through
      // elements and programmes in any order; deleting an element still in use is still refused.
    }),
    foreignKey({
      name: 'programs_mission_fk',
      columns: [t.missionId, t.planId],
      foreignColumns: [missions.id, missions.planId],
    }),
    oneOf('programs', 'horizon', t.horizon, PROGRAM_HORIZONS),
    oneOf('programs', 'review_status', t.reviewStatus, REVIEW_STATUSES),
    checkOf('programs', 'end_year', sql`${t.endYear} >= ${t.startYear}`),
  ],
);

export const programSupportingOpds = pgTable(
  'program_supporting_opds',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opdUnits.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ name: 'program_supporting_opds_pk', columns: [t.programId, t.opdId] })],
);

/** The kecamatan a programme reaches; none listed means the whole regency. */
export const programKecamatan = pgTable(
  'program_kecamatan',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kecamatanId: uuid('kecamatan_id')
      .notNull()
      .references(() => kecamatan.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ name: 'program_kecamatan_pk', columns: [t.programId, t.kecamatanId] })],
);

/** Budget of one programme in one year from one funding source, in rupiah. */
export const programBudgets = pgTable(
  'program_budgets',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    source: text('source', { enum: FUNDING_SOURCES }).notNull(),
    amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'program_budgets_pk', columns: [t.programId, t.year, t.source] }),
    oneOf('program_budgets', 'source', t.source, FUNDING_SOURCES),
    checkOf('program_budgets', 'amount', sql`${t.amount} >= 0`),
  ],
);

/** What a programme aims to deliver in a given year. */
export const programTargets = pgTable(
  'program_targets',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    target: text('target').notNull(),
  },
  (t) => [primaryKey({ name: 'program_targets_pk', columns: [t.programId, t.year] })],
);

/** Facilitator review comments; the programme's reviewStatus holds the latest verdict. */
export const programReviews = pgTable(
  'program_reviews',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    verdict: text('verdict', { enum: REVIEW_STATUSES }).notNull(),
    comment: text('comment'),
    author: text('author').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('program_reviews_program_idx').on(t.programId),
    oneOf('program_reviews', 'verdict', t.verdict, REVIEW_STATUSES),
  ],
);

/** Implementation progress after adoption, reported per year (and optionally per quarter). */
export const programProgress = pgTable(
  'program_progress',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    quarter: smallint('quarter'),
    status: text('status', { enum: PROGRESS_STATUSES }).notNull(),
    realisationPercent: numeric('realisation_percent', { precision: 5, scale: 2 }),
    budgetRealised: numeric('budget_realised', { precision: 18, scale: 2 }),
    note: text('note'),
    evidenceUrl: text('evidence_url'),
    ...tracked(),
  },
  (t) => [
    index('program_progress_program_idx').on(t.programId),
    oneOf('program_progress', 'status', t.status, PROGRESS_STATUSES),
    checkOf('program_progress', 'quarter', sql`${t.quarter} between 1 and 4`),
    checkOf('program_progress', 'realisation_percent', sql`${t.realisationPercent} between 0 and 100`),
    checkOf('program_progress', 'budget_realised', sql`${t.budgetRealised} >= 0`),
  ],
);
