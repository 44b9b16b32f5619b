import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, pgTable, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import {
  MATURITY_MAX,
  MATURITY_MIN,
  PLAN_MAX_YEARS,
  PLAN_STATUSES,
  READINESS_ASPECTS,
  WORKSHOP_PHASES,
  YEAR_MAX,
  YEAR_MIN,
} from '../../../shared/domain.ts';
import { between, checkOf, id, oneOf, tracked } from './columns.ts';
import { regions } from './region.ts';

/** A regency's smart city master plan over a period of up to ten years. */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    /** The Bimtek phase the plan is in while it is drafted (1–4). */
    currentPhase: smallint('current_phase'),
    vision: text('vision'),
    /** The RPJMD the plan feeds into, e.g. "RPJMD Kabupaten Tapanuli Utara 2019–2024". */
    rpjmdReference: text('rpjmd_reference'),
    /** The regulation that adopted it, e.g. "Peraturan Bupati Tapanuli Utara Nomor 12 Tahun 2022". */
    adoptionInstrument: text('adoption_instrument'),
    adoptedOn: date('adopted_on'),
    ...tracked(),
  },
  (t) => [
    index('plans_region_idx').on(t.regionId),
    oneOf('plans', 'status', t.status, PLAN_STATUSES),
    oneOf('plans', 'current_phase', t.currentPhase, WORKSHOP_PHASES),
    between('plans', 'period_start', t.periodStart, YEAR_MIN, YEAR_MAX),
    checkOf(
      'plans',
      'period_end',
      sql`${t.periodEnd} >= ${t.periodStart} and ${t.periodEnd} - ${t.periodStart} < ${sql.raw(String(PLAN_MAX_YEARS))}`,
    ),
  ],
);

export const missions = pgTable(
  'missions',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    text: text('text').notNull(),
    /** The RPJMD mission this one serves. */
    rpjmdMission: text('rpjmd_mission'),
    ...tracked(),
  },
  (t) => [
    unique('missions_plan_ordinal_unique').on(t.planId, t.ordinal),
    unique('missions_id_plan_unique').on(t.id, t.planId),
  ],
);

export const goals = pgTable(
  'goals',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    missionId: uuid('mission_id'),
    ordinal: integer('ordinal').notNull(),
    text: text('text').notNull(),
    ...tracked(),
  },
  (t) => [
    unique('goals_plan_ordinal_unique').on(t.planId, t.ordinal),
    foreignKey({
      name: 'goals_mission_fk',
      columns: [t.missionId, t.planId],
      foreignColumns: [missions.id, missions.planId],
    }),
  ],
);

/** Pillars are data per plan (DOMAIN.md): the default six, or another set a regulation asks for. */
export const pillars = pgTable(
  'pillars',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    ordinal: integer('ordinal').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    description: text('description'),
    ...tracked(),
  },
  (t) => [
    unique('pillars_plan_key_unique').on(t.planId, t.key),
    unique('pillars_id_plan_unique').on(t.id, t.planId),
  ],
);

export const elements = pgTable(
  'elements',
  {
    id: id(),
    planId: uuid('plan_id').notNull(),
    pillarId: uuid('pillar_id').notNull(),
    key: text('key').notNull(),
    ordinal: integer('ordinal').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    description: text('description'),
    ...tracked(),
  },
  (t) => [
    unique('elements_pillar_key_unique').on(t.pillarId, t.key),
    unique('elements_id_pillar_unique').on(t.id, t.pillarId),
    foreignKey({
      name: 'elements_pillar_fk',
      columns: [t.pillarId, t.planId],
      foreignColumns: [pillars.id, pillars.planId],
    }).onDelete('cascade'),
  ],
);

/** Readiness of one pillar on one aspect (struktur, infrastruktur, suprastruktur), with SWOT and evidence. */
export const readinessScores = pgTable(
  'readiness_scores',
  {
    id: id(),
    planId: uuid('plan_id').notNull(),
    pillarId: uuid('pillar_id').notNull(),
    aspect: text('aspect', { enum: READINESS_ASPECTS }).notNull(),
    score: smallint('score').notNull(),
    strengths: text('strengths'),
    weaknesses: text('weaknesses'),
    opportunities: text('opportunities'),
    threats: text('threats'),
    evidence: text('evidence'),
    assessedOn: date('assessed_on'),
    ...tracked(),
  },
  (t) => [
    unique('readiness_scores_pillar_aspect_unique').on(t.pillarId, t.aspect),
    foreignKey({
      name: 'readiness_scores_pillar_fk',
      columns: [t.pillarId, t.planId],
      foreignColumns: [pillars.id, pillars.planId],
    }).onDelete('cascade'),
    index('readiness_scores_plan_idx').on(t.planId),
    oneOf('readiness_scores', 'aspect', t.aspect, READINESS_ASPECTS),
    between('readiness_scores', 'score', t.score, MATURITY_MIN, MATURITY_MAX),
  ],
);

export const strategies = pgTable(
  'strategies',
  {
    id: id(),
    planId: uuid('plan_id').notNull(),
    pillarId: uuid('pillar_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    text: text('text').notNull(),
    ...tracked(),
  },
  (t) => [
    unique('strategies_pillar_ordinal_unique').on(t.pillarId, t.ordinal),
    foreignKey({
      name: 'strategies_pillar_fk',
      columns: [t.pillarId, t.planId],
      foreignColumns: [pillars.id, pillars.planId],
    }).onDelete('cascade'),
    index('strategies_plan_idx').on(t.planId),
  ],
);
