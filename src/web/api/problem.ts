import { fieldMessage } from './field-message.ts';

/** A field the API named in a validation problem (RFC 9457 `errors[]`, see src/server/errors.ts). */
export interface FieldError {
  field: string;
  in: 'body' | 'query' | 'path';
  message: string;
  /** The schema check that failed (a Zod issue code) and its limits, to word it in the reader's language. */
  code?: string;
  params?: Record<string, unknown>;
}

/**
 * Any failure of an API call, as the one shape the UI handles: the server's problem+json when it sent
 * one, or a stand-in for a lost connection (`status` 0, `kind` 'network') or a non-JSON answer.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** The last part of the problem `type`, e.g. `validation`, `stale-version`, `sign-in-locked`. */
  readonly kind: string;
  readonly title: string;
  readonly detail: string;
  readonly fields: FieldError[];
  /** For a 409 stale version: the record as stored now, to show beside the user's edit. */
  readonly current: unknown;
  /** Seconds to wait before trying again (429), from the problem or the Retry-After header. */
  readonly retryAfter: number | null;
  /** A duplicate (409 conflict): the fields whose values another record already has. */
  readonly duplicateFields: string[];
  /** A refused deletion (409 conflict): what still points at the record, e.g. `positions`. */
  readonly usedBy: string | null;

  constructor(init: {
    status: number;
    kind: string;
    title: string;
    detail: string;
    fields?: FieldError[];
    current?: unknown;
    retryAfter?: number | null;
    duplicateFields?: string[];
    usedBy?: string | null;
  }) {
    super(init.detail || init.title);
    this.status = init.status;
    this.kind = init.kind;
    this.title = init.title;
    this.detail = init.detail;
    this.fields = init.fields ?? [];
    this.current = init.current;
    this.retryAfter = init.retryAfter ?? null;
    this.duplicateFields = init.duplicateFields ?? [];
    this.usedBy = init.usedBy ?? null;
  }

  /** The messages for a form, by field name (body fields; the first message of each field), in the reader's language. */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const f of this.fields)
      if (f.in === 'body' && !(f.field in messages)) messages[f.field] = fieldMessage(f);
    return messages;
  }
}

const PLACES = new Set(['body', 'query', 'path']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown) => (typeof v === 'string' ? v : '');

function fieldErrors(errors: unknown): FieldError[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e) =>
    isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string'
      ? [
          {
            field: e.field,
            in: PLACES.has(e.in as string) ? (e.in as FieldError['in']) : 'body',
            message: e.message,
            ...(typeof e.code === 'string' ? { code: e.code } : {}),
            ...(isRecord(e.params) ? { params: e.params } : {}),
          },
        ]
      : [],
  );
}

function seconds(...candidates: unknown[]) {
  for (const c of candidates) {
    const n = typeof c === 'string' && c.trim() !== '' ? Number(c) : c;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) return n;
  }
  return null;
}

/** Turns a failed response into an ApiError, reading its problem+json body when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  if (/json/.test(response.headers.get('content-type') ?? '')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  const problem = isRecord(body) ? body : {};
  const type = text(problem.type);
  return new ApiError({
    status: response.status,
    kind: type ? (type.split('/').pop() ?? 'unknown') : 'unknown',
    title: text(problem.title) || response.statusText || `HTTP ${response.status}`,
    detail: text(problem.detail),
    fields: fieldErrors(problem.errors),
    current: problem.current,
    retryAfter: seconds(problem.retryAfter, response.headers.get('retry-after')),
    duplicateFields: Array.isArray(problem.fields)
      ? problem.fields.filter((f): f is string => typeof f === 'string')
      : [],
    usedBy: typeof problem.usedBy === 'string' ? problem.usedBy : null,
  });
}

/** The error for a request that got no answer at all (offline, server down, connection reset). */
export const networkError = (cause: unknown) =>
  new ApiError({
    status: 0,
    kind: 'network',
    title: 'Network error',
    detail: cause instanceof Error ? cause.message : String(cause),
  });

/** The error for a success status whose body is not the JSON the API always sends (a proxy's page). */
export const invalidResponse = (status: number) =>
  new ApiError({
    status,
    kind: 'invalid-response',
    title: 'Invalid response',
    detail: 'The answer was not JSON',
  });
