import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * initdb's own buffer pool: PGlite runs initdb inside a second, temporary Postgres whose memory it copies
 * whole, and its default pool of 128 MB adds ≈ 90 MB to that copy. Written into postgresql.conf, but
 * every start sets its own pool (client.ts).
 */
const INITDB_PARAMS = ['-c', 'shared_buffers=16MB'];
const CREATE_TIMEOUT_MS = 3 * 60_000;

/**
 * Creates a PGlite data folder (initdb) in a short-lived child process, unless it is there already.
 * PGlite creates one with a temporary second Postgres in WebAssembly: ≈ 700 MB at the peak, which the
 * process would keep well after (WebAssembly memory is never handed back). In a child it is all given
 * back when the child ends, and the server then opens the folder as on any restart (≈ 180 MB).
 */
export async function createPgliteFolder(dataDir: string, startParams: string[]) {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  // CommonJS build, found from here: the child runs outside this repository's module resolution.
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const options = { startParams, initDbStartParams: INITDB_PARAMS };
  const script = `const { PGlite } = require(${JSON.stringify(pglite)});
    PGlite.create(${JSON.stringify(dataDir)}, ${JSON.stringify(options)}).then((pg) => pg.close());`;
  try {
    // A child that hangs must not hang the start: initdb takes seconds, even on a slow machine.
    await promisify(execFile)(process.execPath, ['-e', script], { timeout: CREATE_TIMEOUT_MS });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`could not create the database in ${dataDir}: ${stderr?.trim() || message}`);
  }
}
