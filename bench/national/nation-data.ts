import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import type { DataEnv } from '../../src/server/durability/server-process.ts';
import { progress } from '../lib/progress.ts';
import { type BenchAccounts, createBenchAccounts } from './accounts.ts';
import { fillNation, type NationFacts, type NationSize } from './synthetic-nation.ts';

/** The same database the server uses, queried directly: the floor the API's aggregates are held against. */
export interface DirectSql {
  query: (sql: string, params: unknown[]) => Promise<unknown>;
  close: () => Promise<void>;
}

export interface NationData {
  kind: 'PGlite' | 'PostgreSQL';
  /** e.g. 'PostgreSQL 15.20' or 'PGlite 0.5.17 (PostgreSQL 18.1)'. */
  version: string;
  facts: NationFacts;
  accounts: BenchAccounts;
  server: DataEnv;
  openDirect: () => Promise<DirectSql>;
  remove: () => Promise<void>;
}

/** The bench database on the PostgreSQL server of DATABASE_URL, dropped and created again for each run. */
const BENCH_DATABASE = 'rancang_bench';

async function fill(database: Database, size: NationSize, participants: number) {
  await database.migrate();
  let shown = '';
  const facts = await fillNation(database, size, (label, done, total) => {
    const line = `${label} ${Math.floor((done / Math.max(total, 1)) * 100)}%`;
    if (line !== shown) progress(`national: filling: ${line}`);
    shown = line;
  });
  const rows = Object.values(facts.rows).reduce((sum, n) => sum + n, 0);
  progress(`national: filled ${rows.toLocaleString('en')} rows in ${facts.seconds.toFixed(1)} s`);
  const accounts = await createBenchAccounts(database.db, facts, participants);
  const answer = (await database.db.execute(sql`select version() as version`)) as unknown as {
    rows: { version: string }[];
  };
  const [row] = answer.rows;
  const server = /PostgreSQL [\d.]+/.exec(row?.version ?? '')?.[0] ?? 'PostgreSQL';
  return { facts, accounts, server };
}

async function pgliteVersion() {
  const manifest = join(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/**
 * A PGlite data folder with the nation in it, for `rancang serve` (RANCANG_DATA; the database is its
 * `pg` folder). The server holds that folder alone, so the direct SQL runs on a copy taken before it
 * starts: the same rows and statistics.
 */
export async function pgliteNation(size: NationSize, participants: number): Promise<NationData> {
  const folder = await mkdtemp(join(tmpdir(), 'rancang-bench-nation-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: join(folder, 'pg') });
  try {
    const { facts, accounts, server } = await fill(database, size, participants);
    await database.close();
    await cp(join(folder, 'pg'), join(folder, 'direct'), { recursive: true });
    return {
      kind: 'PGlite',
      version: `PGlite ${await pgliteVersion()} (${server})`,
      facts,
      accounts,
      server: { RANCANG_DATA: folder },
      openDirect: async () => {
        const direct = await PGlite.create(join(folder, 'direct'));
        return { query: (sql, params) => direct.query(sql, params), close: () => direct.close() };
      },
      remove: () => rm(folder, { recursive: true, force: true }),
    };
  } catch (error) {
    await database.close().catch(() => {});
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** The nation in a database `rancang_bench` of the PostgreSQL server `url` names, dropped afterwards. */
export async function postgresNation(
  url: string,
  size: NationSize,
  participants: number,
): Promise<NationData> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const drop = () => admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
  await drop();
  await admin.query(`create database ${BENCH_DATABASE}`);
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${BENCH_DATABASE}`;
  const database = await openDatabase({ kind: 'postgres', url: benchUrl.toString() });
  try {
    const { facts, accounts, server } = await fill(database, size, participants);
    return {
      kind: 'PostgreSQL',
      version: server,
      facts,
      accounts,
      server: { DATABASE_URL: benchUrl.toString() },
      openDirect: async () => {
        const direct = new pg.Client({ connectionString: benchUrl.toString() });
        await direct.connect();
        return { query: (sql, params) => direct.query(sql, params), close: () => direct.end() };
      },
      remove: async () => {
        await drop();
        await admin.end();
      },
    };
  } catch (error) {
    await drop().catch(() => {});
    await admin.end();
    throw error;
  } finally {
    await database.close();
  }
}
