/**
 * Every error the API returns is an RFC 9457 problem+json document made by one of these factories.
 * The global handler (http/error-handler.ts) turns them, validation failures and database constraint
 * violations into responses; nothing else builds an error body.
 */

export interface FieldError {
  /** The field as the client sent it, dotted for nested paths, e.g. `budgets.0.amount`. */
  field: string;
  /** Where the field was: the JSON body, the query string or the path. */
  in: 'body' | 'query' | 'path';
  message: string;
  /** For a schema check: the Zod issue code (e.g. `too_small`), so a client can word it in its language. */
  code?: string;
  /** The limits (minimum, maximum, origin, expected, format, values…), never the input itself. */
  params?: Record<string, unknown>;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    /** A stable identifier for the kind of problem, e.g. `validation`. */
    readonly kind: string,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export const problemTypeUri = (kind: string) => `https://rancang.id/problems/${kind}`;

export const invalid = (errors: FieldError[]) =>
  new ProblemError(
    400,
    'validation',
    'Invalid input',
    errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    { errors },
  );

export const invalidField = (field: string, message: string, where: FieldError['in'] = 'body') =>
  invalid([{ field, in: where, message }]);

export const notFound = (entity: string, id: string) =>
  new ProblemError(404, 'not-found', 'Not found', `No ${entity} with id ${id}`, { entity, id });

export const conflict = (detail: string, extra: Record<string, unknown> = {}) =>
  new ProblemError(409, 'conflict', 'Conflict', detail, extra);

/** A write based on an older version of the record than the one stored: carries the current record. */
export const staleVersion = (entity: string, current: unknown) =>
  new ProblemError(
    409,
    'stale-version',
    'The record was changed by someone else',
    `This ${entity} was changed since you loaded it; review the current version and submit again`,
    { current },
  );

export const payloadTooLarge = (limitBytes: number) =>
  new ProblemError(
    413,
    'payload-too-large',
    'Request too large',
    `The request body exceeds ${limitBytes} bytes`,
  );
