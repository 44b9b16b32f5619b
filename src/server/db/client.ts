import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
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
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// node-postgres hands back bigint as string by default; counts we select are cast in SQL instead.

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir?: string; pglite?: PGlite };

/**
 * PGlite's Postgres with a smaller buffer pool: Postgres zeroes all of shared_buffers when it starts, and
 * in WebAssembly that is process memory held for good (128 MB by default). The data files sit in the
 * operating system's page cache anyway, so a page not in the pool costs a read, not a disk access.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server closed (restart, a test dropping its database) is discarded by the
    // pool and the next query reconnects; without a listener the event would crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      pglite: null,
      newClient: (options) => new pg.Client({ connectionString: config.url, ...options }),
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  let client = config.pglite;
  if (!client) {
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    client = await PGlite.create(config.dataDir ?? 'memory://', { startParams: PGLITE_START_PARAMS });
  }
  const pgliteClient = client;
  const db = drizzlePglite(pgliteClient, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: pgliteClient,
    newClient: null,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => pgliteClient.close(),
  };
}
