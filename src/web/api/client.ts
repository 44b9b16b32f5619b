import { errorFromResponse, invalidResponse, networkError } from './problem.ts';

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `/api` + path + query string; empty query values are left out. */
export function apiUrl(path: string, query: Query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

/**
 * The one way the web app talks to the API: same origin with the session cookie, JSON both ways, and
 * every failure thrown as an ApiError (problem.ts). Writes carry X-Requested-With, which the server's
 * CSRF check asks of a cookie-authenticated write (src/server/features/auth/session-plugin.ts).
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (WRITES.has(method)) headers['x-requested-with'] = 'fetch';
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    // A cancelled query is not a failure to show: let TanStack Query see the AbortError as it is.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw invalidResponse(response.status);
  }
}
