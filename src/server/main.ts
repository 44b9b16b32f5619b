import { sql } from 'drizzle-orm';
import { loadDemo } from '../../demo/load.ts';
import { buildApp } from './app.ts';
import { progressReporter } from './cli/progress.ts';
import type { Database } from './db/client.ts';
import { openFromEnv } from './db/open.ts';
import { regions } from './db/schema/region.ts';
import { readEnv } from './env.ts';
import { createDemoAccounts, demoAccountsTable } from './features/auth/demo-accounts.ts';
import { loggerOptions } from './http/logger.ts';
import { ensureWebBuild } from './web-build.ts';

async function isEmpty(database: Database) {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(regions);
  return Number(row?.n ?? 0) === 0;
}

/** Start the server: check the environment, open and migrate the database, load the demo if empty, listen. */
export async function serve() {
  const env = readEnv();
  // First: a fresh clone has no build yet, and a failed build should stop before the database is touched.
  const webRoot = await ensureWebBuild();
  const database = await openFromEnv(env);
  if (env.RANCANG_DEMO === 'auto' && (await isEmpty(database))) {
    const progress = progressReporter('Loading the Lake Toba demo');
    const started = Date.now();
    await loadDemo(database, { onProgress: progress.update });
    await createDemoAccounts(database.db);
    progress.stop();
    console.log(`Demo loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const app = await buildApp({
    database,
    logger: loggerOptions(env.LOG_LEVEL),
    webRoot,
  });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: env.PORT, host: env.HOST });
  const where = database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${env.RANCANG_DATA}`;
  console.log(`Rancang is running at http://${env.HOST}:${env.PORT} (database: ${where})`);
  console.log(`API docs: http://${env.HOST}:${env.PORT}/api/docs`);
  const demoAccounts = await demoAccountsTable(database.db);
  if (demoAccounts) console.log(demoAccounts);
}
