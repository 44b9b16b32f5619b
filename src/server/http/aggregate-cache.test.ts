import Fastify, { type FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { RoleHeld } from '../../shared/access-rules.ts';
import type { Database } from '../db/client.ts';
import { AggregateCache, aggregateCachePlugin, viewerScope } from './aggregate-cache.ts';

/** A computation that finishes when told to, counting how often it ran. */
function controlled<T>() {
  let runs = 0;
  let finish: (value: T) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const compute = () => {
    runs++;
    return new Promise<T>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { compute, runs: () => runs, finish: (v: T) => finish(v), fail: (e: Error) => fail(e) };
}

describe('aggregate cache', () => {
  it('shares one computation between concurrent callers and keeps its answer', async () => {
    const cache = new AggregateCache();
    const c = controlled<{ total: string }>();
    const first = cache.get('plan-summary:a', c.compute);
    const second = cache.get('plan-summary:a', c.compute);
    c.finish({ total: '10.00' });
    expect(await first).toEqual({ total: '10.00' });
    expect(await second).toBe(await first);
    expect(await cache.get('plan-summary:a', c.compute)).toEqual({ total: '10.00' });
    expect(c.runs()).toBe(1);
  });

  it('keeps a failure from no one: the next caller computes again', async () => {
    const cache = new AggregateCache();
    let runs = 0;
    const missing = async () => {
      runs++;
      throw new Error('plan not found');
    };
    await expect(cache.get('plan-summary:b', missing)).rejects.toThrow('plan not found');
    await expect(cache.get('plan-summary:b', missing)).rejects.toThrow('plan not found');
    expect(runs).toBe(2);
    expect(cache.size).toBe(0);
    const throwsAtOnce = () => {
      throw new Error('bad key');
    };
    await expect(cache.get('x', throwsAtOnce)).rejects.toThrow('bad key');
    expect(cache.size).toBe(0);
  });

  it('never serves an answer whose computation started before a clear to a caller after it', async () => {
    const cache = new AggregateCache();
    const before = controlled<string>();
    const during = cache.get('k', before.compute);
    cache.clear();
    const after = controlled<string>();
    const fresh = cache.get('k', after.compute);
    // The old computation failing late must not drop the newer one's entry.
    before.fail(new Error('late'));
    await expect(during).rejects.toThrow('late');
    after.finish('new');
    expect(await fresh).toBe('new');
    expect(await cache.get('k', async () => 'not asked')).toBe('new');
  });

  it('computes every time while paused, and keeps answers again once resumed', async () => {
    const cache = new AggregateCache();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cache.get('k', compute)).toBe(1);
    cache.pause();
    expect(cache.active).toBe(false);
    expect(await cache.get('k', compute)).toBe(2);
    expect(await cache.get('k', compute)).toBe(3);
    expect(cache.size).toBe(0);
    cache.resume();
    expect(await cache.get('k', compute)).toBe(4);
    expect(await cache.get('k', compute)).toBe(4);
  });

  it('holds at most its limit of answers, dropping the least recently used', async () => {
    const cache = new AggregateCache({ max: 2 });
    let runs = 0;
    const compute = async () => ++runs;
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute);
    await cache.get('c', compute);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', compute)).toBe(1);
    expect(await cache.get('b', compute)).toBe(4);
  });
});

describe('aggregate cache in a server', () => {
  it('is cleared before the answer to any request that may write, refused ones included', async () => {
    // Writes the database would not report (a counter in memory): only the requests clear the cache.
    const silentDatabase = {
      kind: 'pglite',
      pglite: { closed: false, listen: async () => async () => {} },
      newClient: null,
    } as unknown as Database;
    const app = Fastify();
    await app.register(aggregateCachePlugin, { database: silentDatabase });
    let count = 0;
    let computed = 0;
    app.get('/count', () => app.aggregates.get('count', async () => ({ count, computed: ++computed })));
    app.post('/count', async (_request, reply) => reply.code(201).send({ count: ++count }));
    app.delete('/count', async (_request, reply) => {
      count = 0;
      return reply.code(409).send({ refused: 'but changed' });
    });
    const read = async () => (await app.inject({ method: 'GET', url: '/count' })).json();
    try {
      expect(await read()).toEqual({ count: 0, computed: 1 });
      expect(await read()).toEqual({ count: 0, computed: 1 });
      expect((await app.inject({ method: 'HEAD', url: '/count' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/count' })).statusCode).toBe(201);
      expect(await read()).toEqual({ count: 1, computed: 2 });
      await app.inject({ method: 'POST', url: '/count' });
      expect((await app.inject({ method: 'DELETE', url: '/count' })).statusCode).toBe(409);
      expect(await read()).toEqual({ count: 0, computed: 3 });
      // Asking for something unknown writes nothing, yet clears: cheap, and never wrong.
      expect((await app.inject({ method: 'PUT', url: '/nowhere' })).statusCode).toBe(404);
      expect(await read()).toEqual({ count: 0, computed: 4 });
    } finally {
      await app.close();
    }
  });
});

describe('viewer scope', () => {
  const caller = (roles: RoleHeld[] | null) => ({ account: roles && { roles } }) as unknown as FastifyRequest;
  const role = (regionId: string | null): RoleHeld => ({
    role: regionId ? 'regency_admin' : 'ministry_reviewer',
    regionId,
    opdId: null,
  });

  it('tells apart what callers may see, whatever the order of their roles', () => {
    expect(viewerScope(caller(null))).toBe('regions:');
    expect(viewerScope(caller([role(null)]))).toBe('all');
    expect(viewerScope(caller([role('r2'), role('r1'), role('r2')]))).toBe('regions:r1,r2');
    expect(viewerScope(caller([role('r1'), role('r2')]))).toBe(viewerScope(caller([role('r2'), role('r1')])));
  });
});
