import { resolve } from 'node:path';
import type { Env } from '../env.ts';
import { type Database, openDatabase } from './client.ts';

/** Open the database the environment names: PostgreSQL when DATABASE_URL is set, else PGlite in RANCANG_DATA. */
export async function openFromEnv(env: Pick<Env, 'DATABASE_URL' | 'RANCANG_DATA'>): Promise<Database> {
  const database = env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL })
    : await openDatabase({ kind: 'pglite', dataDir: resolve(env.RANCANG_DATA, 'pg') });
  await database.migrate();
  return database;
}
