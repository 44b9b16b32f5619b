import { z } from 'zod';
import { PLAN_MAX_YEARS, PLAN_STATUSES, WORKSHOP_PHASES } from '../../../shared/domain.ts';
import { DateOnly, Timestamp, Year } from '../../http/schemas.ts';

const PlanFields = {
  title: z.string().trim().min(3).max(300),
  periodStart: Year,
  periodEnd: Year,
  status: z.enum(PLAN_STATUSES),
  currentPhase: z.union(WORKSHOP_PHASES.map((p) => z.literal(p))).nullable(),
  vision: z.string().trim().max(4000).nullable(),
  rpjmdReference: z.string().trim().max(500).nullable(),
  adoptionInstrument: z.string().trim().max(500).nullable(),
  adoptedOn: DateOnly.nullable(),
};

const periodRule = (p: { periodStart?: number; periodEnd?: number }, ctx: z.RefinementCtx) => {
  if (p.periodStart === undefined || p.periodEnd === undefined) return;
  if (p.periodEnd < p.periodStart)
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
  else if (p.periodEnd - p.periodStart >= PLAN_MAX_YEARS)
    ctx.addIssue({
      code: 'custom',
      path: ['periodEnd'],
      message: `a plan spans at most ${PLAN_MAX_YEARS} years`,
    });
};

export const PlanCreate = z
  .strictObject({
    regionId: z.uuid(),
    ...PlanFields,
    status: PlanFields.status.default('draft'),
    currentPhase: PlanFields.currentPhase.optional(),
    vision: PlanFields.vision.optional(),
    rpjmdReference: PlanFields.rpjmdReference.optional(),
    adoptionInstrument: PlanFields.adoptionInstrument.optional(),
    adoptedOn: PlanFields.adoptedOn.optional(),
    /** Start with the default six pillars and their elements (DOMAIN.md); false for an empty plan. */
    withDefaultPillars: z.boolean().default(true),
  })
  .superRefine(periodRule);

export const PlanUpdate = z.strictObject(PlanFields).partial().superRefine(periodRule);

export const Plan = z
  .object({
    id: z.uuid(),
    regionId: z.uuid(),
    title: z.string(),
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    currentPhase: z.number().int().nullable(),
    vision: z.string().nullable(),
    rpjmdReference: z.string().nullable(),
    adoptionInstrument: z.string().nullable(),
    adoptedOn: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Plan' });
