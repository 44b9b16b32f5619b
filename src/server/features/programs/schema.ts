import { z } from 'zod';
import {
  FUNDING_SOURCES,
  PLAN_MAX_YEARS,
  PROGRAM_HORIZONS,
  REVIEW_STATUSES,
  YEAR_MAX,
  YEAR_MIN,
} from '../../../shared/domain.ts';
import { PageQuery, Rupiah, Timestamp, Year } from '../../http/schemas.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);

const BudgetLineInput = z.strictObject({
  year: Year,
  source: z.enum(FUNDING_SOURCES),
  amount: Rupiah.describe('Rupiah, a number or a decimal string with at most 2 decimals'),
});

const TargetInput = z.strictObject({ year: Year, target: Text(1000) });

const ProgramFields = {
  pillarId: z.uuid(),
  elementId: z.uuid().describe('An element of the chosen pillar'),
  code: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .regex(/^\S+$/, 'must not contain spaces')
    .describe('Worksheet code, unique in the plan; generated from the pillar (e.g. GOV-07) when left out'),
  title: z.string().trim().min(3).max(300),
  description: Text(10_000).nullable(),
  leadOpdId: z.uuid().describe('The responsible OPD, one of the plan region’s'),
  supportingOpdIds: z
    .array(z.uuid())
    .max(100)
    .describe('Supporting OPDs of the plan region, not the lead one'),
  missionId: z.uuid().nullable().describe('The plan mission the programme serves'),
  rpjmdProgram: Text(500).nullable(),
  renstraProgram: Text(500).nullable(),
  horizon: z.literal(PROGRAM_HORIZONS).describe('Horizon in years'),
  startYear: Year.describe('Inside the plan period'),
  endYear: Year.describe('Inside the plan period, not before startYear'),
  isQuickWin: z.boolean(),
  innovation: Text(4000).nullable(),
  output: Text(4000).nullable(),
  outcome: Text(4000).nullable(),
  kecamatanIds: z
    .array(z.uuid())
    .max(100)
    .describe('Kecamatan of the plan region the programme reaches; empty means the whole regency'),
  budgets: z
    .array(BudgetLineInput)
    .max(PLAN_MAX_YEARS * FUNDING_SOURCES.length)
    .describe('Budget per year and funding source; years inside startYear–endYear, each pair once'),
  targets: z
    .array(TargetInput)
    .max(PLAN_MAX_YEARS)
    .describe('Target per year inside startYear–endYear, each year once'),
};

export const ProgramCreate = z.strictObject({
  ...ProgramFields,
  code: ProgramFields.code.optional(),
  description: ProgramFields.description.optional(),
  supportingOpdIds: ProgramFields.supportingOpdIds.default([]),
  missionId: ProgramFields.missionId.optional(),
  rpjmdProgram: ProgramFields.rpjmdProgram.optional(),
  renstraProgram: ProgramFields.renstraProgram.optional(),
  isQuickWin: ProgramFields.isQuickWin.default(false),
  innovation: ProgramFields.innovation.optional(),
  output: ProgramFields.output.optional(),
  outcome: ProgramFields.outcome.optional(),
  kecamatanIds: ProgramFields.kecamatanIds.default([]),
  budgets: ProgramFields.budgets.default([]),
  targets: ProgramFields.targets.default([]),
});
export type ProgramCreate = z.output<typeof ProgramCreate>;

/** A list given in a change replaces the stored one; a list left out stays as it is. */
export const ProgramUpdate = z
  .strictObject(ProgramFields)
  .partial()
  .extend({
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('The version you edited; a stale one is refused with 409 and the current programme'),
  });
export type ProgramUpdate = z.output<typeof ProgramUpdate>;

export const ProgramBudget = z
  .object({
    year: z.number().int(),
    source: z.enum(FUNDING_SOURCES),
    amount: z.string().describe('Rupiah as a decimal string'),
  })
  .meta({ id: 'ProgramBudget' });

export const ProgramTarget = z
  .object({ year: z.number().int(), target: z.string() })
  .meta({ id: 'ProgramTarget' });

export const Program = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    pillarId: z.uuid(),
    pillarKey: z.string(),
    elementId: z.uuid(),
    elementKey: z.string(),
    code: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    leadOpdId: z.uuid(),
    leadOpdCode: z.string(),
    leadOpdName: z.string(),
    supportingOpdIds: z.array(z.uuid()),
    missionId: z.uuid().nullable(),
    rpjmdProgram: z.string().nullable(),
    renstraProgram: z.string().nullable(),
    horizon: z.number().int(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    isQuickWin: z.boolean(),
    innovation: z.string().nullable(),
    output: z.string().nullable(),
    outcome: z.string().nullable(),
    reviewStatus: z.enum(REVIEW_STATUSES).describe('The latest facilitator verdict'),
    kecamatanIds: z.array(z.uuid()).describe('Empty means the whole regency'),
    budgets: z.array(ProgramBudget).describe('By year, then funding source'),
    targets: z.array(ProgramTarget).describe('By year'),
    budgetTotal: z.string().describe('Sum of the budgets in rupiah, as a decimal string'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Program', description: 'An action programme (program aksi) with its yearly lists' });

export const ProgramListQuery = PageQuery.extend({
  pillar: z.string().trim().min(1).max(100).optional().describe('Pillar id or key, e.g. governance'),
  element: z.uuid().optional().describe('Element id'),
  opd: z.uuid().optional().describe('An OPD that leads or supports the programme'),
  year: z.coerce
    .number()
    .int()
    .min(YEAR_MIN)
    .max(YEAR_MAX)
    .optional()
    .describe('Programmes running in that year'),
  quickWin: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only quick wins (true) or only the others (false)'),
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Part of the title, code or description'),
});
export type ProgramListQuery = z.output<typeof ProgramListQuery>;
