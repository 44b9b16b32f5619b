import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_NAME } from '../db/write-listener.ts';
import {
  type PlanFixture,
  programBody,
  type RegionFixture,
  seedPlan,
  seedRegion,
} from '../features/programs/test-fixtures.ts';
import { useTestApp } from '../testing/app.ts';
import { testDbKind } from '../testing/database.ts';

/**
 * The summary, budget and readiness summary are kept between requests (http/aggregate-cache.ts); these
 * tests write in every way a plan can change and read right after, as a person would.
 */
describe(`cached aggregates (${testDbKind})`, () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;
  let programId: string;
  /** Another connection, writing as another process would (the CLI); on PGlite the same process, outside any request. */
  let other: { query: (text: string, values?: unknown[]) => Promise<unknown>; close: () => Promise<void> };

  const get = async (url: string) => {
    const res = await t.request({ method: 'GET', url });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const summaryTotal = async () => (await get(`/api/plans/${plan.planId}/summary`)).budget.total as string;
  /** Add to the programme's 2023 APBD budget without the server knowing. */
  const addElsewhere = (amount: number) =>
    other.query(
      `update program_budgets set amount = amount + $1 where program_id = $2 and year = 2023 and source = 'apbd'`,
      [amount, programId],
    );

  beforeAll(async () => {
    region = await seedRegion(t, '12.03');
    plan = await seedPlan(t, region.regionId);
    const created = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, { budgets: [{ year: 2023, source: 'apbd', amount: '1000' }] }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    programId = created.body.id;
    if (testDbKind === 'postgres') {
      const client = t.database.newClient?.() as pg.Client;
      await client.connect();
      other = { query: (text, values) => client.query(text, values), close: () => client.end() };
    } else {
      other = {
        query: (text, values) =>
          t.database.pglite?.query(text, values) ?? Promise.reject(new Error('no PGlite')),
        close: async () => {},
      };
    }
  });
  afterAll(async () => {
    await other?.close();
  });

  it('shows a budget written through the API in the very next summary and budget', async () => {
    const byYear = `/api/plans/${plan.planId}/budget?by=year`;
    const byPillarYear = `/api/plans/${plan.planId}/budget?by=pillar,year`;
    expect(await summaryTotal()).toBe('1000.00');
    expect((await get(byYear)).rows).toEqual([{ year: 2023, programCount: 1, amount: '1000.00' }]);
    expect((await get(byPillarYear)).total).toBe('1000.00');

    const version = (await get(`/api/programs/${programId}`)).version as number;
    const changed = await t.request({
      method: 'PATCH',
      url: `/api/programs/${programId}`,
      payload: {
        version,
        budgets: [
          { year: 2023, source: 'apbd', amount: '1000' },
          { year: 2024, source: 'csr', amount: '234.5' },
        ],
      },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    expect(await summaryTotal()).toBe('1234.50');
    expect((await get(byYear)).rows).toEqual([
      { year: 2023, programCount: 1, amount: '1000.00' },
      { year: 2024, programCount: 1, amount: '234.50' },
    ]);
    const pillarYear = await get(byPillarYear);
    expect(pillarYear.total).toBe('1234.50');
    expect(pillarYear.rows.map((r: { year: number }) => r.year)).toEqual([2023, 2024]);
    // The other order groups by year first: its own answer, not the one kept for pillar,year.
    expect((await get(`/api/plans/${plan.planId}/budget?by=year,pillar`)).by).toEqual(['year', 'pillar']);
  });

  it('shows a readiness score in the very next readiness summary, and its change', async () => {
    const url = `/api/plans/${plan.planId}/readiness-summary`;
    const governance = async () =>
      (await get(url)).pillars.find((p: { key: string }) => p.key === 'governance').scores.struktur;
    expect(await governance()).toBeNull();
    const written = await t.request({
      method: 'PUT',
      url: `/api/plans/${plan.planId}/readiness`,
      payload: { items: [{ pillarId: plan.pillar.governance, aspect: 'struktur', score: 4 }] },
    });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(await governance()).toBe(4);

    const cells = await get(`/api/plans/${plan.planId}/readiness`);
    const cell = cells.items[0];
    const changed = await t.request({
      method: 'PATCH',
      url: `/api/readiness/${cell.id}`,
      payload: { score: 2, version: cell.version },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(await governance()).toBe(2);
  });

  it('shows a new programme in the very next cross-regency comparison', async () => {
    const ourRegion = async () =>
      (await get('/api/compare')).regions.find((r: { id: string }) => r.id === region.regionId);
    const before = await ourRegion();
    expect(before.plan.id).toBe(plan.planId);
    const added = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, {
        budgets: [{ year: 2025, source: 'apbd', amount: '500' }],
      }),
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const after = await ourRegion();
    expect(after.plan.programCount).toBe(before.plan.programCount + 1);
    expect(Number(after.plan.budgetTotal)).toBe(Number(before.plan.budgetTotal) + 500);
  });

  it('shows a changed programme in the very next list and read of it', async () => {
    const listed = async () =>
      (await get(`/api/plans/${plan.planId}/programs?limit=1000`)).items.find(
        (p: { id: string }) => p.id === programId,
      ).title;
    const current = await get(`/api/programs/${programId}`);
    expect(await listed()).toBe(current.title);
    const changed = await t.request({
      method: 'PATCH',
      url: `/api/programs/${programId}`,
      payload: { version: current.version, title: 'Satu Data Humbang' },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(await listed()).toBe('Satu Data Humbang');
    expect((await get(`/api/programs/${programId}`)).title).toBe('Satu Data Humbang');
  });

  it('answers 404 once a plan is deleted, and the plan again once it is imported back', async () => {
    const gone = await seedPlan(t, region.regionId);
    const added = await t.request({
      method: 'POST',
      url: `/api/plans/${gone.planId}/programs`,
      payload: programBody(gone, region, { budgets: [{ year: 2025, source: 'apbn_dak', amount: '77' }] }),
    });
    expect(added.status).toBe(201);
    const urls = ['summary', 'budget?by=opd', 'readiness-summary'].map(
      (p) => `/api/plans/${gone.planId}/${p}`,
    );
    const before = await Promise.all(urls.map(get));
    expect(before[0].budget.total).toBe('77.00');
    const exported = await t.request({ method: 'GET', url: `/api/plans/${gone.planId}/export` });
    expect(exported.status).toBe(200);

    expect((await t.request({ method: 'DELETE', url: `/api/plans/${gone.planId}` })).status).toBe(204);
    for (const url of urls) expect((await t.request({ method: 'GET', url })).status).toBe(404);
    // Asked twice: a 404 is not kept either.
    for (const url of urls) expect((await t.request({ method: 'GET', url })).status).toBe(404);

    const imported = await t.request({ method: 'POST', url: '/api/plans/import', payload: exported.body });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(await Promise.all(urls.map(get))).toEqual(before);
  });

  it('serves a write made outside this server’s requests once the database reports it', async () => {
    const before = await summaryTotal();
    expect(await summaryTotal()).toBe(before);
    await addElsewhere(1);
    await expect.poll(summaryTotal, { timeout: 5_000, interval: 20 }).toBe((Number(before) + 1).toFixed(2));
  });

  it('keeps nothing while writes could go unreported, and caches again once they are', async () => {
    const start = Number(await summaryTotal());
    const expected = (added: number) => (start + added).toFixed(2);
    const reopen = await cutTheListener();
    try {
      expect(t.app.aggregates.active).toBe(false);
      expect(await summaryTotal()).toBe(expected(0));
      await addElsewhere(5);
      // At once: no notification can come, so only not keeping the answer above makes this fresh.
      expect(await summaryTotal()).toBe(expected(5));
    } finally {
      await reopen();
    }
    await expect.poll(() => t.app.aggregates.active, { timeout: 10_000, interval: 20 }).toBe(true);
    expect(await summaryTotal()).toBe(expected(5));
    await addElsewhere(2);
    await expect.poll(summaryTotal, { timeout: 5_000, interval: 20 }).toBe(expected(7));
  });

  /**
   * Lose the listening connection and keep it lost: PostgreSQL ends it and refuses new connections to
   * the database until reopened. PGlite reports writes in this process and cannot lose that; the cache is
   * paused directly, as the listener does.
   */
  async function cutTheListener(): Promise<() => Promise<void>> {
    if (testDbKind !== 'postgres') {
      t.app.aggregates.pause();
      return async () => t.app.aggregates.resume();
    }
    // Requests in the meantime use the pool's idle connections: open a few first.
    await Promise.all(Array.from({ length: 4 }, () => get(`/api/plans/${plan.planId}/summary`)));
    const name = ((await other.query('select current_database() as name')) as pg.QueryResult).rows[0].name;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`alter database ${name} allow_connections false`);
    await admin.query(
      'select pg_terminate_backend(pid, 5000) from pg_stat_activity where application_name = $1 and datname = $2',
      [LISTENER_NAME, name],
    );
    await expect.poll(() => t.app.aggregates.active, { timeout: 5_000, interval: 10 }).toBe(false);
    return async () => {
      await admin.query(`alter database ${name} allow_connections true`);
      await admin.end();
    };
  }

  it('has every table report its writes, tables added later included', async () => {
    const result = await t.database.db.execute(sql`
      select c.relname as name, exists (
        select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'rancang_notify_write'
      ) as watched
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> '__drizzle_migrations'
      order by c.relname`);
    const tables = (result as unknown as { rows: { name: string; watched: boolean }[] }).rows;
    expect(tables.map((r) => r.name)).toContain('program_budgets');
    expect(tables.filter((r) => !r.watched).map((r) => r.name)).toEqual([]);
  });
});
