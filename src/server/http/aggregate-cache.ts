import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { readableRegions } from '../../shared/access-rules.ts';
import type { Database } from '../db/client.ts';
import { watchWrites } from '../db/write-listener.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Computed answers (plan summaries, budgets, comparisons, sessions), dropped by writes to what they read. */
    aggregates: AggregateCache;
  }
}

/** A kept answer and the tables it was read from (null: any table). */
interface Entry {
  answer: Promise<unknown>;
  reads: ReadonlySet<string> | null;
}

/**
 * Answers computed from the database, kept until a write to a table they read (docs/decisions/013). The
 * promise is kept from the moment its computation starts, so concurrent requests share one computation;
 * one that fails (a 404) is dropped, so only answers are kept. While paused (writes may go unreported)
 * every get computes afresh.
 */
export class AggregateCache {
  readonly #entries: LRUCache<string, Entry>;
  /** The keys of the answers read from each table, and of those read from any table. */
  readonly #readers = new Map<string, Set<string>>();
  readonly #readersOfAny = new Set<string>();
  #paused: boolean;

  constructor(options: { max?: number; paused?: boolean } = {}) {
    this.#entries = new LRUCache({
      // A plan's programmes are kept one by one (150 for a regency): room for a few busy plans at once.
      max: options.max ?? 5000,
      dispose: (entry, key) => this.#forget(key, entry),
    });
    this.#paused = options.paused ?? false;
  }

  #forget(key: string, entry: Entry) {
    if (entry.reads === null) this.#readersOfAny.delete(key);
    else
      for (const table of entry.reads) {
        const keys = this.#readers.get(table);
        keys?.delete(key);
        if (keys?.size === 0) this.#readers.delete(table);
      }
  }

  /**
   * The answer kept under `key`, or `compute`'s. The key names everything the answer depends on besides
   * the data: the route, its ids and query, and the caller's view (`viewerScope`) where what may be seen
   * differs from caller to caller. `reads` names every table the answer is read from, when they are few
   * and known (a session, a programme's record); without it any write drops the answer.
   */
  get<T>(key: string, compute: () => Promise<T>, reads?: readonly string[]): Promise<T> {
    if (this.#paused) return compute();
    const kept = this.#entries.get(key);
    if (kept) return kept.answer as Promise<T>;
    // An async wrapper turns a synchronous throw into a rejection; the entry is set before any other
    // code runs, so a write reported from now on drops it.
    const computing = (async () => compute())();
    const entry: Entry = { answer: computing, reads: reads ? new Set(reads) : null };
    this.#entries.set(key, entry);
    if (entry.reads === null) this.#readersOfAny.add(key);
    else
      for (const table of entry.reads) {
        const keys = this.#readers.get(table);
        if (keys) keys.add(key);
        else this.#readers.set(table, new Set([key]));
      }
    computing.catch(() => {
      // Only this computation's own entry: a write may have let a newer one take the key.
      if (this.#entries.peek(key) === entry) this.#entries.delete(key);
    });
    return computing;
  }

  /** Forget the answers read from `table` (every answer when null: a write to an unknown table). */
  written(table: string | null) {
    if (table === null) return this.#entries.clear();
    // Copies: each delete disposes of its entry, which takes its key out of these sets.
    for (const key of [...this.#readersOfAny, ...(this.#readers.get(table) ?? [])]) this.#entries.delete(key);
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
 * the route's response schema writes, until a write to one of the tables it `reads` (any table, when not
 * given). Typed as the answer so that the route keeps its schema's type.
 */
export async function keptAnswer<T>(
  app: FastifyInstance,
  key: string,
  reply: FastifyReply,
  compute: () => Promise<T>,
  reads?: readonly string[],
): Promise<T> {
  const json = await app.aggregates.get(key, async () => reply.serialize(await compute()), reads);
  reply.type('application/json; charset=utf-8');
  return json as T;
}

/**
 * `app.aggregates`, told of every committed write by the database itself: migration 0006/0007's
 * triggers notify on every write with the table's name, and `watchWrites` drops the answers read from
 * it. A write this process makes is reported by the very connection that commits it, before its COMMIT
 * returns (PGlite: its own listener, called while the query runs; PostgreSQL: each pool connection
 * LISTENs), so before the handler that wrote answers and the client's next read is computed afresh. No
 * entry can outlive the write stale: one whose computation started before is removed by it; one that
 * starts after it reads a snapshot taken after the commit.
 *
 * Writes of another process (the CLI's import, restore, worksheet import, demo and catalogue seed, on
 * the PostgreSQL database a server reads) reach the server's own listening connection a moment after
 * they commit. While that connection is down the cache is paused, so a missed notification cannot leave
 * a stale answer behind. With PGlite only this process opens the data folder.
 */
async function aggregateCache(app: FastifyInstance, options: { database: Database; max?: number }) {
  const cache = new AggregateCache({ max: options.max, paused: true });
  app.decorate('aggregates', cache);
  const watch = await watchWrites(options.database, {
    onWrite: (table) => cache.written(table),
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
