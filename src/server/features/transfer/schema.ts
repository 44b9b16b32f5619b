import { z } from 'zod';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from './plan-parts.ts';

/**
 * The OpenAPI description of a plan document: its top-level shape only (the full schema, generated from
 * the tables, is checked by the import service, which names each bad field). See docs/plan-export-format.md.
 */
export const PlanDocumentShape = z
  .looseObject({
    format: z.literal(PLAN_FORMAT),
    version: z.literal(PLAN_FORMAT_VERSION),
    region: z.looseObject({ id: z.guid(), code: z.string() }).describe('The region the plan belongs to'),
    kecamatan: z.array(z.looseObject({})),
    opdUnits: z.array(z.looseObject({})),
    people: z.array(z.looseObject({})).describe('People of the region, each with their positions'),
    catalogue: z.array(z.looseObject({})).describe('The indicator catalogue entries the plan uses'),
    plan: z.looseObject({ id: z.guid(), regionId: z.guid(), title: z.string() }),
    missions: z.array(z.looseObject({})),
    goals: z.array(z.looseObject({})),
    pillars: z.array(z.looseObject({})),
    elements: z.array(z.looseObject({})),
    readinessScores: z.array(z.looseObject({})),
    strategies: z.array(z.looseObject({})),
    programs: z
      .array(z.looseObject({}))
      .describe('Action programmes with supportingOpds, kecamatan, budgets, targets, reviews, progress'),
    indicators: z
      .array(z.looseObject({}))
      .describe('Plan indicators with targets, assessments, availability, programs, measurements'),
    workshopPhases: z.array(z.looseObject({})).describe('Workshop phases with sessions and their attendance'),
  })
  .meta({
    id: 'PlanDocument',
    description:
      'A plan with everything belonging to it and its organisation (format rancang-plan, version 1)',
  });

export const ImportQuery = z.object({
  replace: z
    .enum(['true', 'false'])
    .default('false')
    .describe('Replace a plan with the same id instead of refusing the import with 409'),
});

export const ImportResult = z
  .object({
    planId: z.uuid(),
    counts: z.record(z.string(), z.number().int()).describe('Rows inserted per table'),
  })
  .meta({ id: 'PlanImportResult' });
