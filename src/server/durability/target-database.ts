import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';
import { testDbKind } from '../testing/database.ts';
import type { DataEnv } from './server-process.ts';

/**
 * An empty, migrated database of its own for a child server: a temporary data folder (PGlite) or a
 * database copied from the migrated template (PostgreSQL). `open` reads it from the test process; on
 * PGlite only while no server runs on it, since a data folder must never be open in two processes.
 */
export interface TargetDatabase {
  env: DataEnv;
  open: () => Promise<Database>;
  drop: () => Promise<void>;
  /** PGlite: bytes in the table and index files of the data folder (they grow as soon as rows are written). */
  tableFileBytes?: () => number;
}

export async function createTargetDatabase(): Promise<TargetDatabase> {
  if (testDbKind === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL as string;
    const name = `rancang_d_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      open: () => openDatabase({ kind: 'postgres', url: url.toString() }),
      drop: async () => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        try {
          await client.query(`drop database if exists ${name} with (force)`);
        } finally {
          await client.end();
        }
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rancang-durability-'));
  return {
    env: { RANCANG_DATA: dir },
    // The same folder the server uses (db/open.ts): RANCANG_DATA/pg.
    open: async () => {
      const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'pg') });
      await database.migrate();
      return database;
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
    tableFileBytes: () =>
      readdirSync(join(dir, 'pg', 'base'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
  };
}

const tables = Object.values(schema).filter((value) => is(value, PgTable)) as PgTable[];

/** Rows per table, for every table of the data model. */
export async function countRows(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(table);
    counts[getTableName(table)] = Number(row?.n);
  }
  return counts;
}
