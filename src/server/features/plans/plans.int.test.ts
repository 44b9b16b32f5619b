import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';

describe('plans API', () => {
  const t = useTestApp();
  let regionId: string;

  beforeAll(async () => {
    const region = await t.request({
      method: 'POST',
      url: '/api/regions',
      payload: {
        code: '12.16',
        name: 'Kabupaten Humbang Hasundutan',
        kind: 'kabupaten',
        province: 'Sumatera Utara',
      },
    });
    regionId = region.body.id;
  });

  const newPlan = (extra: Record<string, unknown> = {}) =>
    t.request({
      method: 'POST',
      url: '/api/plans',
      payload: {
        regionId,
        title: 'Masterplan Smart City 2022–2031',
        periodStart: 2022,
        periodEnd: 2031,
        ...extra,
      },
    });

  it('creates a draft plan with the six default pillars and eighteen elements', async () => {
    const plan = await newPlan();
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ status: 'draft', version: 1 });
    const pillars = await t.request({ method: 'GET', url: `/api/plans/${plan.body.id}/pillars` });
    expect(pillars.body.items.map((p: { key: string }) => p.key)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    const elements = await t.request({ method: 'GET', url: `/api/plans/${plan.body.id}/elements?limit=100` });
    expect(elements.body.total).toBe(18);
  });

  it('lists plans by region id or BPS code', async () => {
    const byId = await t.request({ method: 'GET', url: `/api/plans?region=${regionId}` });
    const byCode = await t.request({ method: 'GET', url: '/api/plans?region=12.16' });
    expect(byId.body.total).toBeGreaterThan(0);
    expect(byCode.body.items).toEqual(byId.body.items);
  });

  it('refuses a period longer than ten years or ending before it starts, naming periodEnd', async () => {
    for (const periodEnd of [2032, 2020]) {
      const res = await newPlan({ periodEnd });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'periodEnd' })]);
    }
  });

  it('says which check failed and its limits, so that a client can word the error in its own language', async () => {
    const res = await newPlan({ title: 'ab', periodStart: 1999 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'title',
          in: 'body',
          message: expect.any(String),
          code: 'too_small',
          params: { origin: 'string', minimum: 3, inclusive: true },
        },
        expect.objectContaining({
          field: 'periodStart',
          code: 'too_small',
          params: expect.objectContaining({ minimum: 2000 }),
        }),
      ]),
    );
    // The input itself is not echoed back.
    expect(JSON.stringify(res.body.errors)).not.toContain('"input"');
  });

  it('moves through draft → review → adopted → implementing, and needs the adoption date', async () => {
    const plan = await newPlan();
    const url = `/api/plans/${plan.body.id}`;
    expect((await t.request({ method: 'PATCH', url, payload: { status: 'adopted' } })).status).toBe(400);
    expect((await t.request({ method: 'PATCH', url, payload: { status: 'review' } })).body.status).toBe(
      'review',
    );
    const noDate = await t.request({ method: 'PATCH', url, payload: { status: 'adopted' } });
    expect(noDate.body.errors[0].field).toBe('adoptedOn');
    const adopted = await t.request({
      method: 'PATCH',
      url,
      payload: { status: 'adopted', adoptedOn: '2022-03-01' },
    });
    expect(adopted.body).toMatchObject({ status: 'adopted', adoptedOn: '2022-03-01' });
  });

  it('refuses a plan for a region that does not exist', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/plans',
      payload: {
        regionId: '00000000-0000-4000-8000-000000000000',
        title: 'X plan',
        periodStart: 2022,
        periodEnd: 2026,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('regionId');
  });

  it('reads a plan, refuses a bad status filter and answers 404 for an unknown plan', async () => {
    const plan = await newPlan({ vision: 'Taput cerdas, melayani dan berdaya saing' });
    const read = await t.request({ method: 'GET', url: `/api/plans/${plan.body.id}` });
    expect(read.body).toMatchObject({ id: plan.body.id, vision: 'Taput cerdas, melayani dan berdaya saing' });
    const badFilter = await t.request({ method: 'GET', url: '/api/plans?status=finished' });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors[0]).toMatchObject({ field: 'status', in: 'query' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknown}` })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/plans/${unknown}` })).status).toBe(404);
  });

  it('deletes a whole plan with its pillars, programmes and budgets in one go', async () => {
    const plan = await newPlan();
    const opd = await t.request({
      method: 'POST',
      url: `/api/regions/${regionId}/opds`,
      payload: { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'office' },
    });
    const pillars = await t.request({ method: 'GET', url: `/api/plans/${plan.body.id}/pillars` });
    const governance = pillars.body.items[0];
    const elements = await t.request({ method: 'GET', url: `/api/pillars/${governance.id}/elements` });
    const program = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.body.id}/programs`,
      payload: {
        pillarId: governance.id,
        elementId: elements.body.items[0].id,
        title: 'Mal Pelayanan Publik',
        leadOpdId: opd.body.id,
        horizon: 5,
        startYear: 2022,
        endYear: 2026,
        budgets: [{ year: 2022, source: 'apbd', amount: '1500000000' }],
      },
    });
    expect(program.status).toBe(201);
    expect((await t.request({ method: 'DELETE', url: `/api/plans/${plan.body.id}` })).status).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/programs/${program.body.id}` })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/pillars/${governance.id}` })).status).toBe(404);
  });
});
