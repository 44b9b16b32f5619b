import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN, useTestApp } from '../../testing/app.ts';

describe('audit log API', () => {
  const t = useTestApp();
  let regionId: string;
  let planId: string;
  let missionId: string;
  let startedAt: string;

  beforeAll(async () => {
    startedAt = new Date(Date.now() - 60_000).toISOString();
    const region = await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: {
        code: '12.02',
        name: 'Kabupaten Tapanuli Utara',
        kind: 'kabupaten',
        province: 'Sumatera Utara',
      },
    });
    regionId = region.body.id;
    const plan = await t.request({
      method: 'POST',
      url: '/api/plans',
      payload: {
        regionId,
        title: 'Masterplan Smart City Tapanuli Utara',
        periodStart: 2022,
        periodEnd: 2031,
      },
    });
    planId = plan.body.id;
    const mission = await t.request({
      method: 'POST',
      url: `/api/plans/${planId}/missions`,
      payload: { ordinal: 1, text: 'Tata kelola bersih' },
    });
    missionId = mission.body.id;
    await t.request({
      method: 'PATCH',
      url: `/api/missions/${missionId}`,
      payload: { text: 'Tata kelola bersih dan melayani' },
    });
  });

  const list = (query: string) => t.request({ method: 'GET', url: `/api/audit?${query}` });

  it('shows a write made through another route with the record before and after, newest first', async () => {
    const res = await list(`entity=mission&entityId=${missionId}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const [update, create] = res.body.items;
    expect(update).toMatchObject({
      action: 'update',
      actor: TEST_ADMIN,
      entity: 'mission',
      entityId: missionId,
      planId,
      regionId,
      before: { text: 'Tata kelola bersih', version: 1 },
      after: { text: 'Tata kelola bersih dan melayani', version: 2 },
    });
    expect(Date.parse(update.at)).toBeGreaterThanOrEqual(Date.parse(create.at));
    expect(update.id).toBeGreaterThan(create.id);
    expect(create).toMatchObject({ action: 'create', before: null, after: { text: 'Tata kelola bersih' } });
  });

  it('reads one entry by its number', async () => {
    const [update] = (await list(`entity=mission&action=update&entityId=${missionId}`)).body.items;
    const res = await t.request({ method: 'GET', url: `/api/audit/${update.id}` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(update);
  });

  it('records a deletion with the record before and nothing after', async () => {
    const mission = await t.request({
      method: 'POST',
      url: `/api/plans/${planId}/missions`,
      payload: { ordinal: 2, text: 'Ekonomi kreatif' },
    });
    await t.request({ method: 'DELETE', url: `/api/missions/${mission.body.id}` });
    const res = await list(`entityId=${mission.body.id}&action=delete`);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        entity: 'mission',
        before: expect.objectContaining({ text: 'Ekonomi kreatif' }),
        after: null,
      }),
    ]);
  });

  it('filters by plan, region, actor, action and time, and pages', async () => {
    const byPlan = await list(`planId=${planId}&limit=500`);
    // The plan's own entry, then its six pillars, 18 elements, and the missions written above.
    const entities = byPlan.body.items.map((e: { entity: string }) => e.entity);
    expect(entities.filter((e: string) => e === 'plan')).toHaveLength(1);
    expect(entities.filter((e: string) => e === 'pillar')).toHaveLength(6);
    expect(entities.filter((e: string) => e === 'element')).toHaveLength(18);
    expect(entities.filter((e: string) => e === 'mission').length).toBeGreaterThanOrEqual(2);
    expect(entities).not.toContain('region');
    const byRegion = await list(`regionId=${regionId}&limit=500`);
    expect(byRegion.body.total).toBe(byPlan.body.total + 1);
    expect(byRegion.body.items.at(-1)).toMatchObject({
      entity: 'region',
      entityId: regionId,
      action: 'create',
    });
    expect((await list(`regionId=${regionId}&entity=pillar`)).body.total).toBe(6);
    expect((await list(`planId=${planId}&actor=someone-else`)).body.total).toBe(0);
    expect((await list(`planId=${planId}&actor=${encodeURIComponent(TEST_ADMIN)}`)).body.total).toBe(
      byPlan.body.total,
    );

    const created = await list('action=create&entity=region');
    expect(created.body.items).toEqual([expect.objectContaining({ entityId: regionId, before: null })]);

    expect((await list(`from=${encodeURIComponent(startedAt)}&planId=${planId}`)).body.total).toBe(
      byPlan.body.total,
    );
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await list(`from=${encodeURIComponent(future)}`)).body.total).toBe(0);
    expect((await list(`to=${encodeURIComponent(startedAt)}&planId=${planId}`)).body.total).toBe(0);
    const withOffset = await list(
      `from=${encodeURIComponent('2020-01-01T07:00:00+07:00')}&to=${encodeURIComponent(future)}&planId=${planId}`,
    );
    expect(withOffset.body.total).toBe(byPlan.body.total);

    const page = await list(`planId=${planId}&limit=2&offset=1`);
    expect(page.body).toMatchObject({ total: byPlan.body.total, limit: 2, offset: 1 });
    expect(page.body.items.map((e: { id: number }) => e.id)).toEqual(
      byPlan.body.items.slice(1, 3).map((e: { id: number }) => e.id),
    );
  });

  it('refuses bad filters, naming each in the query', async () => {
    const res = await list('from=yesterday&action=rename&planId=taput&limit=0');
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string; in: string }) => `${e.in}:${e.field}`).sort()).toEqual([
      'query:action',
      'query:from',
      'query:limit',
      'query:planId',
    ]);
    const backwards = await list('from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'to', in: 'query' })]);
  });

  it('answers 400 for an entry number that is not one and 404 for one that does not exist', async () => {
    for (const id of ['abc', '0', '1.5', missionId]) {
      const res = await t.request({ method: 'GET', url: `/api/audit/${id}` });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'id', in: 'path' })]);
    }
    const missing = await t.request({ method: 'GET', url: '/api/audit/99999999' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
  });

  it('offers no way to change history', async () => {
    const [entry] = (await list('limit=1')).body.items;
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'] as const)
      expect((await t.request({ method, url: `/api/audit/${entry.id}`, payload: {} })).status).toBe(404);
  });
});
