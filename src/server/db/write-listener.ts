import type pg from 'pg';
import { type Database, WRITES_CHANNEL } from './client.ts';

/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_NAME = 'rancang-write-listener';

export interface WriteEvents {
  /**
   * A write to `table` was committed, by this process or another one; null when the notification names
   * no table (sent by the trigger of migration 0006, before 0007), which may be any. A write this process
   * commits is reported before its COMMIT returns; another process's a moment after.
   */
  onWrite(table: string | null): void;
  /** From now on a write may go unreported, until onUp. */
  onDown(error: unknown): void;
  /** Listening (again): every write committed from now on is reported. */
  onUp(): void;
}

export interface WriteWatch {
  /** True while every committed write is reported. */
  readonly listening: boolean;
  close(): Promise<void>;
}

export interface ListenerTiming {
  /** First wait before reconnecting; doubled after each failed attempt up to retryMaxMs. */
  retryMinMs: number;
  retryMaxMs: number;
  /** How often the idle connection is asked whether it is still alive. */
  heartbeatMs: number;
  /** A connection attempt or a heartbeat that takes longer counts as a lost connection. */
  deadlineMs: number;
}

const TIMING: ListenerTiming = { retryMinMs: 100, retryMaxMs: 5_000, heartbeatMs: 10_000, deadlineMs: 5_000 };

/**
 * Report the writes committed to the database. PGlite: its own notifications, in this process (only one
 * process may open a PGlite data folder, so every write is made here). PostgreSQL: one connection of its
 * own LISTENing, so writes of other processes (the CLI) are reported too. The first attempt to listen is
 * awaited; onUp tells when listening starts.
 */
export async function watchWrites(
  database: Database,
  events: WriteEvents,
  timing: ListenerTiming = TIMING,
): Promise<WriteWatch> {
  if (database.pglite) {
    const pglite = database.pglite;
    // PGlite calls this while the committing query is still running: before its promise settles.
    const unlisten = await pglite.listen(WRITES_CHANNEL, (payload) => events.onWrite(tableOf(payload)));
    events.onUp();
    return {
      listening: true,
      // A test or a shutdown may close the database first; its listeners went with it.
      close: async () => {
        if (!pglite.closed) await unlisten();
      },
    };
  }
  if (!database.newClient || !database.watchPoolWrites)
    throw new Error('a PostgreSQL database without its own connections');
  // This process's own writes, reported by the connection that commits them (client.ts); the listener
  // below reports every write, this process's included, a moment later, and watches the connection.
  const unwatchPool = database.watchPoolWrites((payload) => events.onWrite(tableOf(payload)));
  const listener = new PostgresListener(database.newClient, events, timing);
  await listener.connect();
  return {
    get listening() {
      return listener.listening;
    },
    close: async () => {
      unwatchPool();
      await listener.close();
    },
  };
}

const tableOf = (payload: string | undefined) => (payload ? payload : null);

const withDeadline = <T>(work: Promise<T>, ms: number, what: string) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * One connection LISTENing on the writes channel. It may be lost at any time (a server restart, a
 * terminated backend, a network cut that only the heartbeat notices); notifications sent meanwhile are
 * gone, so onDown is called at once and the connection is opened again with a growing wait.
 */
class PostgresListener implements WriteWatch {
  #listening = false;
  #closed = false;
  #client: pg.Client | null = null;
  #retry: NodeJS.Timeout | undefined;
  #wait: number;

  constructor(
    private readonly newClient: NonNullable<Database['newClient']>,
    private readonly events: WriteEvents,
    private readonly timing: ListenerTiming,
  ) {
    this.#wait = timing.retryMinMs;
  }

  get listening() {
    return this.#listening;
  }

  async connect(): Promise<void> {
    if (this.#closed) return;
    const client = this.newClient({
      application_name: LISTENER_NAME,
      connectionTimeoutMillis: this.timing.deadlineMs,
    });
    this.#client = client;
    let heartbeat: NodeJS.Timeout | undefined;
    let lost = false;
    const lose = (error: unknown) => {
      if (lost) return;
      lost = true;
      clearInterval(heartbeat);
      client.removeAllListeners('notification');
      // end() also cuts a connection whose heartbeat hangs; errors after this point are of no interest.
      client.end().catch(() => {});
      if (this.#client === client) this.#client = null;
      if (this.#listening) {
        this.#listening = false;
        this.events.onDown(error);
      }
      if (this.#closed) return;
      this.#retry = setTimeout(() => void this.connect(), this.#wait);
      this.#retry.unref();
      this.#wait = Math.min(this.#wait * 2, this.timing.retryMaxMs);
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error('the listening connection ended')));
    client.on('notification', (message) => {
      if (message.channel === WRITES_CHANNEL) this.events.onWrite(tableOf(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${WRITES_CHANNEL}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (lost || this.#closed) return;
    this.#listening = true;
    this.#wait = this.timing.retryMinMs;
    heartbeat = setInterval(() => {
      withDeadline(client.query('SELECT 1'), this.timing.deadlineMs, 'the heartbeat').catch(lose);
    }, this.timing.heartbeatMs);
    heartbeat.unref();
    this.events.onUp();
  }

  async close() {
    this.#closed = true;
    // Closing is no loss to report.
    this.#listening = false;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = null;
    if (client) await withDeadline(client.end(), this.timing.deadlineMs, 'closing').catch(() => {});
  }
}
