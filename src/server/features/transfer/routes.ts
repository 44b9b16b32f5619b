import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isUuid, locate } from '../../access/locate.ts';
import { body, NATIONAL_PLACE, type PlaceOf } from '../../access/plugin.ts';
import { IdParams, problems } from '../../http/schemas.ts';
import { exportPlan, planFileName } from './plan-export.ts';
import { importPlan } from './plan-import.ts';
import { serializePlanDocument } from './plan-parts.ts';
import { findRegionByIdOrCode } from './plan-repository.ts';
import { ImportQuery, ImportResult, PlanDocumentShape } from './schema.ts';

/**
 * A plan document is imported by the admin of the region it names. A region not yet here, or a plan
 * id already used in another region, is the platform admin's call.
 */
const importTarget: PlaceOf = async (request, db) => {
  const doc = body(request);
  const region = (doc.region ?? {}) as Record<string, unknown>;
  const plan = (doc.plan ?? {}) as Record<string, unknown>;
  if (!isUuid(region.id) || typeof region.code !== 'string') return null;
  const found = await db.transaction((tx) =>
    findRegionByIdOrCode(tx, region.id as string, region.code as string),
  );
  if (!found) return NATIONAL_PLACE;
  const existing = await locate(db, 'plan', plan.id);
  if (existing && existing.regionId !== found.id) return NATIONAL_PLACE;
  return locate(db, 'region', found.id);
};

export async function transferRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/plans/:id/export',
    {
      config: { access: { permission: 'readInternal', at: 'plan' } },
      schema: {
        tags: ['Transfer'],
        operationId: 'exportPlan',
        summary: 'Download a plan with everything belonging to it as a rancang-plan document',
        params: IdParams,
        response: { 200: PlanDocumentShape, ...problems(404) },
      },
    },
    async (request, reply) => {
      const doc = await exportPlan(app.db, request.params.id);
      // Sent as the canonical text (Fastify passes a string through unserialised), so that the
      // download is byte-identical to the CLI's file.
      const text = serializePlanDocument(doc) as unknown as z.infer<typeof PlanDocumentShape>;
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${planFileName(doc)}"`)
        .send(text);
    },
  );

  api.post(
    '/plans/import',
    {
      config: { access: { permission: 'administer', at: importTarget } },
      schema: {
        tags: ['Transfer'],
        operationId: 'importPlan',
        summary: 'Import a rancang-plan document (a plan exported here or from another installation)',
        querystring: ImportQuery,
        body: PlanDocumentShape,
        response: { 201: ImportResult, ...problems(409, 413) },
      },
    },
    async (request, reply) => {
      const result = await importPlan(app.db, request.body, {
        actor: request.actor,
        replace: request.query.replace === 'true',
      });
      return reply.code(201).send(result);
    },
  );
}
