import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getOrThrow } from '../../db/records.ts';
import { elements, pillars, plans } from '../../db/schema/plan.ts';
import { keptRead } from '../../http/aggregate-cache.ts';
import type { ResourceSpec } from '../../http/resource.ts';
import { registerResource } from '../../http/resource.ts';
import { IdParams, PageQuery, page, problems } from '../../http/schemas.ts';
import { listPlanElements } from './repository.ts';
import {
  Element,
  ElementCreate,
  ElementUpdate,
  Pillar,
  PillarCreate,
  PillarFilter,
  PillarUpdate,
} from './schema.ts';
import { deletePillar } from './service.ts';

interface Options {
  tag: string;
  underPlan: NonNullable<ResourceSpec['parent']>;
  scope: NonNullable<ResourceSpec['scope']>;
}

export async function pillarRoutes(app: FastifyInstance, { tag, underPlan, scope }: Options) {
  registerResource(app, {
    entity: 'pillar',
    plural: 'Pillars',
    tag,
    table: pillars,
    access: { kind: 'pillar', read: 'read', write: 'administer' },
    parent: underPlan,
    itemPath: '/pillars',
    record: Pillar,
    create: PillarCreate,
    update: PillarUpdate,
    orderBy: [asc(pillars.ordinal), asc(pillars.key)],
    scope,
    // A pillar still holding programmes or indicators is refused; its elements, strategies and
    // readiness cells go with it, each audited.
    remove: deletePillar,
  });

  registerResource(app, {
    entity: 'element',
    plural: 'Elements',
    tag,
    table: elements,
    access: { kind: 'element', read: 'read', write: 'administer' },
    parent: {
      entity: 'pillar',
      table: pillars,
      path: '/pillars/:id/elements',
      inherit: (pillar) => ({ pillarId: pillar.id, planId: pillar.planId }),
    },
    itemPath: '/elements',
    record: Element,
    create: ElementCreate,
    update: ElementUpdate,
    orderBy: [asc(elements.ordinal), asc(elements.key)],
    scope,
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    '/plans/:id/elements',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags: [tag],
        operationId: 'listPlanElements',
        summary: 'List the elements of every pillar of a plan, in pillar order',
        params: IdParams,
        querystring: PageQuery.extend(PillarFilter.shape),
        response: { 200: page(Element), ...problems(404) },
      },
    },
    async (request, reply) =>
      keptRead(app, request, reply, async () => {
        await getOrThrow(app.db, plans, 'plan', request.params.id);
        return listPlanElements(app.db, request.params.id, request.query);
      }),
  );
}
