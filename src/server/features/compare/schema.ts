import { z } from 'zod';
import { PLAN_STATUSES } from '../../../shared/domain.ts';
import { Region } from '../regions/schema.ts';

const Amount = z.string().describe('Rupiah as a decimal string');
const Count = z.number().int();

export const ComparedPillar = z
  .object({
    key: z.string(),
    programCount: Count,
    budgetTotal: Amount,
    readinessAverage: z
      .number()
      .nullable()
      .describe(
        'Mean of the pillar’s readiness scores (1–5) over the aspects scored, 2 decimals; null if none',
      ),
  })
  .meta({ id: 'ComparedPillar' });

export const ComparedRegion = z
  .object({
    ...Region.pick({ id: true, code: true, name: true, kind: true, province: true }).shape,
    plan: z
      .object({
        id: z.uuid(),
        title: z.string(),
        status: z.enum(PLAN_STATUSES),
        currentPhase: Count.nullable(),
        periodStart: Count,
        periodEnd: Count,
        programCount: Count,
        budgetTotal: Amount,
      })
      .nullable()
      .describe(
        'The current plan: the newest the caller may read (latest period start, then latest created); null when there is none',
      ),
    pillars: z
      .array(ComparedPillar)
      .describe(
        'The current plan’s pillars in column order; a column missing here is a pillar the plan does not have',
      ),
  })
  .meta({ id: 'ComparedRegion' });

export const RegionComparison = z
  .object({
    pillars: z
      .array(z.object({ key: z.string(), nameId: z.string(), nameEn: z.string() }))
      .describe(
        'The columns: the six default pillars in their order, then any other pillar a shown plan has, by key',
      ),
    regions: z.array(ComparedRegion).describe('By region code'),
  })
  .meta({
    id: 'RegionComparison',
    description:
      'Every region the caller may see, side by side: its current plan with programmes, budget and readiness per pillar.',
  });
export type RegionComparison = z.output<typeof RegionComparison>;
