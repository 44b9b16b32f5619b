import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { readableRegions } from '../../shared/access-rules.ts';
import type { Database } from '../db/client.ts';
import { watchWrites } from '../db/write-listener.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Computed aggregates (plan summaries, budgets, comparisons), dropped on every write. */
    aggregates: AggregateCache;
  }
}

/**
 * Answers computed from the database, kept until the next write anywhere (docs/decisions/013). The
 * promise is kept from the moment its computation starts, so concurrent requests share one computation;
 * one that fails (a 404) is dropped, so only answers are kept. While paused (writes may go unreported)
 * every get computes afresh.
 */
export class AggregateCache {
  readonly #entries: LRUCache<string, Promise<unknown>>;
  #paused: boolean;

  constructor(options: { max?: number; paused?: boolean } = {}) {
    this.#entries = new LRUCache({ max: options.max ?? 1000 });
    this.#paused = options.paused ?? false;
  }

  /**
   * The answer kept under `key`, or `compute`'s. The key names everything the answer depends on besides
   * the data: the route, its ids and query, and the caller's view (`viewerScope`) where what may be seen
   * differs from caller to caller.
   */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.#paused) return compute();
    const kept = this.#entries.get(key);
    if (kept) return kept as Promise<T>;
    // An async wrapper turns a synchronous throw into a rejection; the entry is set before any other
    // code runs, so a clear() can only come after it and removes it.
    const computing = (async () => compute())();
    this.#entries.set(key, computing);
    computing.catch(() => {
      // Only this computation's own entry: a clear() may have let a newer one take the key.
      if (this.#entries.peek(key) === computing) this.#entries.delete(key);
    });
    return computing;
  }

  /** Forget every answer: called after each write. */
  clear() {
    this.#entries.clear();
  }

  /** Keep nothing until resume(): writes may go unreported meanwhile. */
  pause() {
    this.#paused = true;
    this.#entries.clear();
  }

  resume() {
    this.#entries.clear();
    this.#paused = false;
  }

  /** False while paused. */
  get active() {
    return !this.#paused;
  }

  /** How many answers are kept or being computed. */
  get size() {
    return this.#entries.size;
  }
}

/**
 * The part of a cache key for an answer that depends on which plans the caller may see (published ones,
 * and every plan of the regions they hold a role in): `all`, or those regions sorted (none: anonymous).
 */
export function viewerScope(request: FastifyRequest): string {
  const regions = readableRegions(request.account?.roles ?? null);
  return regions === null ? 'all' : `regions:${[...regions].sort().join(',')}`;
}

/**
 * A read's answer kept for this caller at this address until the next write, as the JSON the route's
 * own response schema writes (so a repeat costs neither the query nor the serialising). For reads whose
 * answer depends on nothing but the data, the caller and the URL (its path and query): the caller's
 * account is part of the key, so answers that differ per caller (what they may see, `submittedByYou`)
 * never cross. The access check runs before, on every request.
 *
 * The JSON text goes out as it is (Fastify sends a string with a JSON content type unchanged); it is
 * typed as the answer so that the route keeps its schema's type.
 */
export async function keptRead<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  compute: () => Promise<T>,
): Promise<T> {
  return keptAnswer(app, `read:${request.account?.userId ?? 'anonymous'}:${request.url}`, reply, compute);
}

/**
 * The answer kept under `key` (which names everything it depends on besides the data), as the JSON text
 * the route's response schema writes. Typed as the answer so that the route keeps its schema's type.
 */
export async function keptAnswer<T>(
  app: FastifyInstance,
  key: string,
  reply: FastifyReply,
  compute: () => Promise<T>,
): Promise<T> {
  const json = await app.aggregates.get(key, async () => reply.serialize(await compute()));
  reply.type('application/json; charset=utf-8');
  return json as T;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `app.aggregates`, cleared after every write.
 *
 * In this process: every request that may write (any method but GET, HEAD and OPTIONS, whatever its
 * status) clears the cache in onSend. That hook runs after the handler returned, so after its
 * transaction committed (the imports and restores await their own transactions before answering), and
 * before the client has the answer, so the client's next read is computed afresh. No entry can outlive
 * the write stale: one whose computation started before the clear is removed by it; one that starts
 * after it reads a snapshot taken after the commit.
 *
 * Writes that take no such path (another process writing to the same PostgreSQL database: the CLI's
 * import, restore, worksheet import, demo and catalogue seed; or a write whose request was abandoned)
 * are reported by the database itself: migration 0006 notifies on every write, and `watchWrites` clears
 * the cache on each notification. While the PostgreSQL listener is down the cache is paused, so a missed
 * notification cannot leave a stale answer behind. With PGlite only this process opens the data folder.
 */
async function aggregateCache(app: FastifyInstance, options: { database: Database; max?: number }) {
  const cache = new AggregateCache({ max: options.max, paused: true });
  app.decorate('aggregates', cache);
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (!READS.has(request.method)) cache.clear();
    done(null, payload);
  });
  const watch = await watchWrites(options.database, {
    onWrite: () => cache.clear(),
    onDown: (error) => {
      cache.pause();
      app.log.warn({ err: error }, 'aggregate cache paused: not listening for database writes');
    },
    onUp: () => {
      cache.resume();
      app.log.info('aggregate cache on: listening for database writes');
    },
  });
  app.addHook('onClose', async () => watch.close());
}

/** Registered without encapsulation (skip-override) so that its decorator and hook reach every route. */
export const aggregateCachePlugin = Object.assign(aggregateCache, { [Symbol.for('skip-override')]: true });
