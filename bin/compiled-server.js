// The server's TypeScript compiled to JavaScript by esbuild, once per change of its sources, so that
// `rancang` runs without tsx: tsx's loader thread, its inline source maps and its hooks on every import
// cost ≈ 70 MB of the server's memory and seconds of its start (docs/decisions/014-compiled-server.md).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Everything the server and the CLI import: they import nothing outside these folders but packages. */
const ROOTS = ['src/server', 'src/shared', 'demo'];
/** Builds kept besides the newest: a server still running an older one may yet load a lazy module. */
const KEPT_BUILDS = 4;

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts');

/** The sources (paths from the repository, `/`-separated), sorted. */
function sources(repository) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(join(repository, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (isSource(entry.name)) found.push(path);
    }
  };
  for (const root of ROOTS) if (existsSync(join(repository, root))) walk(root);
  return found.sort();
}

/**
 * Names the build of these sources: their paths, sizes and modification times, this file and the
 * TypeScript settings. Stat only, no reading: it runs on every start (a few milliseconds).
 */
function stampOf(repository, files) {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(join(repository, 'tsconfig.json')));
  for (const file of files) {
    const { size, mtimeMs } = statSync(join(repository, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Relative imports of `.ts` files (the repository's style) become imports of the compiled `.js`. */
const TS_SPECIFIER = /((?:\bfrom|\bimport)\s*\(?\s*["'])(\.{1,2}\/[^"'\n]*)\.ts(["'])/g;

async function build(repository, files, target) {
  // esbuild as tsx has it (tsx depends on it): no dependency of our own to keep in step.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild');
  const { compilerOptions } = JSON.parse(readFileSync(join(repository, 'tsconfig.json'), 'utf8'));
  // Written beside the target and moved into place whole: processes starting together (tests) never run
  // a half-written build; the first to finish wins and the others use its build.
  const scratch = `${target}.building-${process.pid}`;
  try {
    await Promise.all(
      files.map(async (file) => {
        const source = join(repository, file);
        const out = join(scratch, file.replace(/\.ts$/, '.js'));
        const { code, map } = await esbuild.transform(readFileSync(source, 'utf8'), {
          loader: 'ts',
          format: 'esm',
          target: 'node20',
          sourcefile: relative(dirname(out), source).split(sep).join('/'),
          sourcemap: 'external',
          tsconfigRaw: { compilerOptions },
        });
        if (/import\.meta\.(dirname|filename)/.test(code))
          throw new Error(`${file}: import.meta.dirname/filename are not compiled; use import.meta.url`);
        // import.meta.url stays the source's URL, so paths beside a source (migrations) still resolve.
        const fromOut = relative(dirname(out), source).split(sep).join('/');
        const js = code
          .replace(TS_SPECIFIER, '$1$2.js$3')
          .replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, `${js}//# sourceMappingURL=${out.split(sep).pop()}.map\n`);
        writeFileSync(`${out}.map`, map);
      }),
    );
    try {
      renameSync(scratch, target);
    } catch (error) {
      if (!existsSync(target)) throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  pruneBuilds(dirname(target));
}

/** Removes all but the newest builds, and scratch folders of builds that died half-way. */
function pruneBuilds(folder) {
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const path = join(folder, entry.name);
      return { path, scratch: entry.name.includes('.building-'), mtimeMs: statSync(path).mtimeMs };
    })
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  const hourAgo = Date.now() - 3_600_000;
  const old = [
    ...entries.filter((entry) => !entry.scratch).slice(KEPT_BUILDS + 1),
    ...entries.filter((entry) => entry.scratch && entry.mtimeMs < hourAgo),
  ];
  for (const { path } of old) rmSync(path, { recursive: true, force: true });
}

/**
 * The file URL of the compiled `entry` (a source path such as `src/server/cli/main.ts`), compiled first
 * when a source changed since the last build (about a second); null when it cannot be compiled, and the
 * caller runs the TypeScript through tsx instead. `repository` is this one but in its test.
 */
export async function compiledServer(entry, repository = fileURLToPath(new URL('..', import.meta.url))) {
  try {
    const files = sources(repository);
    const builds = join(repository, 'dist', 'server');
    const target = join(builds, stampOf(repository, files));
    if (!existsSync(target)) {
      mkdirSync(builds, { recursive: true });
      await build(repository, files, target);
    }
    return pathToFileURL(join(target, entry.replace(/\.ts$/, '.js'))).href;
  } catch (error) {
    console.error(`rancang: running the TypeScript through tsx (compiling it failed: ${error.message})`);
    return null;
  }
}
