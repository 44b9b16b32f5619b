import { beforeAll, describe, expect, it } from 'vitest';
import { opdUnits } from '../../db/schema/organisation.ts';
import { programs } from '../../db/schema/program.ts';
import { useTestApp } from '../../testing/app.ts';
import { createPlan, fieldsOf, pillarsByKey, unknownId } from './test-plan.ts';

describe('pillars and elements API', () => {
  const t = useTestApp();
  let planId: string;

  beforeAll(async () => {
    ({ planId } = await createPlan(t));
  });

  const postPillar = (plan: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/plans/${plan}/pillars`, payload });
  const mobility = { key: 'mobility', ordinal: 7, nameId: 'Smart Mobility', nameEn: 'Smart Mobility' };

  /** Programmes have their own API; here one is written straight to the table to hold a pillar in use. */
  async function addProgramme(
    { planId, regionId }: { planId: string; regionId: string },
    pillarId: string,
    elementId: string,
  ) {
    const db = t.database.db;
    const [opd] = await db
      .insert(opdUnits)
      .values({ regionId, code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'office' })
      .returning();
    await db.insert(programs).values({
      planId,
      pillarId,
      elementId,
      code: 'ECO-01',
      title: 'Aplikasi layanan terpadu',
      leadOpdId: opd?.id as string,
      horizon: 1,
      startYear: 2022,
      endYear: 2022,
    });
  }

  it('adds a pillar, reads it, renames it and refuses a duplicate key with 409', async () => {
    const created = await postPillar(planId, { ...mobility, description: 'Draf Permen 2026' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ planId, key: 'mobility', ordinal: 7, version: 1 });

    const list = await t.request({ method: 'GET', url: `/api/plans/${planId}/pillars` });
    expect(list.body.items.map((p: { key: string }) => p.key).at(-1)).toBe('mobility');
    expect(list.body.total).toBe(7);

    const read = await t.request({ method: 'GET', url: `/api/pillars/${created.body.id}` });
    expect(read.body.description).toBe('Draf Permen 2026');
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/pillars/${created.body.id}`,
      payload: { nameId: 'Mobilitas Cerdas', version: 1 },
    });
    expect(renamed.body).toMatchObject({ nameId: 'Mobilitas Cerdas', version: 2 });

    const dup = await postPillar(planId, { ...mobility, ordinal: 8 });
    expect(dup.status).toBe(409);
    expect(dup.body.fields).toEqual(['planId', 'key']);
    const clash = await t.request({
      method: 'PATCH',
      url: `/api/pillars/${created.body.id}`,
      payload: { key: 'governance' },
    });
    expect(clash.status).toBe(409);
  });

  it('refuses a key that is not a slug and other bad pillar input, naming the fields', async () => {
    const res = await postPillar(planId, { key: 'Smart-Mobility', ordinal: -1, nameId: 'M' });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['key', 'nameEn', 'nameId', 'ordinal']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'key').message).toMatch(/slug/);
    for (const key of ['9lives', '_x', 'mobility!'])
      expect((await postPillar(planId, { ...mobility, key })).status).toBe(400);

    expect((await postPillar(unknownId, mobility)).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/pillars` })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/pillars/${unknownId}` })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/pillars/governance' })).status).toBe(400);
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/pillars/${unknownId}`,
      payload: { nameEn: 'X Y' },
    });
    expect(patch.status).toBe(404);
  });

  it('lists all elements of a plan in pillar order, filtered by pillar id or key', async () => {
    const { planId: fresh } = await createPlan(t);
    const pillars = await pillarsByKey(t, fresh);
    const all = await t.request({ method: 'GET', url: `/api/plans/${fresh}/elements` });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(18);
    expect(all.body.items.slice(0, 4).map((e: { key: string }) => e.key)).toEqual([
      'public_service',
      'bureaucracy',
      'public_policy',
      'tourism_branding',
    ]);

    // Moving governance to the end moves its elements to the end of the list too.
    await t.request({
      method: 'PATCH',
      url: `/api/pillars/${pillars.governance?.id}`,
      payload: { ordinal: 9 },
    });
    const reordered = await t.request({
      method: 'GET',
      url: `/api/plans/${fresh}/elements?limit=5&offset=15`,
    });
    expect(reordered.body.items.map((e: { key: string }) => e.key)).toEqual([
      'public_service',
      'bureaucracy',
      'public_policy',
    ]);
    expect(reordered.body).toMatchObject({ total: 18, limit: 5, offset: 15 });

    const byKey = await t.request({ method: 'GET', url: `/api/plans/${fresh}/elements?pillar=living` });
    const byId = await t.request({
      method: 'GET',
      url: `/api/plans/${fresh}/elements?pillar=${pillars.living?.id}`,
    });
    expect(byKey.body.items.map((e: { key: string }) => e.key)).toEqual([
      'spatial_harmony',
      'health',
      'mobility',
    ]);
    expect(byId.body.items).toEqual(byKey.body.items);

    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/elements` })).status).toBe(404);
    const badLimit = await t.request({ method: 'GET', url: `/api/plans/${fresh}/elements?limit=0` });
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors).toEqual([expect.objectContaining({ field: 'limit', in: 'query' })]);
  });

  it('adds, lists, changes and deletes the elements of one pillar', async () => {
    const pillars = await pillarsByKey(t, planId);
    const url = `/api/pillars/${pillars.governance?.id}/elements`;
    const created = await t.request({
      method: 'POST',
      url,
      payload: { key: 'open_data', ordinal: 4, nameId: 'Satu data', nameEn: 'One data' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ planId, pillarId: pillars.governance?.id, key: 'open_data' });

    const list = await t.request({ method: 'GET', url });
    expect(list.body.items.map((e: { key: string }) => e.key)).toEqual([
      'public_service',
      'bureaucracy',
      'public_policy',
      'open_data',
    ]);

    const dup = await t.request({
      method: 'POST',
      url,
      payload: { key: 'open_data', ordinal: 5, nameId: 'Satu data', nameEn: 'One data' },
    });
    expect(dup.status).toBe(409);
    // The same key is fine under another pillar.
    const elsewhere = await t.request({
      method: 'POST',
      url: `/api/pillars/${pillars.economy?.id}/elements`,
      payload: { key: 'open_data', ordinal: 4, nameId: 'Data ekonomi', nameEn: 'Economic data' },
    });
    expect(elsewhere.status).toBe(201);

    const bad = await t.request({
      method: 'POST',
      url,
      payload: { key: 'Open Data', ordinal: 4, nameId: 'x', nameEn: 'One data' },
    });
    expect(fieldsOf(bad.body)).toEqual(['key', 'nameId']);
    expect(
      (await t.request({ method: 'POST', url: `/api/pillars/${unknownId}/elements`, payload: {} })).status,
    ).toBe(400);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/pillars/${unknownId}/elements`,
          payload: { key: 'x', ordinal: 1, nameId: 'Xx', nameEn: 'Xx' },
        })
      ).status,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/pillars/${unknownId}/elements` })).status).toBe(404);

    const item = `/api/elements/${created.body.id}`;
    expect((await t.request({ method: 'GET', url: item })).body.nameEn).toBe('One data');
    const changed = await t.request({
      method: 'PATCH',
      url: item,
      payload: { nameEn: 'Single data', version: 1 },
    });
    expect(changed.body).toMatchObject({ nameEn: 'Single data', version: 2 });
    const stale = await t.request({ method: 'PATCH', url: item, payload: { nameEn: 'Old', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.current.nameEn).toBe('Single data');
    expect((await t.request({ method: 'PATCH', url: item, payload: { pillarId: unknownId } })).status).toBe(
      400,
    );

    expect((await t.request({ method: 'DELETE', url: item })).status).toBe(204);
    expect((await t.request({ method: 'GET', url: item })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url: item })).status).toBe(404);
  });

  it('refuses to delete an element or a pillar that still has programmes, and keeps everything', async () => {
    const { planId: fresh, regionId } = await createPlan(t);
    const pillars = await pillarsByKey(t, fresh);
    const economy = pillars.economy?.id as string;
    const elements = await t.request({ method: 'GET', url: `/api/pillars/${economy}/elements` });
    await addProgramme({ planId: fresh, regionId }, economy, elements.body.items[0].id);

    const element = await t.request({ method: 'DELETE', url: `/api/elements/${elements.body.items[0].id}` });
    expect(element.status).toBe(409);
    expect(element.body.detail).toMatch(/programs/);

    const pillar = await t.request({ method: 'DELETE', url: `/api/pillars/${economy}` });
    expect(pillar.status).toBe(409);
    expect(pillar.body).toMatchObject({ programs: 1, indicators: 0 });
    expect(pillar.body.detail).toMatch(/economy still has 1 programme/);
    expect((await t.request({ method: 'GET', url: `/api/pillars/${economy}` })).status).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/pillars/${economy}/elements` })).body.total).toBe(3);
  });

  it('deletes an unused pillar with its elements, strategies and readiness, each in the audit log', async () => {
    const { planId: fresh } = await createPlan(t);
    const branding = (await pillarsByKey(t, fresh)).branding?.id as string;
    await t.request({
      method: 'POST',
      url: `/api/plans/${fresh}/strategies`,
      payload: { pillarId: branding, ordinal: 1, text: 'Perkuat citra Danau Toba' },
    });
    await t.request({
      method: 'POST',
      url: `/api/plans/${fresh}/readiness`,
      payload: { pillarId: branding, aspect: 'struktur', score: 2 },
    });

    const res = await t.request({ method: 'DELETE', url: `/api/pillars/${branding}` });
    expect(res.status).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/pillars/${branding}` })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/plans/${fresh}/elements` })).body.total).toBe(15);
    expect((await t.request({ method: 'GET', url: `/api/plans/${fresh}/strategies` })).body.total).toBe(0);
    expect((await t.request({ method: 'GET', url: `/api/plans/${fresh}/readiness` })).body.total).toBe(0);

    const audit = await t.request({ method: 'GET', url: `/api/audit?planId=${fresh}&action=delete` });
    const deleted = audit.body.items.map((e: { entity: string }) => e.entity).sort();
    expect(deleted).toEqual(['element', 'element', 'element', 'pillar', 'readinessScore', 'strategy']);
    const pillarEntry = audit.body.items.find((e: { entity: string }) => e.entity === 'pillar');
    expect(pillarEntry).toMatchObject({ entityId: branding, after: null, before: { key: 'branding' } });

    expect((await t.request({ method: 'DELETE', url: `/api/pillars/${branding}` })).status).toBe(404);
  });
});
