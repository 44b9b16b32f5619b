import { z } from 'zod';
import { FUNDING_SOURCES, PLAN_STATUSES, REVIEW_STATUSES } from '../../../shared/domain.ts';

const Amount = z.string().describe('Rupiah as a decimal string');
const Count = z.number().int();

const PillarRef = { pillarId: z.uuid(), key: z.string(), nameId: z.string(), nameEn: z.string() };
const IndicatorRef = z.object({
  planIndicatorId: z.uuid(),
  code: z.string().describe('Its code in the indicator catalogue'),
  nameId: z.string(),
  nameEn: z.string(),
});

export const PillarSummary = z
  .object({
    ...PillarRef,
    programCount: Count,
    quickWinCount: Count,
    budgetTotal: Amount,
    elementsCovered: Count.describe('Elements of the pillar with at least one programme'),
    elementsTotal: Count,
  })
  .meta({ id: 'PillarSummary' });

export const PlanSummary = z
  .object({
    plan: z.object({
      id: z.uuid(),
      title: z.string(),
      status: z.enum(PLAN_STATUSES),
      periodStart: Count,
      periodEnd: Count,
      currentPhase: Count.nullable(),
      region: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
    }),
    counts: z.object({
      programs: Count,
      quickWins: Count,
      byReviewStatus: z.record(z.enum(REVIEW_STATUSES), Count),
      leadOpds: Count.describe('OPDs leading at least one programme of the plan'),
      indicators: Count.describe('Indicators selected for the plan'),
    }),
    pillars: z.array(PillarSummary).describe('In pillar order'),
    budget: z.object({
      total: Amount,
      byYear: z
        .array(z.object({ year: Count, amount: Amount }))
        .describe('Every year of the plan period, zero when nothing is budgeted'),
      bySource: z
        .array(z.object({ source: z.enum(FUNDING_SOURCES), amount: Amount }))
        .describe('Every funding source, zero when nothing comes from it'),
    }),
    gaps: z.object({
      pillarsWithoutPrograms: z.array(z.object(PillarRef)),
      elementsWithoutPrograms: z.array(
        z.object({
          elementId: z.uuid(),
          key: z.string(),
          nameId: z.string(),
          nameEn: z.string(),
          pillarId: z.uuid(),
          pillarKey: z.string(),
        }),
      ),
      opdsWithoutPrograms: z
        .array(z.object({ opdId: z.uuid(), code: z.string(), name: z.string() }))
        .describe('Active OPDs of the region that lead no programme of this plan'),
      indicatorsWithoutTargets: z
        .array(IndicatorRef)
        .describe('Indicators without any yearly target, in the order of the indicator list of the plan'),
      indicatorsWithWeakData: z
        .array(IndicatorRef)
        .describe(
          'Indicators whose data cannot be checked or may not come: verifiability or data availability failing, no producing OPD, or a producer that does not (fully) collect them; the indicators GET /plans/{id}/indicators/issues lists for those reasons',
        ),
    }),
  })
  .meta({
    id: 'PlanSummary',
    description:
      'A plan at a glance: its programmes by pillar, budgets, and what it still lacks (programmes, lead OPDs, indicator targets, sound indicator data).',
  });

export const BUDGET_DIMENSIONS = ['pillar', 'element', 'opd', 'year', 'source'] as const;
export type BudgetDimension = (typeof BUDGET_DIMENSIONS)[number];

export const BudgetQuery = z.object({
  by: z
    .string()
    .default('pillar')
    .transform((value, ctx) => {
      const parts = value.split(',').map((p) => p.trim());
      const known = parts.every((p) => (BUDGET_DIMENSIONS as readonly string[]).includes(p));
      if (!known || parts.length > 2 || new Set(parts).size !== parts.length) {
        ctx.addIssue({
          code: 'custom',
          message: `must be one or two different dimensions of ${BUDGET_DIMENSIONS.join(', ')}, comma-separated`,
        });
        return z.NEVER;
      }
      return parts as BudgetDimension[];
    })
    .describe(`One or two of ${BUDGET_DIMENSIONS.join(', ')}, comma-separated, e.g. pillar,year`),
});

export const BudgetRow = z
  .object({
    pillarId: z.uuid().optional(),
    pillarKey: z.string().optional(),
    elementId: z.uuid().optional(),
    elementKey: z.string().optional(),
    opdId: z.uuid().optional().describe('The lead OPD'),
    opdCode: z.string().optional(),
    opdName: z.string().optional(),
    year: Count.optional(),
    source: z.enum(FUNDING_SOURCES).optional(),
    programCount: Count.describe('Programmes contributing to the row'),
    amount: Amount,
  })
  .meta({ id: 'BudgetRow' });
export type BudgetRow = z.output<typeof BudgetRow>;

export const BudgetBreakdown = z
  .object({
    by: z.array(z.enum(BUDGET_DIMENSIONS)),
    rows: z
      .array(BudgetRow)
      .describe(
        'One row per combination that has programmes (with year or source: that has budget lines), in pillar, element, OPD code, year and source order',
      ),
    total: Amount,
  })
  .meta({ id: 'BudgetBreakdown' });
