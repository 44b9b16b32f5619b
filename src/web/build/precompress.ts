import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
const MIN_BYTES = 1024;

interface Chunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  code?: string;
  source?: string | Uint8Array;
}

const bytesOf = (item: Chunk) => Buffer.from(item.type === 'chunk' ? (item.code ?? '') : (item.source ?? ''));

/** The JavaScript a first visit downloads before the app can run: the entry chunks and what they import statically. */
export function initialScripts(bundle: Record<string, Chunk>): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (chunk?.type !== 'chunk' || seen.has(name)) return;
    seen.add(name);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const item of Object.values(bundle)) if (item.type === 'chunk' && item.isEntry) visit(item.fileName);
  return [...seen];
}

/**
 * Writes `.br` and `.gz` beside every text file of the build, which the server sends to browsers that
 * accept them (@fastify/static `preCompressed`): a phone on a slow network gets a fifth of the bytes,
 * and the server compresses nothing per request. Also prints the initial JavaScript size (gzip), the
 * number the web app's size budget is about.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'rancang-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? config.build.outDir;
      const gzipped = new Map<string, number>();
      for (const item of Object.values(bundle) as Chunk[]) {
        if (!COMPRESSIBLE.test(item.fileName)) continue;
        const bytes = bytesOf(item);
        const gzip = gzipSync(bytes, { level: 9 });
        gzipped.set(item.fileName, gzip.length);
        if (bytes.length < MIN_BYTES) continue;
        const file = join(outDir, item.fileName);
        await writeFile(`${file}.gz`, gzip);
        await writeFile(
          `${file}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
      const initial = initialScripts(bundle as Record<string, Chunk>);
      const total = initial.reduce((sum, name) => sum + (gzipped.get(name) ?? 0), 0);
      config.logger.info(
        `Initial JavaScript: ${(total / 1024).toFixed(1)} KiB gzip in ${initial.length} file(s)`,
      );
    },
  };
}
