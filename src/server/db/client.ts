import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { createPgliteFolder } from './pglite-folder.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** One type for both drivers: services and repositories never know which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Apply committed migrations; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, for backup/restore of the data folder; null on PostgreSQL. */
  pglite: PGlite | null;
  /** A new connection outside the pool (for LISTEN), not yet connected; null on PGlite. */
  newClient: ((options?: pg.ClientConfig) => pg.Client) | null;
  /**
   * PostgreSQL: calls `listener` with the payload of every write notification (migration 0007: the table
   * written) that reaches one of the pool's own connections, until the returned function is called. Each
   * connection LISTENs from the moment it opens, and PostgreSQL tells a session of its own notifications
   * before its COMMIT returns: so a write this process commits is reported before the code that made it
   * goes on. Null on PGlite, whose `listen` does the same.
   */
  watchPoolWrites: ((listener: (payload: string) => void) => () => void) | null;
}

/** The channel that migration 0006's trigger notifies on every committed write to an application table. */
export const WRITES_CHANNEL = 'rancang_writes';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// node-postgres hands back bigint as string by default; counts we select are cast in SQL instead.

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir?: string; pglite?: PGlite };

/**
 * PGlite's Postgres with a smaller buffer pool: Postgres zeroes all of shared_buffers when it starts, and
 * in WebAssembly that is process memory held for good (128 MB by default). The data files sit in the
 * operating system's page cache anyway, so a page not in the pool costs a read, not a disk access.
 * 16 MB (the demo's data files are 27 MB): keeps the server with the demo under 300 MB (issue 7).
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const poolWriteListeners = new Set<(payload: string) => void>();
    // pg-pool awaits onConnect before it hands a new connection out: the LISTEN is done before any query.
    const onConnect = async (connection: pg.ClientBase) => {
      connection.on('notification', (message) => {
        if (message.channel !== WRITES_CHANNEL) return;
        for (const listener of poolWriteListeners) listener(message.payload ?? '');
      });
      // Should it fail, the server's own listening connection (write-listener.ts) still reports the
      // writes, a moment later.
      await connection.query(`LISTEN ${WRITES_CHANNEL}`).catch(() => {});
    };
    const pool = new pg.Pool({ connectionString: config.url, max: 10, onConnect });
    // An idle connection the server closed (restart, a test dropping its database) is discarded by the
    // pool and the next query reconnects; without a listener the event would crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      pglite: null,
      newClient: (options) => new pg.Client({ connectionString: config.url, ...options }),
      watchPoolWrites: (listener) => {
        poolWriteListeners.add(listener);
        return () => poolWriteListeners.delete(listener);
      },
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  let client = config.pglite;
  if (!client) {
    if (config.dataDir) {
      mkdirSync(config.dataDir, { recursive: true });
      await createPgliteFolder(config.dataDir, PGLITE_START_PARAMS);
    }
    client = await PGlite.create(config.dataDir ?? 'memory://', { startParams: PGLITE_START_PARAMS });
  }
  const pgliteClient = client;
  const db = drizzlePglite(pgliteClient, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: pgliteClient,
    newClient: null,
    watchPoolWrites: null,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => pgliteClient.close(),
  };
}
