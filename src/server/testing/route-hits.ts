import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * Route coverage: every integration test app records which routes answered with which status class.
 * scripts/route-coverage.ts then checks that every documented route was exercised on each database with
 * a success and with a refusal (bad input or unknown id).
 */
export const routeHitsDir = resolve('.test-artifacts/route-hits');

export function recordRouteHits(app: FastifyInstance, kind: string) {
  const hits = new Set<string>();
  app.addHook('onResponse', async (request, reply) => {
    const url = request.routeOptions.url;
    if (!url) return;
    hits.add(`${request.method} ${url} ${Math.floor(reply.statusCode / 100)}xx`);
  });
  return () => {
    mkdirSync(routeHitsDir, { recursive: true });
    const file = resolve(routeHitsDir, `${kind}-${randomBytes(6).toString('hex')}.json`);
    writeFileSync(file, JSON.stringify({ kind, hits: [...hits] }));
  };
}
