import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { createPlan, fieldsOf, pillarsByKey, unknownId } from './test-plan.ts';

describe('strategies API', () => {
  const t = useTestApp();
  let planId: string;
  let pillars: Awaited<ReturnType<typeof pillarsByKey>>;

  beforeAll(async () => {
    ({ planId } = await createPlan(t));
    pillars = await pillarsByKey(t, planId);
  });

  const post = (plan: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/plans/${plan}/strategies`, payload });

  it('adds strategies per pillar and lists them in pillar order, filtered by pillar', async () => {
    const living = await post(planId, {
      pillarId: pillars.living?.id,
      ordinal: 1,
      text: 'Puskesmas terhubung',
    });
    expect(living.status).toBe(201);
    expect(living.body).toMatchObject({ planId, pillarId: pillars.living?.id, ordinal: 1, version: 1 });
    await post(planId, { pillarId: pillars.governance?.id, ordinal: 2, text: 'Integrasi layanan SPBE' });
    await post(planId, { pillarId: pillars.governance?.id, ordinal: 1, text: 'Satu data Tapanuli Utara' });

    const all = await t.request({ method: 'GET', url: `/api/plans/${planId}/strategies` });
    expect(all.body.items.map((s: { text: string }) => s.text)).toEqual([
      'Satu data Tapanuli Utara',
      'Integrasi layanan SPBE',
      'Puskesmas terhubung',
    ]);
    const byKey = await t.request({ method: 'GET', url: `/api/plans/${planId}/strategies?pillar=living` });
    expect(byKey.body).toMatchObject({ total: 1, items: [{ id: living.body.id }] });
    const byId = await t.request({
      method: 'GET',
      url: `/api/plans/${planId}/strategies?pillar=${pillars.governance?.id}`,
    });
    expect(byId.body.total).toBe(2);
    expect((await t.request({ method: 'GET', url: `/api/plans/${planId}/strategies?pillar=` })).status).toBe(
      400,
    );
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/strategies` })).status).toBe(404);
  });

  it('refuses a duplicate ordinal within a pillar, a pillar of another plan and bad input', async () => {
    await post(planId, { pillarId: pillars.economy?.id, ordinal: 1, text: 'QRIS di pasar tradisional' });
    const dup = await post(planId, { pillarId: pillars.economy?.id, ordinal: 1, text: 'Lain' });
    expect(dup.status).toBe(409);
    expect(dup.body.fields).toEqual(['pillarId', 'ordinal']);

    const other = await createPlan(t);
    const foreign = (await pillarsByKey(t, other.planId)).economy?.id;
    const wrong = await post(planId, { pillarId: foreign, ordinal: 2, text: 'Strategi' });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong.body)).toEqual(['pillarId']);

    expect(fieldsOf((await post(planId, { ordinal: 2, text: '  ' })).body)).toEqual(['pillarId', 'text']);
    expect((await post(unknownId, { pillarId: foreign, ordinal: 1, text: 'Strategi' })).status).toBe(404);
  });

  it('reads, changes (also to another pillar of the plan) and deletes a strategy', async () => {
    const created = await post(planId, {
      pillarId: pillars.society?.id,
      ordinal: 1,
      text: 'Literasi digital',
    });
    const url = `/api/strategies/${created.body.id}`;
    expect((await t.request({ method: 'GET', url })).body.text).toBe('Literasi digital');

    const moved = await t.request({
      method: 'PATCH',
      url,
      payload: { pillarId: pillars.environment?.id, text: 'Literasi lingkungan', version: 1 },
    });
    expect(moved.body).toMatchObject({
      pillarId: pillars.environment?.id,
      text: 'Literasi lingkungan',
      version: 2,
    });
    const away = await t.request({ method: 'PATCH', url, payload: { pillarId: unknownId } });
    expect(fieldsOf(away.body)).toEqual(['pillarId']);

    expect((await t.request({ method: 'DELETE', url })).status).toBe(204);
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
    expect((await t.request({ method: 'PATCH', url, payload: { text: 'X' } })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url })).status).toBe(404);
  });
});
