import { z } from 'zod';
import {
  MATURITY_MAX,
  MATURITY_MIN,
  READINESS_ASPECTS,
  type ReadinessAspect,
} from '../../../shared/domain.ts';
import { DateOnly, Timestamp } from '../../http/schemas.ts';

const Note = z.string().trim().max(4000).nullable();

const ReadinessFields = {
  pillarId: z.uuid().describe('A pillar of the same plan'),
  aspect: z.enum(READINESS_ASPECTS),
  score: z
    .number()
    .int()
    .min(MATURITY_MIN)
    .max(MATURITY_MAX)
    .describe(`Maturity from ${MATURITY_MIN} (none) to ${MATURITY_MAX} (fully integrated)`),
  strengths: Note,
  weaknesses: Note,
  opportunities: Note,
  threats: Note,
  evidence: Note.describe('Documents, regulations or observations the score rests on'),
  assessedOn: DateOnly.nullable(),
};

const optionalNotes = {
  strengths: ReadinessFields.strengths.optional(),
  weaknesses: ReadinessFields.weaknesses.optional(),
  opportunities: ReadinessFields.opportunities.optional(),
  threats: ReadinessFields.threats.optional(),
  evidence: ReadinessFields.evidence.optional(),
  assessedOn: ReadinessFields.assessedOn.optional(),
};

export const ReadinessCreate = z.strictObject({ ...ReadinessFields, ...optionalNotes });
export const ReadinessUpdate = z.strictObject(ReadinessFields).partial();

export const ReadinessScore = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    pillarId: z.uuid(),
    aspect: z.enum(READINESS_ASPECTS),
    score: z.number().int(),
    strengths: z.string().nullable(),
    weaknesses: z.string().nullable(),
    opportunities: z.string().nullable(),
    threats: z.string().nullable(),
    evidence: z.string().nullable(),
    assessedOn: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'ReadinessScore' });

export const ReadinessFilters = z.object({
  pillar: z.string().min(1).optional().describe('Pillar id or key'),
  aspect: z.enum(READINESS_ASPECTS).optional(),
});

/** Bigger than any real matrix (pillars × aspects), small enough to refuse a runaway client. */
const MATRIX_MAX_CELLS = 300;

export const ReadinessMatrix = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          ...ReadinessFields,
          ...optionalNotes,
          version: z
            .number()
            .int()
            .min(1)
            .optional()
            .describe('The version of the stored cell you edited; a stale one is refused with 409'),
        }),
      )
      .min(1)
      .max(MATRIX_MAX_CELLS),
  })
  .describe(
    'Cells of the readiness matrix: each creates or replaces the (pillar, aspect) cell; notes left out keep their stored value; cells not sent are left as they are',
  );

export const ReadinessMatrixResult = z.object({
  items: z.array(ReadinessScore).describe('The whole matrix of the plan after the write'),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

const aspectScores = Object.fromEntries(
  READINESS_ASPECTS.map((aspect) => [aspect, z.number().int().nullable()]),
) as Record<ReadinessAspect, z.ZodNullable<z.ZodNumber>>;

const Average = z.number().nullable().describe('Mean of the scored cells, 2 decimals; null if none');

export const ReadinessSummary = z
  .object({
    planId: z.uuid(),
    aspects: z.array(z.enum(READINESS_ASPECTS)),
    pillars: z.array(
      z.object({
        pillarId: z.uuid(),
        key: z.string(),
        nameId: z.string(),
        nameEn: z.string(),
        scores: z.object(aspectScores).describe('Score per aspect; null where not scored yet'),
        average: Average,
      }),
    ),
    overallAverage: Average,
    gaps: z.array(
      z.object({
        pillarId: z.uuid(),
        pillarKey: z.string(),
        aspect: z.enum(READINESS_ASPECTS),
        score: z.number().int().nullable(),
        reason: z.enum(['not_scored', 'low_score']),
      }),
    ),
  })
  .meta({ id: 'ReadinessSummary' });
