import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialScripts } from './lib/initial-scripts.ts';
import { progress } from './lib/progress.ts';
import { atMost, type BenchResult } from './lib/results.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/web');
/** docs/decisions/006-web-app.md: the initial JavaScript budget, gzip. */
const GOAL_KB = 300;
/** Files at least this big (gzip) get a progress line of their own. */
const LISTED_BYTES = 5 * 1024;

/**
 * The web app's initial JavaScript: the gzip size of the scripts index.html loads before the app runs
 * (entry + modulepreload). Built afresh into a temporary folder, so that a server serving dist/web (or
 * another build writing it) is not disturbed; `build: false` measures dist/web as it is.
 */
export async function webBundle({ build }: { build: boolean }): Promise<BenchResult[]> {
  if (!build) {
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error('dist/web/index.html is missing: run without --no-build, or `npx vite build` first');
    progress('web bundle: measuring dist/web as built');
    return measure(DIST);
  }
  const outDir = await mkdtemp(join(tmpdir(), 'rancang-bench-web-'));
  try {
    progress(`web bundle: building with vite into ${outDir}…`);
    const vite = await import('vite');
    await vite.build({
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    return await measure(outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function measure(folder: string): Promise<BenchResult[]> {
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  if (scripts.length === 0) throw new Error('dist/web/index.html loads no module script');
  const sizes: { url: string; gzip: number }[] = [];
  for (const url of scripts) {
    const source = await readFile(join(folder, new URL(url, 'http://app/').pathname));
    sizes.push({ url, gzip: gzipSync(source, { level: 9 }).length });
  }
  // The biggest files are where a size regression shows; the many small shared chunks are summed.
  sizes.sort((a, b) => b.gzip - a.gzip);
  const listed = sizes.filter((file) => file.gzip >= LISTED_BYTES);
  for (const file of listed) progress(`web bundle: ${file.url} ${(file.gzip / 1024).toFixed(1)} KB gzip`);
  const rest = sizes.slice(listed.length);
  if (rest.length > 0) {
    const restKb = rest.reduce((sum, file) => sum + file.gzip, 0) / 1024;
    progress(`web bundle: ${rest.length} smaller file(s) ${restKb.toFixed(1)} KB gzip`);
  }
  const bytes = sizes.reduce((sum, file) => sum + file.gzip, 0);
  const kb = Math.round((bytes / 1024) * 10) / 10;
  progress(`web bundle: ${kb} KB gzip in ${scripts.length} file(s)`);
  return [atMost('web initial JavaScript (gzip)', 'size', kb, 'KB', GOAL_KB)];
}
