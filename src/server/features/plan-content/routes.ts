import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Tx } from '../../db/client.ts';
import type { Row } from '../../db/records.ts';
import { goals, missions, plans, strategies } from '../../db/schema/plan.ts';
import { registerResource } from '../../http/resource.ts';
import { pillarRoutes } from './pillar-routes.ts';
import { readinessRoutes } from './readiness-routes.ts';
import { pillarFilter, pillarOrdinalOf, planScope } from './repository.ts';
import {
  Goal,
  GoalCreate,
  GoalUpdate,
  Mission,
  MissionCreate,
  MissionUpdate,
  PillarFilter,
  Strategy,
  StrategyCreate,
  StrategyUpdate,
} from './schema.ts';
import { goalErrors, pillarRefErrors } from './service.ts';

/** The plan's content: vision-to-strategy statements, pillars and elements, readiness. */
export async function planContentRoutes(app: FastifyInstance) {
  const underPlan = (path: string) => ({
    entity: 'plan' as const,
    table: plans,
    path: `/plans/:id/${path}`,
    inherit: (plan: Row) => ({ planId: plan.id }),
  });
  const scope = (tx: Tx, row: Row) => planScope(tx, row.planId as string);
  const tag = 'Plan content';

  registerResource(app, {
    entity: 'mission',
    plural: 'Missions',
    tag,
    table: missions,
    access: { kind: 'mission', read: 'read', write: 'administer' },
    parent: underPlan('missions'),
    itemPath: '/missions',
    record: Mission,
    create: MissionCreate,
    update: MissionUpdate,
    orderBy: [asc(missions.ordinal)],
    scope,
  });

  registerResource(app, {
    entity: 'goal',
    plural: 'Goals',
    tag,
    table: goals,
    access: { kind: 'goal', read: 'read', write: 'administer' },
    parent: underPlan('goals'),
    itemPath: '/goals',
    record: Goal,
    create: GoalCreate,
    update: GoalUpdate,
    orderBy: [asc(goals.ordinal)],
    check: goalErrors,
    scope,
  });

  await pillarRoutes(app, { tag, underPlan: underPlan('pillars'), scope });

  registerResource(app, {
    entity: 'strategy',
    plural: 'Strategies',
    tag,
    table: strategies,
    access: { kind: 'strategy', read: 'read', write: 'administer' },
    parent: underPlan('strategies'),
    itemPath: '/strategies',
    record: Strategy,
    create: StrategyCreate,
    update: StrategyUpdate,
    filters: PillarFilter,
    where: (q) => [pillarFilter(strategies, q.pillar)],
    orderBy: [pillarOrdinalOf(strategies.pillarId), asc(strategies.ordinal)],
    check: pillarRefErrors,
    scope,
  });

  readinessRoutes(app, { tag, underPlan: underPlan('readiness'), scope });
}
