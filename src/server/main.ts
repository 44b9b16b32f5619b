import { buildApp } from './app.ts';
import { openFromEnv } from './db/open.ts';
import { readEnv } from './env.ts';

/** Start the server: check the environment, open and migrate the database, load the demo if empty, listen. */
export async function serve() {
  const env = readEnv();
  const database = await openFromEnv(env);
  const app = await buildApp({
    database,
    logger: { level: env.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] },
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
}
