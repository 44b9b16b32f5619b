import { z } from 'zod';
import { COLLECTION_FREQUENCIES, DATA_AVAILABILITY, INDICATOR_CRITERIA } from '../../../shared/domain.ts';
import { JUDGED_CLASSES, PROGRESS_CLASSES } from '../../../shared/indicator-progress.ts';
import { QUALITY_GRADES } from '../../../shared/indicator-quality.ts';

const Names = { code: z.string(), nameId: z.string(), nameEn: z.string() };
const IndicatorRef = { planIndicatorId: z.uuid(), ...Names };

// ------------------------------------------------------------------------------------- availability

export const COLLECTION_GAPS = ['partial', 'not_available', 'unrecorded'] as const;

export const AvailabilityMatrix = z
  .object({
    planId: z.uuid(),
    opds: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: z.string(),
        produced: z.number().int(),
        partial: z.number().int(),
        notAvailable: z.number().int(),
        mustStartCollecting: z
          .array(
            z.object({
              ...IndicatorRef,
              frequency: z.enum(COLLECTION_FREQUENCIES),
              status: z
                .enum(COLLECTION_GAPS)
                .describe('Its own cell: partly produced, not available, or not in the matrix at all'),
            }),
          )
          .describe('Indicators this OPD produces for the plan but does not (fully) collect yet'),
      }),
    ),
    indicators: z.array(
      z.object({
        ...IndicatorRef,
        pillarId: z.uuid(),
        producerOpdId: z.uuid().nullable(),
        cells: z.array(
          z.object({ opdId: z.uuid(), status: z.enum(DATA_AVAILABILITY), note: z.string().nullable() }),
        ),
      }),
    ),
    withoutProducer: z.array(z.object(IndicatorRef)).describe('Indicators no OPD is named to produce'),
  })
  .meta({
    id: 'IndicatorAvailabilityMatrix',
    description:
      'OPD × indicator: who produces the data of each indicator, and what each OPD must start collecting',
  });

// ---------------------------------------------------------------------------------------- issues

export const ISSUE_REASONS = [
  'verifiability_low',
  'evidence_missing',
  'data_availability_low',
  'no_producer',
  'producer_not_collecting',
  'producer_partial',
] as const;

export const QualityIssues = z
  .object({
    planId: z.uuid(),
    indicators: z.number().int().describe('Indicators the plan has'),
    items: z.array(
      z.object({
        ...IndicatorRef,
        pillarId: z.uuid(),
        producerOpdId: z.uuid().nullable(),
        grade: z.enum(QUALITY_GRADES).nullable(),
        failing: z.array(z.enum(['verifiability', 'data_availability'])),
        problems: z.array(
          z.object({
            criterion: z.enum(INDICATOR_CRITERIA),
            reason: z.enum(ISSUE_REASONS),
            fix: z.string().describe('What would fix it, in English (the web app words it from `reason`)'),
            opdId: z.uuid().nullable(),
            score: z.number().int().nullable(),
            rationale: z.string().nullable(),
            count: z.number().int().nullable().describe('evidence_missing: measurements without evidence'),
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'IndicatorQualityIssues',
    description: 'The indicators that fail verifiability or data availability, and what would fix each',
  });

// -------------------------------------------------------------------------------------- progress

const Counts = z.object(
  Object.fromEntries(PROGRESS_CLASSES.map((c) => [c, z.number().int()])) as Record<
    (typeof PROGRESS_CLASSES)[number],
    z.ZodNumber
  >,
);
const YearCounts = z.object(
  Object.fromEntries(JUDGED_CLASSES.map((c) => [c, z.number().int()])) as Record<
    (typeof JUDGED_CLASSES)[number],
    z.ZodNumber
  >,
);

const Tally = {
  total: z.number().int(),
  counts: Counts,
  provisional: z.number().int().describe('Judged on a value not verified yet'),
};

export const ProgressSummary = z
  .object({
    planId: z.uuid(),
    ...Tally,
    pillars: z.array(
      z.object({ pillarId: z.uuid(), key: z.string(), nameId: z.string(), nameEn: z.string(), ...Tally }),
    ),
    years: z
      .array(
        z.object({
          year: z.number().int(),
          measured: z.number().int(),
          noTarget: z.number().int(),
          counts: YearCounts,
        }),
      )
      .describe(
        "Each year of the plan: every indicator's value of that year judged against that year's target",
      ),
  })
  .meta({
    id: 'IndicatorProgressSummary',
    description: 'How the plan’s indicators stand against their targets, per plan, pillar and year',
  });
