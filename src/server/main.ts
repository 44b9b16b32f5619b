import { buildApp } from './app.ts';
import { openFromEnv } from './db/open.ts';
import { readEnv } from './env.ts';
import { demoAccountsTable } from './features/auth/demo-accounts.ts';
import { loggerOptions } from './http/logger.ts';
import { prepareDatabase } from './startup.ts';
import { ensureWebBuild } from './web-build.ts';

/**
 * Start the server: check the environment, open and migrate the database, load the demo if empty, add the
 * starter catalogue's missing entries, listen.
 */
export async function serve() {
  const env = readEnv();
  // First: a fresh clone has no build yet, and a failed build should stop before the database is touched.
  const webRoot = await ensureWebBuild();
  const database = await openFromEnv(env);
  await prepareDatabase(database, { demo: env.RANCANG_DEMO });
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
  try {
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    // A port in use (EADDRINUSE) or refused: close the database so the process ends with the error
    // instead of staying up with nothing listening.
    process.off('SIGINT', shutdown);
    process.off('SIGTERM', shutdown);
    await app.close();
    await database.close();
    process.exitCode = 1;
    throw error;
  }
  const where = database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${env.RANCANG_DATA}`;
  console.log(`Rancang is running at http://${env.HOST}:${env.PORT} (database: ${where})`);
  console.log(`API docs: http://${env.HOST}:${env.PORT}/api/docs`);
  const demoAccounts = await demoAccountsTable(database.db);
  if (demoAccounts) console.log(demoAccounts);
}
