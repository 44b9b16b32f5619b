import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { READINESS_ASPECTS } from '../../../shared/domain.ts';
import { getOrThrow } from '../../db/records.ts';
import { plans, readinessScores } from '../../db/schema/plan.ts';
import { keptAnswer } from '../../http/aggregate-cache.ts';
import type { ResourceSpec } from '../../http/resource.ts';
import { registerResource } from '../../http/resource.ts';
import { IdParams, problems } from '../../http/schemas.ts';
import {
  ReadinessCreate,
  ReadinessFilters,
  ReadinessMatrix,
  ReadinessMatrixResult,
  ReadinessScore,
  ReadinessSummary,
  ReadinessUpdate,
} from './readiness-schema.ts';
import { aspectOrder, pillarFilter, pillarOrdinalOf } from './repository.ts';
import { pillarRefErrors, readinessSummaryOf, writeReadinessMatrix } from './service.ts';

interface Options {
  tag: string;
  underPlan: NonNullable<ResourceSpec['parent']>;
  scope: NonNullable<ResourceSpec['scope']>;
}

export function readinessRoutes(app: FastifyInstance, { tag, underPlan, scope }: Options) {
  registerResource(app, {
    entity: 'readinessScore',
    plural: 'ReadinessScores',
    tag,
    table: readinessScores,
    access: { kind: 'readiness', read: 'read', write: 'administer' },
    parent: underPlan,
    itemPath: '/readiness',
    record: ReadinessScore,
    create: ReadinessCreate,
    update: ReadinessUpdate,
    filters: ReadinessFilters,
    where: (q) => [
      pillarFilter(readinessScores, q.pillar),
      q.aspect ? eq(readinessScores.aspect, q.aspect as (typeof READINESS_ASPECTS)[number]) : undefined,
    ],
    orderBy: [pillarOrdinalOf(readinessScores.pillarId), aspectOrder],
    check: pillarRefErrors,
    scope,
  });

  const api = app.withTypeProvider<ZodTypeProvider>();

  api.put(
    '/plans/:id/readiness',
    {
      config: { access: { permission: 'administer', at: 'plan' } },
      schema: {
        tags: [tag],
        operationId: 'writeReadinessMatrix',
        summary: 'Create or replace many cells of the readiness matrix at once',
        description:
          'All cells are checked first; if any is refused nothing is written and each bad one is named as `items.N.field`.',
        params: IdParams,
        body: ReadinessMatrix,
        response: { 200: ReadinessMatrixResult, ...problems(404, 409) },
      },
    },
    async (request) =>
      app.db.transaction(async (tx) => {
        // Locking the plan queues concurrent matrix writes, so two first scorings of a cell cannot collide.
        await getOrThrow(tx, plans, 'plan', request.params.id, true);
        return writeReadinessMatrix(tx, request.params.id, request.body.items, request.actor);
      }),
  );

  api.get(
    '/plans/:id/readiness-summary',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags: [tag],
        operationId: 'getReadinessSummary',
        summary: 'Readiness per pillar and aspect, averages and the gaps to close',
        params: IdParams,
        response: { 200: ReadinessSummary, ...problems(404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      return keptAnswer(app, `plan-readiness:${id}`, reply, async () => {
        await getOrThrow(app.db, plans, 'plan', id);
        return readinessSummaryOf(app.db, id);
      });
    },
  );
}
