import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { testDbKind } from '../../testing/database.ts';
import { listPlanPrograms } from './service.ts';
import { type PlanFixture, programBody, type RegionFixture, seedPlan, seedRegion } from './test-fixtures.ts';

/**
 * A plan's programme list is built of programmes kept one by one (kept-records.ts). Whatever changes a
 * programme, its labels or its lists, the very next list shows it, exactly as a straight read would.
 */
describe(`programme lists from kept programmes (${testDbKind})`, () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;
  const ids: string[] = [];

  const list = async (query = 'limit=1000') => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.planId}/programs?${query}` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  /** The same page read straight from the database, as the API writes it. */
  const straight = async (query: Record<string, unknown> = {}) =>
    JSON.parse(
      JSON.stringify(
        await listPlanPrograms(t.database.db, plan.planId, { limit: 1000, offset: 0, ...query }),
      ),
    );
  const item = async (id: string) => (await list()).items.find((p: { id: string }) => p.id === id);

  beforeAll(async () => {
    region = await seedRegion(t, '12.16');
    plan = await seedPlan(t, region.regionId);
    for (const [pillar, element, title] of [
      ['governance', 'public_service', 'Mal Pelayanan Publik digital'],
      ['governance', 'public_service', 'Satu Data Kabupaten'],
      ['economy', undefined, 'Pasar UMKM daring'],
    ] as const) {
      const elementId = element
        ? plan.element[element]
        : (
            (await t.database.db.execute(
              sql`select e.id from elements e join pillars p on p.id = e.pillar_id where p.plan_id = ${plan.planId} and p.key = ${pillar} limit 1`,
            )) as unknown as { rows: { id: string }[] }
          ).rows[0]?.id;
      const created = await t.request({
        method: 'POST',
        url: `/api/plans/${plan.planId}/programs`,
        payload: programBody(plan, region, {
          pillarId: plan.pillar[pillar],
          elementId,
          title,
          supportingOpdIds: [region.opd.bappeda],
          budgets: [{ year: 2023, source: 'apbd', amount: '100' }],
        }),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      ids.push(created.body.id);
    }
  });

  it('lists, pages and filters exactly as a straight read does', async () => {
    expect(await list()).toEqual(await straight());
    // Twice: the second is built from kept programmes.
    expect(await list()).toEqual(await straight());
    expect(await list('limit=1&offset=1')).toEqual(await straight({ limit: 1, offset: 1 }));
    expect(await list('pillar=economy&limit=1000')).toEqual(await straight({ pillar: 'economy' }));
    const economy = await list(`pillar=${plan.pillar.economy}`);
    expect(economy.total).toBe(1);
    expect(economy.items[0].title).toBe('Pasar UMKM daring');
  });

  it('shows a save of one programme at once, and the others as they were', async () => {
    const before = await list();
    const [first] = before.items;
    const saved = await t.request({
      method: 'PATCH',
      url: `/api/programs/${first.id}`,
      payload: { version: first.version, output: 'Keluaran disepakati di Bimtek II' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const after = await list();
    expect(after.items[0]).toEqual(saved.body);
    expect(after.items.slice(1)).toEqual(before.items.slice(1));
    expect(after).toEqual(await straight());
  });

  it('shows a renamed OPD in every programme it leads or supports', async () => {
    await list();
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/opds/${region.opd.kominfo}`,
      payload: { name: 'Dinas Komunikasi, Informatika dan Persandian' },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const names = (await list()).items.map((p: { leadOpdName: string }) => p.leadOpdName);
    expect(names).toEqual(ids.map(() => 'Dinas Komunikasi, Informatika dan Persandian'));
  });

  it('shows budget lines changed by another writer, though the programme rows were not touched', async () => {
    await list();
    await t.database.db.execute(
      sql`update program_budgets set amount = amount + 1 where program_id = ${ids[2] as string}`,
    );
    expect((await item(ids[2] as string)).budgetTotal).toBe('101.00');
    expect(await list()).toEqual(await straight());
  });

  it('leaves out a deleted programme and answers 404 for an unknown plan', async () => {
    await list();
    const gone = await t.request({ method: 'DELETE', url: `/api/programs/${ids[1] as string}` });
    expect(gone.status).toBe(204);
    const after = await list();
    expect(after.total).toBe(2);
    expect(after.items.map((p: { id: string }) => p.id)).not.toContain(ids[1]);
    const unknown = await t.request({
      method: 'GET',
      url: '/api/plans/00000000-0000-4000-8000-000000000000/programs',
    });
    expect(unknown.status).toBe(404);
  });
});
