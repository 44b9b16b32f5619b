import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery, page, problems } from '../../http/schemas.ts';
import {
  createMeasurement,
  deleteMeasurement,
  getMeasurement,
  judgeMeasurement,
  listMeasurements,
  updateMeasurement,
} from './measurement-service.ts';
import { seenBy, viewerOf } from './measurement-viewer.ts';
import {
  Measurement,
  MeasurementCreate,
  MeasurementQuery,
  MeasurementReject,
  MeasurementUpdate,
  MeasurementVerify,
} from './schema.ts';

const tags = ['Indicators'];

export async function measurementRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/plan-indicators/:id/measurements',
    {
      config: { access: { permission: 'read', at: 'planIndicator' } },
      schema: {
        tags,
        operationId: 'listIndicatorMeasurements',
        summary: "List a plan indicator's measured values",
        params: IdParams,
        querystring: PageQuery.extend(MeasurementQuery.shape),
        response: { 200: page(Measurement), ...problems(404) },
      },
    },
    async (request) => {
      const found = await listMeasurements(app.db, request.params.id, request.query);
      return { ...found, items: found.items.map((m) => seenBy(m, viewerOf(request))) };
    },
  );

  api.post(
    '/plan-indicators/:id/measurements',
    {
      config: { access: { permission: 'contribute', at: 'planIndicator' } },
      schema: {
        tags,
        operationId: 'createIndicatorMeasurement',
        summary: 'Submit a measured value',
        description:
          'Give `value`, or `numerator` and `denominator` (value = numerator / denominator × multiplier).',
        params: IdParams,
        body: MeasurementCreate,
        response: { 201: Measurement, ...problems(404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          seenBy(
            await createMeasurement(app.db, request.actor, request.params.id, request.body),
            viewerOf(request),
          ),
        ),
  );

  api.get(
    '/measurements/:id',
    {
      config: { access: { permission: 'read', at: 'measurement' } },
      schema: {
        tags,
        operationId: 'getIndicatorMeasurement',
        summary: 'Get a measured value',
        params: IdParams,
        response: { 200: Measurement, ...problems(404) },
      },
    },
    async (request) => seenBy(await getMeasurement(app.db, request.params.id), viewerOf(request)),
  );

  api.patch(
    '/measurements/:id',
    {
      config: { access: { permission: 'contribute', at: 'measurement' } },
      schema: {
        tags,
        operationId: 'updateIndicatorMeasurement',
        summary: 'Correct a measured value',
        description:
          'A corrected value (also a verified or rejected one) is submitted again and needs a new verification, by another account than the one that corrected it. Send the `version` you corrected: a stale one is refused with 409 and the current value.',
        params: IdParams,
        body: MeasurementUpdate,
        response: { 200: Measurement, ...problems(404, 409) },
      },
    },
    async (request) =>
      seenBy(
        await updateMeasurement(app.db, request.actor, request.params.id, request.body),
        viewerOf(request),
      ),
  );

  api.delete(
    '/measurements/:id',
    {
      config: { access: { permission: 'contribute', at: 'measurement' } },
      schema: {
        tags,
        operationId: 'deleteIndicatorMeasurement',
        summary: 'Delete a measured value',
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted'), ...problems(404) },
      },
    },
    async (request, reply) => {
      await deleteMeasurement(app.db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );

  api.post(
    '/measurements/:id/verify',
    {
      config: { access: { permission: 'administer', at: 'measurement' } },
      schema: {
        tags,
        operationId: 'verifyIndicatorMeasurement',
        summary: 'Verify a submitted value',
        description: 'By someone other than the submitter; only a submitted value can be verified.',
        params: IdParams,
        body: MeasurementVerify,
        response: { 200: Measurement, ...problems(404, 409) },
      },
    },
    async (request) =>
      seenBy(
        await judgeMeasurement(app.db, request.actor, request.params.id, {
          status: 'verified',
          ...request.body,
        }),
        viewerOf(request),
      ),
  );

  api.post(
    '/measurements/:id/reject',
    {
      config: { access: { permission: 'administer', at: 'measurement' } },
      schema: {
        tags,
        operationId: 'rejectIndicatorMeasurement',
        summary: 'Reject a submitted value, saying why',
        description: 'By someone other than the submitter; only a submitted value can be rejected.',
        params: IdParams,
        body: MeasurementReject,
        response: { 200: Measurement, ...problems(404, 409) },
      },
    },
    async (request) =>
      seenBy(
        await judgeMeasurement(app.db, request.actor, request.params.id, {
          status: 'rejected',
          ...request.body,
        }),
        viewerOf(request),
      ),
  );
}
