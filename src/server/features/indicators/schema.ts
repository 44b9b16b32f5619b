import { z } from 'zod';
import {
  COLLECTION_FREQUENCIES,
  CRITERION_FAILING_MAX,
  CRITERION_SCORE_MAX,
  CRITERION_SCORE_MIN,
  DATA_AVAILABILITY,
  INDICATOR_CRITERIA,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INDICATOR_THEMES,
  MEASUREMENT_STATUSES,
} from '../../../shared/domain.ts';
import { DateOnly, Timestamp, Year } from '../../http/schemas.ts';
import { compareDecimal, DECIMAL_SCALE } from './decimal.ts';
import { EvidenceFile } from './evidence-schema.ts';
import { IndicatorProgress, IndicatorQuality } from './judgement-schema.ts';

const limit = 10 ** (20 - DECIMAL_SCALE);

/**
 * An indicator value as numeric(20,6) stores it: a number or decimal string in, a decimal string out.
 * Numbers are fixed to six decimals so that float noise such as 0.30000000000000004 becomes 0.300000.
 */
export const IndicatorNumber = z
  .union([
    z.number().gt(-limit).lt(limit),
    z
      .string()
      .trim()
      .regex(/^-?\d{1,14}(\.\d{1,6})?$/, 'must be a decimal number with at most 6 decimals'),
  ])
  .transform((v) => (typeof v === 'number' ? v.toFixed(DECIMAL_SCALE) : v));

const text = (max: number) => z.string().trim().min(1).max(max);
const positive = IndicatorNumber.refine((v) => compareDecimal(v, '0') > 0, 'must be greater than zero');
/** A count or amount a value is computed from: never negative. */
const nonNegative = IndicatorNumber.refine((v) => compareDecimal(v, '0') >= 0, 'must not be negative');
/** What a value is divided by: zero has no quotient, and a negative count does not exist. */
const divisor = IndicatorNumber.superRefine((v, ctx) => {
  const sign = compareDecimal(v, '0');
  if (sign <= 0)
    ctx.addIssue({ code: 'custom', message: sign === 0 ? 'must not be zero' : 'must not be negative' });
});
/**
 * The unit the values of a request are in: optional, but when given it must be the indicator's own, so
 * that a figure in the wrong unit (per 1,000 for per 100,000, a count for a percentage) is refused.
 */
const ValueUnit = text(60).describe(
  "The unit the values are in, e.g. %; when given it must be the catalogue indicator's unit",
);
const Decimal = z.string().describe('Decimal number as a string');

// ---------------------------------------------------------------------------------------------- catalogue

export const minMaxRule = (
  p: { minValue?: string | null; maxValue?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (p.minValue != null && p.maxValue != null && compareDecimal(p.maxValue, p.minValue) < 0)
    ctx.addIssue({ code: 'custom', path: ['maxValue'], message: 'must not be below minValue' });
};

export const CatalogFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, 'use letters, digits, dots, dashes or underscores')
    .describe('Unique code, e.g. ISO37120-5.1 or TAPUT-01'),
  source: z.enum(INDICATOR_SOURCES),
  reference: text(60).nullable().describe('Clause of the standard or U4SSC KPI code'),
  theme: z.enum(INDICATOR_THEMES),
  nameId: text(300),
  nameEn: text(300),
  definitionId: text(4000).nullable(),
  definitionEn: text(4000).nullable(),
  unit: text(60).describe('e.g. %, per 100,000 population, days'),
  kind: text(40).nullable().describe('core, advanced, smart… as the source classifies it'),
  numeratorLabel: text(300).nullable().describe('What the numerator counts, in Indonesian'),
  denominatorLabel: text(300).nullable().describe('What the denominator counts, in Indonesian'),
  numeratorLabelEn: text(300).nullable().describe('What the numerator counts, in English'),
  denominatorLabelEn: text(300).nullable().describe('What the denominator counts, in English'),
  multiplier: positive.nullable().describe('Applied to numerator / denominator, e.g. 100 for a percentage'),
  minValue: IndicatorNumber.nullable(),
  maxValue: IndicatorNumber.nullable(),
  direction: z.enum(INDICATOR_DIRECTIONS).describe('Which way is better'),
};

export const CatalogEntryCreate = z
  .strictObject({
    regionId: z.uuid().nullable().default(null).describe("A regency's local indicator; null for national"),
    ...CatalogFields,
    direction: CatalogFields.direction.default('increase'),
  })
  .partial({
    reference: true,
    definitionId: true,
    definitionEn: true,
    kind: true,
    numeratorLabel: true,
    denominatorLabel: true,
    numeratorLabelEn: true,
    denominatorLabelEn: true,
    multiplier: true,
    minValue: true,
    maxValue: true,
  })
  .superRefine(minMaxRule);

const Version = z
  .number()
  .int()
  .min(1)
  .describe('The version you edited; a stale one is refused with 409 and the current record');

export const CatalogEntryUpdate = z
  .strictObject({ ...CatalogFields, version: Version })
  .partial()
  .superRefine(minMaxRule);

export const CatalogEntry = z
  .object({
    id: z.uuid(),
    regionId: z.uuid().nullable(),
    code: z.string(),
    source: z.enum(INDICATOR_SOURCES),
    reference: z.string().nullable(),
    theme: z.enum(INDICATOR_THEMES),
    nameId: z.string(),
    nameEn: z.string(),
    definitionId: z.string().nullable(),
    definitionEn: z.string().nullable(),
    unit: z.string(),
    kind: z.string().nullable(),
    numeratorLabel: z.string().nullable(),
    denominatorLabel: z.string().nullable(),
    numeratorLabelEn: z.string().nullable(),
    denominatorLabelEn: z.string().nullable(),
    multiplier: Decimal.nullable(),
    minValue: Decimal.nullable(),
    maxValue: Decimal.nullable(),
    direction: z.enum(INDICATOR_DIRECTIONS),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'IndicatorCatalogEntry', description: 'An indicator of the national or a local catalogue' });

export const CatalogQuery = z.object({
  source: z.enum(INDICATOR_SOURCES).optional(),
  theme: z.enum(INDICATOR_THEMES).optional(),
  q: z.string().trim().min(1).optional().describe('Part of the code or of the Indonesian or English name'),
  region: z
    .string()
    .min(1)
    .optional()
    .describe('Region id or BPS code: adds that regency’s local indicators to the national ones'),
});

// ---------------------------------------------------------------------------------------- plan selection

const Target = z.strictObject({ year: Year, value: IndicatorNumber });
const Assessment = z.strictObject({
  criterion: z.enum(INDICATOR_CRITERIA),
  score: z.number().int().min(CRITERION_SCORE_MIN).max(CRITERION_SCORE_MAX),
  rationale: text(2000).nullable().optional(),
});
const Availability = z.strictObject({
  opdId: z.uuid(),
  status: z.enum(DATA_AVAILABILITY),
  note: text(1000).nullable().optional(),
});

/** Each list names an item once; a repeat is reported against the repeated item. */
function uniqueItems<T>(
  items: T[] | undefined,
  keyOf: (item: T) => unknown,
  path: (i: number) => (string | number)[],
  ctx: z.RefinementCtx,
  what: string,
) {
  const seen = new Set<unknown>();
  for (const [i, item] of (items ?? []).entries()) {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: path(i), message: `${what} is listed twice` });
    seen.add(key);
  }
}

type Lists = {
  targets?: { year: number }[];
  assessments?: { criterion: string }[];
  availability?: { opdId: string }[];
  programIds?: string[];
};
const listRules = (p: Lists, ctx: z.RefinementCtx) => {
  uniqueItems(
    p.targets,
    (t) => t.year,
    (i) => ['targets', i, 'year'],
    ctx,
    'this year',
  );
  uniqueItems(
    p.assessments,
    (a) => a.criterion,
    (i) => ['assessments', i, 'criterion'],
    ctx,
    'this criterion',
  );
  uniqueItems(
    p.availability,
    (a) => a.opdId,
    (i) => ['availability', i, 'opdId'],
    ctx,
    'this OPD',
  );
  uniqueItems(
    p.programIds,
    (id) => id,
    (i) => ['programIds', i],
    ctx,
    'this programme',
  );
};

const SelectionFields = {
  pillarId: z.uuid(),
  elementId: z.uuid().nullable(),
  producerOpdId: z.uuid().nullable().describe('The OPD that produces the data'),
  frequency: z.enum(COLLECTION_FREQUENCIES),
  baselineYear: Year.nullable(),
  baselineValue: IndicatorNumber.nullable(),
  baselineSource: text(500).nullable(),
  targets: z.array(Target).max(50).describe('Replaces the yearly targets when given'),
  assessments: z
    .array(Assessment)
    .max(INDICATOR_CRITERIA.length)
    .describe('Replaces the assessment when given'),
  availability: z.array(Availability).max(200).describe('Replaces the data-availability matrix when given'),
  programIds: z.array(z.uuid()).max(500).describe('Replaces the linked programmes when given'),
  unit: ValueUnit,
};

export const PlanIndicatorCreate = z
  .strictObject({
    ...SelectionFields,
    catalogId: z.uuid(),
    elementId: SelectionFields.elementId.optional(),
    producerOpdId: SelectionFields.producerOpdId.optional(),
    frequency: SelectionFields.frequency.default('yearly'),
    baselineYear: SelectionFields.baselineYear.optional(),
    baselineValue: SelectionFields.baselineValue.optional(),
    baselineSource: SelectionFields.baselineSource.optional(),
    targets: SelectionFields.targets.default([]),
    assessments: SelectionFields.assessments.default([]),
    availability: SelectionFields.availability.default([]),
    programIds: SelectionFields.programIds.default([]),
    unit: SelectionFields.unit.optional(),
  })
  .superRefine(listRules);

export const PlanIndicatorUpdate = z
  .strictObject({
    ...SelectionFields,
    version: Version,
  })
  .partial()
  .superRefine(listRules);

export const PlanIndicatorQuery = z.object({
  pillar: z.uuid().optional(),
  element: z.uuid().optional(),
  producer: z.uuid().optional().describe('Producer OPD id'),
  failing: z
    .enum(INDICATOR_CRITERIA)
    .optional()
    .describe(`Only indicators scored ${CRITERION_FAILING_MAX} or lower on this criterion`),
});

// ----------------------------------------------------------------------------------------- measurements

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000);

const MeasurementFields = {
  periodYear: Year,
  periodStart: DateOnly.nullable(),
  periodEnd: DateOnly.nullable(),
  value: IndicatorNumber.describe('Give the value, or a numerator and a denominator'),
  numerator: nonNegative,
  denominator: divisor,
  evidenceUrl: HttpUrl.nullable(),
  evidenceFile: text(500).nullable(),
  note: text(2000).nullable(),
  submittedBy: text(200).describe('Who reports the value; someone else verifies it'),
  unit: ValueUnit,
};

export const MeasurementCreate = z.strictObject({
  ...MeasurementFields,
  periodStart: MeasurementFields.periodStart.optional(),
  periodEnd: MeasurementFields.periodEnd.optional(),
  value: MeasurementFields.value.optional(),
  numerator: MeasurementFields.numerator.optional(),
  denominator: MeasurementFields.denominator.optional(),
  evidenceUrl: MeasurementFields.evidenceUrl.optional(),
  evidenceFile: MeasurementFields.evidenceFile.optional(),
  note: MeasurementFields.note.optional(),
  unit: MeasurementFields.unit.optional(),
});

export const MeasurementUpdate = z
  .strictObject({
    ...MeasurementFields,
    version: Version,
  })
  .partial();

export const MeasurementVerify = z.strictObject({
  verifiedBy: text(200).describe('Who checked the value; not the person who submitted it'),
  version: Version.optional(),
});

export const MeasurementReject = MeasurementVerify.safeExtend({
  reason: text(2000).describe('What is wrong with the value or its evidence'),
});

export const MeasurementQuery = z.object({
  status: z.enum(MEASUREMENT_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const Measurement = z
  .object({
    id: z.uuid(),
    planIndicatorId: z.uuid(),
    periodYear: z.number().int(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    value: Decimal,
    numerator: Decimal.nullable(),
    denominator: Decimal.nullable(),
    evidenceUrl: z.string().nullable(),
    evidenceFile: z
      .string()
      .nullable()
      .describe('A reference to evidence kept elsewhere; uploaded files are in evidenceFiles'),
    evidenceFiles: z.array(EvidenceFile).describe('Files uploaded as evidence, oldest first'),
    note: z.string().nullable(),
    status: z.enum(MEASUREMENT_STATUSES),
    submittedBy: z.string().nullable(),
    submittedByYou: z
      .boolean()
      .describe(
        'Whether your account submitted the value or last changed it or its evidence: then another account must verify or reject it (403 otherwise). Always false without a session.',
      ),
    verifiedBy: z.string().nullable(),
    verifiedAt: Timestamp.nullable(),
    rejectionReason: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'IndicatorMeasurement', description: 'A realised value of a plan indicator for one period' });

export const PlanIndicator = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    catalogId: z.uuid(),
    catalog: z.object({
      code: z.string(),
      source: z.enum(INDICATOR_SOURCES),
      theme: z.enum(INDICATOR_THEMES),
      nameId: z.string(),
      nameEn: z.string(),
      unit: z.string(),
      direction: z.enum(INDICATOR_DIRECTIONS),
      minValue: Decimal.nullable(),
      maxValue: Decimal.nullable(),
      reference: z.string().nullable(),
      multiplier: Decimal.nullable().describe('value = numerator / denominator × multiplier'),
      numeratorLabel: z.string().nullable().describe('What the numerator counts, in Indonesian'),
      denominatorLabel: z.string().nullable().describe('What the denominator counts, in Indonesian'),
      numeratorLabelEn: z.string().nullable().describe('What the numerator counts, in English'),
      denominatorLabelEn: z.string().nullable().describe('What the denominator counts, in English'),
    }),
    pillarId: z.uuid(),
    elementId: z.uuid().nullable(),
    producerOpdId: z.uuid().nullable(),
    frequency: z.enum(COLLECTION_FREQUENCIES),
    baselineYear: z.number().int().nullable(),
    baselineValue: Decimal.nullable(),
    baselineSource: z.string().nullable(),
    targets: z.array(z.object({ year: z.number().int(), value: Decimal })),
    assessments: z.array(
      z.object({
        criterion: z.enum(INDICATOR_CRITERIA),
        score: z.number().int(),
        rationale: z.string().nullable(),
      }),
    ),
    availability: z.array(
      z.object({ opdId: z.uuid(), status: z.enum(DATA_AVAILABILITY), note: z.string().nullable() }),
    ),
    programIds: z.array(z.uuid()),
    latestMeasurement: Measurement.nullable().describe('The latest period’s value that was not rejected'),
    quality: IndicatorQuality.describe('The six-criteria assessment summed up in a grade'),
    progress: IndicatorProgress.describe('The latest measurement judged against its year’s target'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({
    id: 'PlanIndicator',
    description: 'An indicator a plan adopts, with targets, assessment and data',
  });

export type CatalogEntryOut = z.output<typeof CatalogEntry>;
export type MeasurementOut = z.output<typeof Measurement>;
/** A measurement as the services hand it to the routes, which tell each reader whether it is theirs. */
export type MeasurementRecord = Omit<MeasurementOut, 'submittedByYou'> & { submittedAccount: string | null };
