import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readSnapshot } from '../../db/snapshot.ts';
import { keptRead } from '../../http/aggregate-cache.ts';
import { IdParams, page, problems } from '../../http/schemas.ts';
import { aggregateRoutes } from './aggregate-routes.ts';
import { keptProgramPage } from './kept-records.ts';
import { progressRoutes } from './progress-routes.ts';
import { reviewRoutes } from './review-routes.ts';
import { Program, ProgramCreate, ProgramListQuery, ProgramUpdate } from './schema.ts';
import {
  createProgram,
  deleteProgram,
  getProgram,
  listPlanPrograms,
  programFilters,
  updateProgram,
} from './service.ts';

/** Action programmes (program aksi) with their reviews, progress reports and the plan's aggregates. */
export async function programsRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Programmes'];

  api.get(
    '/plans/:id/programs',
    {
      config: { access: { permission: 'read', at: 'plan' } },
      schema: {
        tags,
        operationId: 'listPrograms',
        summary: 'List the action programmes of a plan, by code',
        params: IdParams,
        querystring: ProgramListQuery,
        response: { 200: page(Program), ...problems(404) },
      },
    },
    async (request, reply) => {
      const { params, query } = request;
      const filters = programFilters(params.id, query);
      // A page is built of programmes kept one by one (kept-records.ts); should a programme change while
      // it is built, again, and after a few such tries (a busy import), read straight.
      for (let attempt = 0; attempt < 3; attempt++) {
        const page = await keptProgramPage(app, reply, filters, query.limit, query.offset);
        if (page !== null) {
          reply.type('application/json; charset=utf-8');
          return page as unknown as Awaited<ReturnType<typeof listPlanPrograms>>;
        }
      }
      return listPlanPrograms(app.db, params.id, query);
    },
  );

  api.post(
    '/plans/:id/programs',
    {
      config: { access: { permission: 'contribute', at: 'plan', opdFields: ['leadOpdId'] } },
      schema: {
        tags,
        operationId: 'createProgram',
        summary: 'Add an action programme with its OPDs, kecamatan, budgets and targets',
        params: IdParams,
        body: ProgramCreate,
        response: { 201: Program, ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      const created = await app.db.transaction((tx) =>
        createProgram({ tx, actor: request.actor }, request.params.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  api.get(
    '/programs/:id',
    {
      config: { access: { permission: 'read', at: 'program' } },
      schema: {
        tags,
        operationId: 'getProgram',
        summary: 'Get an action programme with its lists',
        params: IdParams,
        response: { 200: Program, ...problems(404) },
      },
    },
    async (request, reply) =>
      keptRead(app, request, reply, () => readSnapshot(app.db, (tx) => getProgram(tx, request.params.id))),
  );

  api.patch(
    '/programs/:id',
    {
      config: { access: { permission: 'contribute', at: 'program', opdFields: ['leadOpdId'] } },
      schema: {
        tags,
        operationId: 'updateProgram',
        summary: 'Change an action programme; a list given replaces the stored one',
        params: IdParams,
        body: ProgramUpdate,
        response: { 200: Program, ...problems(404, 409) },
      },
    },
    async (request) =>
      app.db.transaction((tx) =>
        updateProgram({ tx, actor: request.actor }, request.params.id, request.body),
      ),
  );

  api.delete(
    '/programs/:id',
    {
      config: { access: { permission: 'contribute', at: 'program' } },
      schema: {
        tags,
        operationId: 'deleteProgram',
        summary: 'Delete an action programme with its lists and reviews',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted'), ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      await app.db.transaction((tx) => deleteProgram({ tx, actor: request.actor }, request.params.id));
      return reply.code(204).send();
    },
  );

  reviewRoutes(app);
  progressRoutes(app);
  aggregateRoutes(app);
}
