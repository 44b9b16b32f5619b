import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, PageQuery, page, problems } from '../../http/schemas.ts';
import { ProgramReview, ProgramReviewCreate, ProgramReviewResult } from './review-schema.ts';
import { addReview, listProgramReviews } from './review-service.ts';

export function reviewRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Programmes'];

  api.get(
    '/programs/:id/reviews',
    {
      config: { access: { permission: 'readInternal', at: 'program' } },
      schema: {
        tags,
        operationId: 'listProgramReviews',
        summary: 'The facilitator reviews of a programme, oldest first',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: page(ProgramReview), ...problems(404) },
      },
    },
    async (request) =>
      listProgramReviews(app.db, request.params.id, request.query.limit, request.query.offset),
  );

  api.post(
    '/programs/:id/reviews',
    {
      config: { access: { permission: 'review', at: 'program' } },
      schema: {
        tags,
        operationId: 'reviewProgram',
        summary: 'Give a verdict on a programme; it becomes the programme’s review status',
        params: IdParams,
        body: ProgramReviewCreate,
        response: { 201: ProgramReviewResult, ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      const result = await app.db.transaction((tx) =>
        addReview({ tx, actor: request.actor }, request.params.id, request.body),
      );
      return reply.code(201).send(result);
    },
  );
}
