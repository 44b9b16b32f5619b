import { z } from 'zod';
import { PROGRESS_STATUSES } from '../../../shared/domain.ts';
import { Rupiah, Timestamp, Year } from '../../http/schemas.ts';

/** A percentage 0–100 with at most 2 decimals: a number or decimal string in, a string out. */
const Percent = z
  .union([
    z.number().min(0).max(100).multipleOf(0.01, 'must have at most 2 decimals'),
    z
      .string()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, 'must be a percentage with at most 2 decimals')
      .refine((v) => Number(v) <= 100, 'must not exceed 100'),
  ])
  .transform((v) => String(v));

const ProgressFields = {
  year: Year.describe('A year of the programme'),
  quarter: z.number().int().min(1).max(4).nullable().describe('1–4, or null for the whole year'),
  status: z.enum(PROGRESS_STATUSES),
  realisationPercent: Percent.nullable().describe('Physical realisation, 0–100'),
  budgetRealised: Rupiah.nullable().describe('Budget spent in rupiah'),
  note: z.string().trim().min(1).max(4000).nullable(),
  evidenceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
};

export const ProgressCreate = z.strictObject({
  ...ProgressFields,
  quarter: ProgressFields.quarter.optional(),
  realisationPercent: ProgressFields.realisationPercent.optional(),
  budgetRealised: ProgressFields.budgetRealised.optional(),
  note: ProgressFields.note.optional(),
  evidenceUrl: ProgressFields.evidenceUrl.optional(),
});
export const ProgressUpdate = z.strictObject(ProgressFields).partial();

export const Progress = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    year: z.number().int(),
    quarter: z.number().int().nullable(),
    status: z.enum(PROGRESS_STATUSES),
    realisationPercent: z.string().nullable().describe('Decimal string, 0–100'),
    budgetRealised: z.string().nullable().describe('Rupiah as a decimal string'),
    note: z.string().nullable(),
    evidenceUrl: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({
    id: 'ProgramProgress',
    description: 'Implementation progress of a programme in a year or quarter',
  });
