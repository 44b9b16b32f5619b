import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` writes the web app, and where the server serves it from. */
export const WEB_ROOT = join(repository, 'dist', 'web');

const hasBuild = (folder: string) => existsSync(join(folder, 'index.html'));

/**
 * Builds the web app when there is no build yet, so that `npm install && npm start` works on a fresh
 * clone with no extra step. An existing build is used as it is: after changing src/web, run
 * `npm run build` (or `npm run dev:web` while working on it).
 */
export async function ensureWebBuild(webRoot = WEB_ROOT) {
  if (hasBuild(webRoot)) return webRoot;
  console.log('Building the web app…');
  const started = Date.now();
  // Built beside the target and moved into place whole: servers starting together (tests) never serve
  // or delete a half-written build; the first to finish wins and the others use its build.
  const scratch = `${webRoot}.building-${process.pid}`;
  // Loaded only here: a server with a build never loads Vite.
  const { build } = await import('vite');
  try {
    await build({
      configFile: join(repository, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: scratch },
    });
    if (!hasBuild(webRoot)) {
      rmSync(webRoot, { recursive: true, force: true });
      renameSync(scratch, webRoot);
    }
  } catch (error) {
    if (!hasBuild(webRoot)) throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return webRoot;
}
