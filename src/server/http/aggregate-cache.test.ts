import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { RoleHeld } from '../../shared/access-rules.ts';
import { AggregateCache, viewerScope } from './aggregate-cache.ts';

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

  it('never serves an answer whose computation started before a write to a caller after it', async () => {
    const cache = new AggregateCache();
    const before = controlled<string>();
    const during = cache.get('k', before.compute);
    cache.written(null);
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

describe('aggregate cache told of writes', () => {
  const keep = (cache: AggregateCache, key: string, reads?: string[]) =>
    cache.get(key, async () => key, reads);
  const kept = async (cache: AggregateCache, key: string) =>
    (await cache.get(key, async () => 'afresh')) === key;

  it('drops the answers read from the table written and those read from any table, keeping the rest', async () => {
    const cache = new AggregateCache();
    await keep(cache, 'summary');
    await keep(cache, 'session', ['sessions', 'users']);
    await keep(cache, 'programme', ['program_budgets', 'opd_units']);
    cache.written('programs');
    expect(await kept(cache, 'summary')).toBe(false);
    expect(await kept(cache, 'session')).toBe(true);
    expect(await kept(cache, 'programme')).toBe(true);
    cache.written('users');
    expect(await kept(cache, 'session')).toBe(false);
    expect(await kept(cache, 'programme')).toBe(true);
    cache.written('opd_units');
    expect(await kept(cache, 'programme')).toBe(false);
  });

  it('drops everything on a write to a table it is not told', async () => {
    const cache = new AggregateCache();
    await keep(cache, 'session', ['sessions']);
    cache.written(null);
    expect(cache.size).toBe(0);
  });

  it('drops an answer still being computed when a table it reads is written', async () => {
    const cache = new AggregateCache();
    const before = controlled<string>();
    const during = cache.get('session', before.compute, ['sessions']);
    cache.written('sessions');
    before.finish('old');
    expect(await during).toBe('old');
    expect(await cache.get('session', async () => 'new', ['sessions'])).toBe('new');
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
