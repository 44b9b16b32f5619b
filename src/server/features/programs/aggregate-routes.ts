import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { keptAnswer } from '../../http/aggregate-cache.ts';
import { IdParams, problems } from '../../http/schemas.ts';
import { BudgetBreakdown, BudgetQuery, PlanSummary } from './aggregate-schema.ts';
import { planBudget, planSummary } from './aggregate-service.ts';

export function aggregateRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Programmes'];

  api.get(
    '/plans/:id/summary',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'getPlanSummary',
        summary: 'A plan at a glance: programmes per pillar, budgets, gaps',
        params: IdParams,
        response: { 200: PlanSummary, ...problems(404) },
      },
    },
    async (request, reply) =>
      keptAnswer(app, `plan-summary:${request.params.id}`, reply, () =>
        planSummary(app.db, request.params.id),
      ),
  );

  api.get(
    '/plans/:id/budget',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'getPlanBudget',
        summary: 'Budget of a plan by pillar, element, OPD, year or funding source',
        params: IdParams,
        querystring: BudgetQuery,
        response: { 200: BudgetBreakdown, ...problems(404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { by } = request.query;
      // In the order asked for: the rows are grouped and sorted by the first dimension, then the second.
      return keptAnswer(app, `plan-budget:${id}:${by.join(',')}`, reply, () => planBudget(app.db, id, by));
    },
  );
}
