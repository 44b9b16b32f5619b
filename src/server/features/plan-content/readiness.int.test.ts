import { beforeAll, describe, expect, it } from 'vitest';
import { READINESS_ASPECTS } from '../../../shared/domain.ts';
import { useTestApp } from '../../testing/app.ts';
import { createPlan, fieldsOf, pillarsByKey, unknownId } from './test-plan.ts';

describe('readiness API', () => {
  const t = useTestApp();
  let planId: string;
  let pillars: Awaited<ReturnType<typeof pillarsByKey>>;
  let foreignPillarId: string;

  beforeAll(async () => {
    ({ planId } = await createPlan(t));
    pillars = await pillarsByKey(t, planId);
    const other = await createPlan(t);
    foreignPillarId = (await pillarsByKey(t, other.planId)).governance?.id as string;
  });

  const pillarId = (key: string) => pillars[key]?.id as string;
  const post = (plan: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/plans/${plan}/readiness`, payload });
  const put = (plan: string, items: Record<string, unknown>[]) =>
    t.request({ method: 'PUT', url: `/api/plans/${plan}/readiness`, payload: { items } });
  const count = async (plan: string) =>
    (await t.request({ method: 'GET', url: `/api/plans/${plan}/readiness` })).body.total as number;

  it('scores one cell with SWOT notes and evidence, then reads, changes and deletes it', async () => {
    const created = await post(planId, {
      pillarId: pillarId('governance'),
      aspect: 'infrastruktur',
      score: 3,
      strengths: 'Jaringan fiber di kantor bupati',
      threats: 'Listrik sering padam',
      evidence: 'Laporan Diskominfo 2021',
      assessedOn: '2021-09-14',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      planId,
      aspect: 'infrastruktur',
      score: 3,
      weaknesses: null,
      assessedOn: '2021-09-14',
    });

    const url = `/api/readiness/${created.body.id}`;
    expect((await t.request({ method: 'GET', url })).body.evidence).toBe('Laporan Diskominfo 2021');
    const changed = await t.request({
      method: 'PATCH',
      url,
      payload: { score: 4, weaknesses: 'SDM TI kurang', version: 1 },
    });
    expect(changed.body).toMatchObject({ score: 4, weaknesses: 'SDM TI kurang', version: 2 });
    expect((await t.request({ method: 'DELETE', url })).status).toBe(204);
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
    expect((await t.request({ method: 'PATCH', url, payload: { score: 2 } })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url })).status).toBe(404);
  });

  it('refuses a second score for the same pillar and aspect with 409', async () => {
    const cell = { pillarId: pillarId('living'), aspect: 'struktur', score: 2 };
    expect((await post(planId, cell)).status).toBe(201);
    const dup = await post(planId, { ...cell, score: 3 });
    expect(dup.status).toBe(409);
    expect(dup.body.fields).toEqual(['pillarId', 'aspect']);
  });

  it('names pillarId when it is not a pillar of the plan, and every other bad field', async () => {
    const foreign = await post(planId, { pillarId: foreignPillarId, aspect: 'struktur', score: 3 });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([
      expect.objectContaining({ field: 'pillarId', message: 'is not a pillar of this plan' }),
    ]);

    const bad = await post(planId, {
      pillarId: pillarId('society'),
      aspect: 'budaya',
      score: 6,
      assessedOn: '14/09/2021',
    });
    expect(fieldsOf(bad.body)).toEqual(['aspect', 'assessedOn', 'score']);
    expect(
      (await post(unknownId, { pillarId: pillarId('society'), aspect: 'struktur', score: 3 })).status,
    ).toBe(404);

    const cell = await post(planId, { pillarId: pillarId('society'), aspect: 'struktur', score: 3 });
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/readiness/${cell.body.id}`,
      payload: { pillarId: foreignPillarId },
    });
    expect(moved.status).toBe(400);
    expect(fieldsOf(moved.body)).toEqual(['pillarId']);
    const zero = await t.request({
      method: 'PATCH',
      url: `/api/readiness/${cell.body.id}`,
      payload: { score: 0 },
    });
    expect(fieldsOf(zero.body)).toEqual(['score']);
    expect((await t.request({ method: 'GET', url: '/api/readiness/42' })).status).toBe(400);
  });

  it('writes a whole matrix in one request, then reports what changed', async () => {
    const { planId: fresh } = await createPlan(t);
    const mine = await pillarsByKey(t, fresh);
    const keys = Object.keys(mine);
    const matrix = keys.flatMap((key, i) =>
      READINESS_ASPECTS.map((aspect, j) => ({ pillarId: mine[key]?.id, aspect, score: ((i + j) % 5) + 1 })),
    );
    const first = await put(fresh, matrix);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 18, updated: 0, unchanged: 0 });
    expect(first.body.items).toHaveLength(18);
    // In pillar order, then struktur, infrastruktur, suprastruktur.
    expect(first.body.items.slice(0, 4).map((c: { aspect: string }) => c.aspect)).toEqual([
      'struktur',
      'infrastruktur',
      'suprastruktur',
      'struktur',
    ]);
    expect(first.body.items[0].pillarId).toBe(mine.governance?.id);

    const again = await put(fresh, [
      ...matrix.slice(0, 17),
      { ...matrix[17], score: 5, evidence: 'Perda pengelolaan sampah' },
    ]);
    expect(again.body).toMatchObject({ created: 0, updated: 1, unchanged: 17 });
    const last = again.body.items.at(-1);
    expect(last).toMatchObject({ score: 5, evidence: 'Perda pengelolaan sampah', version: 2 });

    // Notes left out keep their stored value.
    const scoreOnly = await put(fresh, [{ ...matrix[17], score: 4 }]);
    expect(scoreOnly.body.items.at(-1)).toMatchObject({ score: 4, evidence: 'Perda pengelolaan sampah' });
  });

  it('refuses a matrix with any bad row, naming each as items.N.field, and writes nothing', async () => {
    const { planId: fresh } = await createPlan(t);
    const mine = await pillarsByKey(t, fresh);
    const good = { pillarId: mine.economy?.id, aspect: 'struktur', score: 3 };

    const shape = await put(fresh, [
      good,
      { ...good, aspect: 'infrastruktur', score: 9 },
      { ...good, aspect: 'x' },
    ]);
    expect(shape.status).toBe(400);
    expect(fieldsOf(shape.body)).toEqual(['items.1.score', 'items.2.aspect']);

    const rules = await put(fresh, [
      good,
      { ...good, pillarId: foreignPillarId },
      { ...good, aspect: 'suprastruktur' },
      { ...good, score: 1 },
    ]);
    expect(rules.status).toBe(400);
    expect(fieldsOf(rules.body)).toEqual(['items.1.pillarId', 'items.3.aspect']);
    expect(await count(fresh)).toBe(0);

    expect(fieldsOf((await put(fresh, [])).body)).toEqual(['items']);
    expect((await put(unknownId, [good])).status).toBe(404);
  });

  it('refuses a stale cell version with 409 and rolls back the whole matrix', async () => {
    const { planId: fresh } = await createPlan(t);
    const mine = await pillarsByKey(t, fresh);
    const cell = { pillarId: mine.society?.id, aspect: 'struktur', score: 3 };
    await put(fresh, [cell]);
    await put(fresh, [{ ...cell, score: 4 }]);

    const stale = await put(fresh, [
      { pillarId: mine.society?.id, aspect: 'infrastruktur', score: 2 },
      { ...cell, score: 1, version: 1 },
    ]);
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ score: 4, version: 2 });
    expect(await count(fresh)).toBe(1);
  });

  it('lists cells filtered by pillar key or id and by aspect', async () => {
    const { planId: fresh } = await createPlan(t);
    const mine = await pillarsByKey(t, fresh);
    await put(fresh, [
      { pillarId: mine.environment?.id, aspect: 'suprastruktur', score: 2 },
      { pillarId: mine.environment?.id, aspect: 'struktur', score: 3 },
      { pillarId: mine.governance?.id, aspect: 'struktur', score: 4 },
    ]);
    const all = await t.request({ method: 'GET', url: `/api/plans/${fresh}/readiness` });
    expect(all.body.items.map((c: { score: number }) => c.score)).toEqual([4, 3, 2]);
    const byKey = await t.request({ method: 'GET', url: `/api/plans/${fresh}/readiness?pillar=environment` });
    expect(byKey.body.items.map((c: { aspect: string }) => c.aspect)).toEqual(['struktur', 'suprastruktur']);
    const byId = await t.request({
      method: 'GET',
      url: `/api/plans/${fresh}/readiness?pillar=${mine.environment?.id}&aspect=suprastruktur`,
    });
    expect(byId.body).toMatchObject({ total: 1, items: [{ score: 2 }] });

    const bad = await t.request({ method: 'GET', url: `/api/plans/${fresh}/readiness?aspect=budaya` });
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'aspect', in: 'query' })]);
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/readiness` })).status).toBe(404);
  });

  it('summarises scores per pillar with averages and lists the gaps to close', async () => {
    const { planId: fresh } = await createPlan(t);
    const mine = await pillarsByKey(t, fresh);
    const full = Object.values(mine).flatMap((p) =>
      READINESS_ASPECTS.map((aspect) => ({ pillarId: p.id, aspect, score: 4 })),
    );
    await put(fresh, [
      ...full.filter((c) => c.pillarId !== mine.economy?.id),
      { pillarId: mine.economy?.id, aspect: 'struktur', score: 2 },
      { pillarId: mine.economy?.id, aspect: 'infrastruktur', score: 3 },
    ]);

    const res = await t.request({ method: 'GET', url: `/api/plans/${fresh}/readiness-summary` });
    expect(res.status).toBe(200);
    expect(res.body.aspects).toEqual(['struktur', 'infrastruktur', 'suprastruktur']);
    expect(res.body.pillars.map((p: { key: string }) => p.key)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    expect(res.body.pillars[2]).toMatchObject({
      key: 'economy',
      scores: { struktur: 2, infrastruktur: 3, suprastruktur: null },
      average: 2.5,
    });
    expect(res.body.pillars[0].average).toBe(4);
    expect(res.body.overallAverage).toBe(3.82); // (15 × 4 + 2 + 3) / 17
    expect(res.body.gaps).toEqual([
      { pillarId: mine.economy?.id, pillarKey: 'economy', aspect: 'struktur', score: 2, reason: 'low_score' },
      {
        pillarId: mine.economy?.id,
        pillarKey: 'economy',
        aspect: 'suprastruktur',
        score: null,
        reason: 'not_scored',
      },
    ]);

    expect(
      (await t.request({ method: 'GET', url: `/api/plans/${unknownId}/readiness-summary` })).status,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/plans/x/readiness-summary' })).status).toBe(400);
  });
});
