import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { IdParams, page, problems } from '../../http/schemas.ts';
import { indicatorSeenBy, viewerOf } from '../indicators/measurement-viewer.ts';
import { PlanIndicator } from '../indicators/schema.ts';
import { Plan } from '../plans/schema.ts';
import { Program } from '../programs/schema.ts';
import { HistoryEntry, HistoryQuery, PlanHistoryQuery, RestoreBody } from './schema.ts';
import {
  planHistory,
  planIndicatorHistory,
  programHistory,
  restorePlan,
  restorePlanIndicator,
  restoreProgram,
} from './service.ts';

const tags = ['History'];
const restoreNote =
  'The version is checked like a normal write (a record it refers to may be gone since) and the restore is audited.';

/** Versions of programmes, plan indicators and plans from the audit log, and restoring one of them. */
export async function historyRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/programs/:id/history',
    {
      config: { access: { permission: 'readInternal', at: 'program' } },
      schema: {
        tags,
        operationId: 'listProgramHistory',
        summary: "List a programme's versions, newest first, also after it was deleted",
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: page(HistoryEntry), ...problems(404) },
      },
    },
    async (request) => programHistory(app.db, request.params.id, request.query),
  );

  api.get(
    '/plan-indicators/:id/history',
    {
      config: { access: { permission: 'readInternal', at: 'planIndicator' } },
      schema: {
        tags,
        operationId: 'listPlanIndicatorHistory',
        summary: "List a plan indicator's versions, newest first, also after it was removed",
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: page(HistoryEntry), ...problems(404) },
      },
    },
    async (request) => planIndicatorHistory(app.db, request.params.id, request.query),
  );

  api.get(
    '/plans/:id/history',
    {
      config: { access: { permission: 'readInternal', at: 'plan' } },
      schema: {
        tags,
        operationId: 'listPlanHistory',
        summary: "List a plan's versions, or with scope=all every change to the plan's records",
        params: IdParams,
        querystring: PlanHistoryQuery,
        response: { 200: page(HistoryEntry), ...problems(404) },
      },
    },
    async (request) => planHistory(app.db, request.params.id, request.query),
  );

  api.post(
    '/programs/:id/restore',
    {
      config: { access: { permission: 'administer', at: 'program' } },
      schema: {
        tags,
        operationId: 'restoreProgram',
        summary: 'Restore a programme, with its lists, to an earlier version',
        description: `A deleted programme is re-created under its own id while its plan exists. ${restoreNote}`,
        params: IdParams,
        body: RestoreBody,
        response: { 200: Program, ...problems(404, 409) },
      },
    },
    async (request) => restoreProgram({ db: app.db, actor: request.actor }, request.params.id, request.body),
  );

  api.post(
    '/plan-indicators/:id/restore',
    {
      config: { access: { permission: 'administer', at: 'planIndicator' } },
      schema: {
        tags,
        operationId: 'restorePlanIndicator',
        summary: 'Restore a plan indicator, with its lists, to an earlier version',
        description: `A removed indicator is selected again under its own id while its plan exists. ${restoreNote}`,
        params: IdParams,
        body: RestoreBody,
        response: { 200: PlanIndicator, ...problems(404, 409) },
      },
    },
    async (request) =>
      indicatorSeenBy(
        await restorePlanIndicator({ db: app.db, actor: request.actor }, request.params.id, request.body),
        viewerOf(request),
      ),
  );

  api.post(
    '/plans/:id/restore',
    {
      config: { access: { permission: 'administer', at: 'plan' } },
      schema: {
        tags,
        operationId: 'restorePlan',
        summary: "Restore a plan's own fields to an earlier version",
        description: `Its content keeps its own history; a deleted plan comes back by import. ${restoreNote}`,
        params: IdParams,
        body: RestoreBody,
        response: { 200: Plan, ...problems(404, 409) },
      },
    },
    async (request) =>
      (await restorePlan({ db: app.db, actor: request.actor }, request.params.id, request.body)) as z.output<
        typeof Plan
      >,
  );
}
