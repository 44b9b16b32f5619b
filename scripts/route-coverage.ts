/**
 * Checks that the integration suites exercised every route of the API on each database they ran on,
 * once with success (2xx) and once with a refusal (4xx). Prints what is missing; exits 1 if anything is.
 * Reads the hits written by src/server/testing/route-hits.ts during `vitest run`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { routeHitsDir } from '../src/server/testing/route-hits.ts';

const kinds = process.argv.slice(2);
const database = await openDatabase({ kind: 'pglite' });
const app = await buildApp({ database });
await app.ready();
const routes = app.routeIndex.filter((r) => !r.hidden && r.url.startsWith('/api/'));
await app.close();
await database.close();

const hits = new Map<string, Set<string>>(kinds.map((k) => [k, new Set()]));
if (existsSync(routeHitsDir)) {
  for (const file of readdirSync(routeHitsDir)) {
    const { kind, hits: list } = JSON.parse(readFileSync(resolve(routeHitsDir, file), 'utf8')) as {
      kind: string;
      hits: string[];
    };
    for (const h of list) hits.get(kind)?.add(h);
  }
}

// Routes that take no input cannot be refused: a success is all they can show.
const inputless = new Set(['GET /api/health', 'GET /api/openapi.json', 'GET /api/compare']);
let missing = 0;
for (const kind of kinds) {
  const seen = hits.get(kind) ?? new Set();
  for (const r of routes) {
    const key = `${r.method} ${r.url}`;
    const wanted = inputless.has(key) ? ['2xx'] : ['2xx', '4xx'];
    for (const status of wanted) {
      if (!seen.has(`${key} ${status}`)) {
        missing++;
        console.log(`  not exercised on ${kind}: ${key} → ${status}`);
      }
    }
  }
}
console.log(
  `route coverage: ${routes.length} routes × ${kinds.join(', ')}; ${missing} route/status pairs not exercised`,
);
process.exit(missing === 0 ? 0 : 1);
