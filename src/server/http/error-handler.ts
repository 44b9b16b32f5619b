import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type FieldError, invalid, ProblemError, payloadTooLarge, problemTypeUri } from '../errors.ts';
import { problemFromDatabase } from './database-errors.ts';

const contexts: Record<string, FieldError['in']> = { body: 'body', querystring: 'query', params: 'path' };

/** The parts of a Zod issue that say what was expected; the input is left out (it may be long or private). */
const ISSUE_PARAMS = [
  'origin',
  'minimum',
  'maximum',
  'inclusive',
  'exact',
  'expected',
  'format',
  'values',
  'divisor',
];

function issueParams(params: unknown): Record<string, unknown> {
  const all = (params ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    ISSUE_PARAMS.filter((key) => all[key] !== undefined).map((key) => [
      key,
      // BigInt limits (int64) do not survive JSON.
      typeof all[key] === 'bigint' ? Number(all[key]) : all[key],
    ]),
  );
}

function toProblem(error: FastifyError, request: FastifyRequest): ProblemError {
  if (error instanceof ProblemError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = contexts[error.validationContext ?? 'body'] ?? 'body';
    return invalid(
      error.validation.flatMap((v) => {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        const at = (key: string) => (path ? `${path}.${key}` : key);
        // An unknown key is reported against the key itself, so the client sees which one to drop.
        const unknownKeys =
          v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
        if (unknownKeys.length > 0)
          return unknownKeys.map((key) => ({ field: at(key), in: where, message: 'is not a known field' }));
        return [
          {
            field: path || where,
            in: where,
            message: v.message ?? 'is invalid',
            code: v.keyword,
            params: issueParams(v.params),
          },
        ];
      }),
    );
  }
  const fromDb = problemFromDatabase(error);
  if (fromDb) return fromDb;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return payloadTooLarge(request.routeOptions.bodyLimit ?? 0);
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return invalid([{ field: 'body', in: 'body', message: 'is not valid JSON' }]);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return new ProblemError(error.statusCode, 'request', 'Bad request', error.message);
  return new ProblemError(
    500,
    'internal',
    'Internal server error',
    'Something went wrong on our side; it has been logged',
  );
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: ProblemError) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: problemTypeUri(problem.kind),
      title: problem.title,
      status: problem.status,
      detail: problem.message,
      instance: request.url,
      ...problem.extra,
    });
}

/** The one error handler: every failure leaves as problem+json (RFC 9457). */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      request,
      new ProblemError(404, 'not-found', 'Not found', `No route ${request.method} ${request.url}`),
    ),
  );
}
