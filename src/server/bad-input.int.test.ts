import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/load.ts';
import { useTestApp } from './testing/app.ts';

/**
 * Generated bad input against every write route of the API, with ids that exist (from the demo) and
 * ids that do not: the server never answers 5xx, every refusal is problem+json, and a refused request
 * leaves the database exactly as it was.
 */
describe('every write route refuses bad input cleanly', () => {
  const t = useTestApp();
  const ids: Record<string, string> = {};

  // Row count and total text length of every table, in one query built once the demo is loaded.
  let fingerprintQuery = '';
  const fingerprint = async () => {
    const result = (await t.database.db.execute(sql.raw(fingerprintQuery))) as unknown as { rows: unknown[] };
    return JSON.stringify(result.rows);
  };

  beforeAll(async () => {
    await loadDemo(t.database);
    const tables = (await t.database.db.execute(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    )) as unknown as { rows: { tablename: string }[] };
    fingerprintQuery = tables.rows
      .map(
        ({ tablename }) =>
          `select '${tablename}' as t, count(*)::int as n, coalesce(sum(length(r::text)), 0)::bigint::text as s from "${tablename}" r`,
      )
      .join(' union all ');
    // One existing id per kind of path parameter, taken from the list routes.
    const first = async (url: string) =>
      (await t.request({ method: 'GET', url })).body.items?.[0]?.id as string;
    ids.region = await first('/api/regions?q=Tapanuli');
    ids.plan = await first(`/api/plans?region=${ids.region}`);
  }, 120_000);

  // Signing out everywhere takes no data and would end the session the other requests need.
  const SELF_SIGN_OUT = '/api/session/revoke-all';
  const writeRoutes = () =>
    t.app.routeIndex.filter(
      (r) =>
        !r.hidden &&
        r.url.startsWith('/api/') &&
        r.url !== SELF_SIGN_OUT &&
        ['POST', 'PUT', 'PATCH'].includes(r.method),
    );

  const hostileBodies = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
    fc.record({ title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), periodStart: fc.jsonValue() }),
    fc.array(fc.record({ year: fc.jsonValue(), amount: fc.jsonValue() }), { maxLength: 3 }),
  );

  it('never answers 5xx, refuses as problem+json and writes nothing when it refuses', async () => {
    const routes = writeRoutes();
    expect(routes.length).toBeGreaterThan(10);
    // What the database holds now; a request that is accepted may change it, one that is refused may not.
    let state = await fingerprint();
    for (const route of routes) {
      const existing = route.url.startsWith('/api/plans/') ? ids.plan : ids.region;
      for (const id of [existing, '00000000-0000-4000-8000-000000000000']) {
        const url = route.url.replace(':id', String(id));
        await fc.assert(
          fc.asyncProperty(hostileBodies, async (body) => {
            // As the platform admin, so that the bodies reach validation and the handlers.
            const res = await t.request({
              method: route.method as 'POST',
              url,
              payload: JSON.stringify(body),
              headers: { 'content-type': 'application/json' },
            });
            expect(res.status, `${route.method} ${url} ${JSON.stringify(body)}`).toBeLessThan(500);
            expect(res.status, 'the admin stays signed in').not.toBe(401);
            if (res.status >= 400) {
              expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
              expect(await fingerprint()).toBe(state);
            } else {
              state = await fingerprint();
            }
          }),
          { numRuns: 6 },
        );
      }
    }
  }, 300_000);
});
