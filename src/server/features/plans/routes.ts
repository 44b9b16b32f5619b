import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PLAN_STATUSES } from '../../../shared/domain.ts';
import { fromBody } from '../../access/plugin.ts';
import { visiblePlans } from '../../access/visibility.ts';
import { plans } from '../../db/schema/plan.ts';
import { regions } from '../../db/schema/region.ts';
import { registerResource } from '../../http/resource.ts';
import { Plan, PlanCreate, PlanUpdate } from './schema.ts';
import { createDefaultPillars, planTransitionErrors } from './service.ts';

const isUuid = (v: string) => z.uuid().safeParse(v).success;

export async function planRoutes(app: FastifyInstance) {
  registerResource(app, {
    entity: 'plan',
    plural: 'Plans',
    tag: 'Plans',
    table: plans,
    access: { kind: 'plan', read: 'read', write: 'administer', createAt: fromBody('region', 'regionId') },
    visible: visiblePlans,
    rootPath: '/plans',
    itemPath: '/plans',
    record: Plan,
    create: PlanCreate,
    update: PlanUpdate,
    filters: z.object({
      region: z.string().min(1).optional().describe('Region id or BPS code'),
      status: z.enum(PLAN_STATUSES).optional(),
    }),
    where: (q) => {
      const region = q.region as string | undefined;
      return [
        region
          ? isUuid(region)
            ? eq(plans.regionId, region)
            : sql`${plans.regionId} in (select ${regions.id} from ${regions} where ${eq(regions.code, region)})`
          : undefined,
        q.status ? eq(plans.status, q.status as (typeof PLAN_STATUSES)[number]) : undefined,
      ];
    },
    orderBy: [plans.periodStart, plans.title],
    scope: async (_tx, row) => ({
      planId: (row.id as string | undefined) ?? null,
      regionId: row.regionId as string,
    }),
    check: async (_tx, candidate, existing) => planTransitionErrors(candidate, existing),
    afterCreate: async (tx, row, actor, body) => {
      if (body.withDefaultPillars !== false) await createDefaultPillars(tx, row, actor);
    },
  });
}
