import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, apiUrl } from './client.ts';
import { ApiError } from './problem.ts';

const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

/** Replaces fetch with one that answers `response` and records what it was asked. */
function answer(response: Response | Error) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('reads a validation problem into field messages a form can show beside each field', async () => {
    answer(
      problem(400, {
        type: 'https://rancang.id/problems/validation',
        title: 'Invalid input',
        status: 400,
        detail: 'email: Invalid email address; password: Too small',
        errors: [
          { field: 'email', in: 'body', message: 'Invalid email address' },
          { field: 'password', in: 'body', message: 'Too small' },
          { field: 'limit', in: 'query', message: 'Too big' },
          { nonsense: true },
        ],
      }),
    );
    const error = await failure(api('/session', { method: 'POST', body: { email: 'x' } }));
    expect(error.status).toBe(400);
    expect(error.kind).toBe('validation');
    expect(error.title).toBe('Invalid input');
    expect(error.detail).toBe('email: Invalid email address; password: Too small');
    expect(error.fields).toEqual([
      { field: 'email', in: 'body', message: 'Invalid email address' },
      { field: 'password', in: 'body', message: 'Too small' },
      { field: 'limit', in: 'query', message: 'Too big' },
    ]);
    expect(error.fieldMessages()).toEqual({ email: 'Invalid email address', password: 'Too small' });
  });

  it('keeps the current record of a 409 stale version, for the merge dialog', async () => {
    const current = { id: 'p1', title: 'Smart parking', version: 4 };
    answer(
      problem(409, {
        type: 'https://rancang.id/problems/stale-version',
        title: 'The record was changed by someone else',
        status: 409,
        detail: 'This program was changed since you loaded it',
        current,
      }),
    );
    const error = await failure(api('/programs/p1', { method: 'PATCH', body: { version: 3 } }));
    expect(error.status).toBe(409);
    expect(error.kind).toBe('stale-version');
    expect(error.current).toEqual(current);
  });

  it('tells how long a locked-out sign-in must wait (429)', async () => {
    answer(
      problem(
        429,
        {
          type: 'https://rancang.id/problems/sign-in-locked',
          title: 'Too many failed sign-ins',
          status: 429,
          detail: 'Too many failed sign-ins; try again in 15 minute(s)',
          retryAfter: 900,
        },
        { 'retry-after': '900' },
      ),
    );
    const error = await failure(api('/session', { method: 'POST', body: {} }));
    expect(error.kind).toBe('sign-in-locked');
    expect(error.retryAfter).toBe(900);
  });

  it('turns a non-JSON error page (a proxy in between) into an ApiError with its status', async () => {
    answer(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await failure(api('/regions'));
    expect(error.status).toBe(502);
    expect(error.kind).toBe('unknown');
    expect(error.title).toBe('Bad Gateway');
    expect(error.fields).toEqual([]);
  });

  it('reports a lost connection as status 0, kind network', async () => {
    answer(new TypeError('fetch failed'));
    const error = await failure(api('/regions'));
    expect(error.status).toBe(0);
    expect(error.kind).toBe('network');
  });

  it('lets a cancelled request end as an AbortError, not as an error to show', async () => {
    answer(new DOMException('The operation was aborted.', 'AbortError'));
    await expect(api('/regions')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sends writes as same-origin JSON with the X-Requested-With header the CSRF check asks for', async () => {
    const fetch = answer(new Response(null, { status: 204 }));
    await expect(api('/session', { method: 'DELETE' })).resolves.toBeUndefined();
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/session');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'x-requested-with': 'fetch' });

    const post = answer(Response.json({ user: { id: 'u1' } }));
    await expect(api('/session', { method: 'POST', body: { email: 'a@b.id' } })).resolves.toEqual({
      user: { id: 'u1' },
    });
    const [, postInit] = post.mock.calls[0] ?? [];
    expect(postInit?.body).toBe('{"email":"a@b.id"}');
    expect(postInit?.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('sends reads without the write header, with the query in the URL', async () => {
    const fetch = answer(Response.json({ items: [] }));
    await api('/plans', { query: { region: 'a b', status: undefined, limit: 10 } });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/plans?region=a+b&limit=10');
    expect(init?.method).toBe('GET');
    expect(init?.headers).not.toHaveProperty('x-requested-with');
    expect(apiUrl('/regions')).toBe('/api/regions');
  });
});
