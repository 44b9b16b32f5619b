import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { keptRead } from '../../http/aggregate-cache.ts';
import { IdParams, PageQuery, page, problems } from '../../http/schemas.ts';
import { PROGRESS_RULES } from './judgement-schema.ts';
import { indicatorSeenBy, viewerOf } from './measurement-viewer.ts';
import {
  createPlanIndicator,
  deletePlanIndicator,
  getPlanIndicator,
  listPlanIndicators,
  updatePlanIndicator,
} from './plan-indicator-service.ts';
import { PlanIndicator, PlanIndicatorCreate, PlanIndicatorQuery, PlanIndicatorUpdate } from './schema.ts';

const tags = ['Indicators'];

export async function planIndicatorRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/plans/:id/indicators',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'listPlanIndicators',
        summary: "List a plan's indicators",
        description: `Each with its six criterion scores and grade (\`quality\`), baseline, targets, latest measurement and its \`progress\`. ${PROGRESS_RULES}`,
        params: IdParams,
        querystring: PageQuery.extend(PlanIndicatorQuery.shape),
        response: { 200: page(PlanIndicator), ...problems(404) },
      },
    },
    async (request, reply) =>
      keptRead(app, request, reply, async () => {
        const found = await listPlanIndicators(app.db, request.params.id, request.query);
        return { ...found, items: found.items.map((i) => indicatorSeenBy(i, viewerOf(request))) };
      }),
  );

  api.post(
    '/plans/:id/indicators',
    {
      config: { access: { permission: 'administer', at: 'plan' } },
      schema: {
        tags,
        operationId: 'createPlanIndicator',
        summary: 'Select an indicator for a plan',
        description:
          'With its targets, six-criteria assessment, data availability and programmes, in one go.',
        params: IdParams,
        body: PlanIndicatorCreate,
        response: { 201: PlanIndicator, ...problems(404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          indicatorSeenBy(
            await createPlanIndicator(app.db, request.actor, request.params.id, request.body),
            viewerOf(request),
          ),
        ),
  );

  api.get(
    '/plan-indicators/:id',
    {
      config: { access: { permission: 'read', at: 'planIndicator' } },
      schema: {
        tags,
        operationId: 'getPlanIndicator',
        summary: 'Get an indicator of a plan',
        params: IdParams,
        response: { 200: PlanIndicator, ...problems(404) },
      },
    },
    async (request) => indicatorSeenBy(await getPlanIndicator(app.db, request.params.id), viewerOf(request)),
  );

  api.patch(
    '/plan-indicators/:id',
    {
      config: { access: { permission: 'contribute', at: 'planIndicator', opdFields: ['producerOpdId'] } },
      schema: {
        tags,
        operationId: 'updatePlanIndicator',
        summary: 'Change an indicator of a plan',
        description:
          'Each list given (targets, assessments, availability, programIds) replaces the stored one.',
        params: IdParams,
        body: PlanIndicatorUpdate,
        response: { 200: PlanIndicator, ...problems(404, 409) },
      },
    },
    async (request) =>
      indicatorSeenBy(
        await updatePlanIndicator(app.db, request.actor, request.params.id, request.body),
        viewerOf(request),
      ),
  );

  api.delete(
    '/plan-indicators/:id',
    {
      config: { access: { permission: 'administer', at: 'planIndicator' } },
      schema: {
        tags,
        operationId: 'deletePlanIndicator',
        summary: 'Remove an indicator without measurements from its plan',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted'), ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      await deletePlanIndicator(app.db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
