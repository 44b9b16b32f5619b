import { sql } from 'drizzle-orm';
import {
  customType,
  date,
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
  COLLECTION_FREQUENCIES,
  DATA_AVAILABILITY,
  INDICATOR_CRITERIA,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INDICATOR_THEMES,
  MEASUREMENT_STATUSES,
} from '../../../shared/domain.ts';
import { EVIDENCE_CONTENT_TYPES } from '../../../shared/evidence.ts';
import { checkOf, id, oneOf, tracked } from './columns.ts';
import { opdUnits } from './organisation.ts';
import { elements, pillars, plans } from './plan.ts';
import { programs } from './program.ts';
import { regions } from './region.ts';

/**
 * An indicator definition: the national starter catalogue (regionId null) or a regency's local indicator.
 * Names and definitions are in our own words with the clause or KPI reference, never the standard's text.
 */
export const indicatorCatalog = pgTable(
  'indicator_catalog',
  {
    id: id(),
    regionId: uuid('region_id').references(() => regions.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    source: text('source', { enum: INDICATOR_SOURCES }).notNull(),
    /** Clause of the standard or U4SSC KPI code, e.g. "5.1" or "EC-ICT-IN-1C". */
    reference: text('reference'),
    theme: text('theme', { enum: INDICATOR_THEMES }).notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    definitionId: text('definition_id'),
    definitionEn: text('definition_en'),
    unit: text('unit').notNull(),
    /** core, supporting, profile, advanced… as the source classifies it. */
    kind: text('kind'),
    /** What an OPD counts for the numerator and the denominator, in Indonesian and in English. */
    numeratorLabel: text('numerator_label'),
    denominatorLabel: text('denominator_label'),
    numeratorLabelEn: text('numerator_label_en'),
    denominatorLabelEn: text('denominator_label_en'),
    /** e.g. 100 for a percentage, 100000 for "per 100,000 population". */
    multiplier: numeric('multiplier', { precision: 18, scale: 6 }),
    minValue: numeric('min_value', { precision: 20, scale: 6 }),
    maxValue: numeric('max_value', { precision: 20, scale: 6 }),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull().default('increase'),
    ...tracked(),
  },
  (t) => [
    unique('indicator_catalog_code_unique').on(t.code),
    oneOf('indicator_catalog', 'source', t.source, INDICATOR_SOURCES),
    oneOf('indicator_catalog', 'theme', t.theme, INDICATOR_THEMES),
    oneOf('indicator_catalog', 'direction', t.direction, INDICATOR_DIRECTIONS),
    checkOf(
      'indicator_catalog',
      'max_value',
      sql`${t.maxValue} is null or ${t.minValue} is null or ${t.maxValue} >= ${t.minValue}`,
    ),
  ],
);

/** An indicator a plan adopts, with its baseline and the OPD that produces its data. */
export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: id(),
    planId: uuid('plan_id').notNull(),
    catalogId: uuid('catalog_id')
      .notNull()
      .references(() => indicatorCatalog.id, { onDelete: 'restrict' }),
    pillarId: uuid('pillar_id').notNull(),
    elementId: uuid('element_id'),
    producerOpdId: uuid('producer_opd_id').references(() => opdUnits.id, { onDelete: 'restrict' }),
    frequency: text('frequency', { enum: COLLECTION_FREQUENCIES }).notNull().default('yearly'),
    baselineYear: integer('baseline_year'),
    baselineValue: numeric('baseline_value', { precision: 20, scale: 6 }),
    baselineSource: text('baseline_source'),
    ...tracked(),
  },
  (t) => [
    unique('plan_indicators_plan_catalog_unique').on(t.planId, t.catalogId),
    index('plan_indicators_plan_idx').on(t.planId),
    foreignKey({
      name: 'plan_indicators_pillar_fk',
      columns: [t.pillarId, t.planId],
      foreignColumns: [pillars.id, pillars.planId],
    }).onDelete('cascade'),
    foreignKey({ name: 'plan_indicators_plan_fk', columns: [t.planId], foreignColumns: [plans.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'plan_indicators_element_fk',
      columns: [t.elementId, t.pillarId],
      foreignColumns: [elements.id, elements.pillarId],
    }),
    oneOf('plan_indicators', 'frequency', t.frequency, COLLECTION_FREQUENCIES),
  ],
);

export const planIndicatorPrograms = pgTable(
  'plan_indicator_programs',
  {
    planIndicatorId: uuid('plan_indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ name: 'plan_indicator_programs_pk', columns: [t.planIndicatorId, t.programId] })],
);

export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    planIndicatorId: uuid('plan_indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    value: numeric('value', { precision: 20, scale: 6 }).notNull(),
  },
  (t) => [primaryKey({ name: 'indicator_targets_pk', columns: [t.planIndicatorId, t.year] })],
);

/** The six-criteria assessment of a selected indicator: one score (1–5) and rationale per criterion. */
export const indicatorAssessments = pgTable(
  'indicator_assessments',
  {
    planIndicatorId: uuid('plan_indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    criterion: text('criterion', { enum: INDICATOR_CRITERIA }).notNull(),
    score: smallint('score').notNull(),
    rationale: text('rationale'),
  },
  (t) => [
    primaryKey({ name: 'indicator_assessments_pk', columns: [t.planIndicatorId, t.criterion] }),
    oneOf('indicator_assessments', 'criterion', t.criterion, INDICATOR_CRITERIA),
    checkOf('indicator_assessments', 'score', sql`${t.score} between 1 and 5`),
  ],
);

/** The data-availability matrix: which OPD holds the data of an indicator, and how completely. */
export const indicatorDataAvailability = pgTable(
  'indicator_data_availability',
  {
    planIndicatorId: uuid('plan_indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opdUnits.id, { onDelete: 'restrict' }),
    status: text('status', { enum: DATA_AVAILABILITY }).notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ name: 'indicator_data_availability_pk', columns: [t.planIndicatorId, t.opdId] }),
    oneOf('indicator_data_availability', 'status', t.status, DATA_AVAILABILITY),
  ],
);

/** A realised value of an indicator for a period, with evidence and a second person's verification. */
export const indicatorMeasurements = pgTable(
  'indicator_measurements',
  {
    id: id(),
    planIndicatorId: uuid('plan_indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    periodYear: integer('period_year').notNull(),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    value: numeric('value', { precision: 20, scale: 6 }).notNull(),
    numerator: numeric('numerator', { precision: 20, scale: 6 }),
    denominator: numeric('denominator', { precision: 20, scale: 6 }),
    evidenceUrl: text('evidence_url'),
    evidenceFile: text('evidence_file'),
    note: text('note'),
    status: text('status', { enum: MEASUREMENT_STATUSES }).notNull().default('submitted'),
    submittedBy: text('submitted_by'),
    /** The account that submitted the value (or last changed it or its evidence): it may not judge it. */
    submittedAccount: text('submitted_account'),
    verifiedBy: text('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'string' }),
    rejectionReason: text('rejection_reason'),
    ...tracked(),
  },
  (t) => [
    index('indicator_measurements_indicator_idx').on(t.planIndicatorId, t.periodYear),
    oneOf('indicator_measurements', 'status', t.status, MEASUREMENT_STATUSES),
    checkOf('indicator_measurements', 'denominator', sql`${t.denominator} is null or ${t.denominator} <> 0`),
    checkOf(
      'indicator_measurements',
      'period_end',
      sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`,
    ),
  ],
);

/**
 * File contents as PostgreSQL `bytea`, handled as base64 text in the application: a row then survives a
 * JSON round trip (backup and restore) unchanged, and the driver still stores the bytes, not the text.
 */
const base64Bytes = customType<{ data: string; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value, 'base64'),
  fromDriver: (value) => Buffer.from(value).toString('base64'),
});

/**
 * A file a measurement carries as evidence (PDF, image, spreadsheet), checked for kind and size before it
 * is written. Kept in the database so that it survives restarts, backups and restores with its value.
 */
export const indicatorEvidence = pgTable(
  'indicator_evidence',
  {
    id: id(),
    measurementId: uuid('measurement_id')
      .notNull()
      .references(() => indicatorMeasurements.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: base64Bytes('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('indicator_evidence_measurement_idx').on(t.measurementId),
    oneOf('indicator_evidence', 'content_type', t.contentType, EVIDENCE_CONTENT_TYPES),
    checkOf('indicator_evidence', 'size_bytes', sql`${t.sizeBytes} > 0`),
  ],
);
