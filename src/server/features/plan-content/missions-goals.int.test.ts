import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { createPlan, fieldsOf, unknownId } from './test-plan.ts';

describe('missions and goals API', () => {
  const t = useTestApp();
  let planId: string;
  let otherPlanId: string;

  beforeAll(async () => {
    ({ planId } = await createPlan(t));
    ({ planId: otherPlanId } = await createPlan(t));
  });

  const postMission = (plan: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/plans/${plan}/missions`, payload });
  const postGoal = (plan: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/plans/${plan}/goals`, payload });

  it('creates, lists in order, reads, changes and deletes missions linked to the RPJMD', async () => {
    const second = await postMission(planId, { ordinal: 2, text: 'Meningkatkan daya saing ekonomi' });
    const first = await postMission(planId, {
      ordinal: 1,
      text: 'Mewujudkan tata kelola pemerintahan yang bersih',
      rpjmdMission: 'Misi 1 RPJMD 2019–2024',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      planId,
      ordinal: 1,
      rpjmdMission: 'Misi 1 RPJMD 2019–2024',
      version: 1,
    });
    expect(second.body.rpjmdMission).toBeNull();

    const list = await t.request({ method: 'GET', url: `/api/plans/${planId}/missions` });
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { ordinal: number }) => m.ordinal)).toEqual([1, 2]);
    expect(list.body.total).toBe(2);

    const read = await t.request({ method: 'GET', url: `/api/missions/${first.body.id}` });
    expect(read.body.text).toBe('Mewujudkan tata kelola pemerintahan yang bersih');

    const changed = await t.request({
      method: 'PATCH',
      url: `/api/missions/${second.body.id}`,
      payload: { rpjmdMission: 'Misi 3 RPJMD', version: 1 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ rpjmdMission: 'Misi 3 RPJMD', version: 2 });

    const deleted = await t.request({ method: 'DELETE', url: `/api/missions/${second.body.id}` });
    expect(deleted.status).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/missions/${second.body.id}` })).status).toBe(404);
  });

  it('refuses a second mission with the same ordinal in a plan with 409, but not in another plan', async () => {
    await postMission(planId, { ordinal: 5, text: 'Misi lima' });
    const dup = await postMission(planId, { ordinal: 5, text: 'Misi lima lagi' });
    expect(dup.status).toBe(409);
    expect(dup.body.fields).toEqual(['planId', 'ordinal']);
    expect((await postMission(otherPlanId, { ordinal: 5, text: 'Misi lima' })).status).toBe(201);

    const six = await postMission(planId, { ordinal: 6, text: 'Misi enam' });
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/missions/${six.body.id}`,
      payload: { ordinal: 5 },
    });
    expect(moved.status).toBe(409);
  });

  it('names bad mission fields and answers 404 for unknown plans and missions', async () => {
    const bad = await postMission(planId, { ordinal: 0, text: '', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['colour', 'ordinal', 'text']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'colour').message).toMatch(
      /not a known field/,
    );

    expect((await postMission(unknownId, { ordinal: 1, text: 'X' })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/missions` })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/plans/not-a-uuid/missions` })).status).toBe(400);
    expect((await t.request({ method: 'GET', url: `/api/missions/${unknownId}` })).status).toBe(404);
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/missions/${unknownId}`,
      payload: { text: 'X' },
    });
    expect(patch.status).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/missions/${unknownId}` })).status).toBe(404);
    const badPatch = await t.request({
      method: 'PATCH',
      url: `/api/missions/${unknownId}`,
      payload: { ordinal: 'x' },
    });
    expect(fieldsOf(badPatch.body)).toEqual(['ordinal']);
  });

  it('links a goal to a mission of its own plan only, naming missionId otherwise', async () => {
    const mission = await postMission(planId, { ordinal: 10, text: 'Misi sepuluh' });
    const foreign = await postMission(otherPlanId, { ordinal: 10, text: 'Misi lain' });

    const goal = await postGoal(planId, {
      ordinal: 1,
      text: 'Layanan publik digital',
      missionId: mission.body.id,
    });
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({ planId, missionId: mission.body.id, ordinal: 1 });

    const wrong = await postGoal(planId, { ordinal: 2, text: 'Tujuan', missionId: foreign.body.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'missionId', in: 'body' })]);
    const missing = await postGoal(planId, { ordinal: 2, text: 'Tujuan', missionId: unknownId });
    expect(fieldsOf(missing.body)).toEqual(['missionId']);

    const repoint = await t.request({
      method: 'PATCH',
      url: `/api/goals/${goal.body.id}`,
      payload: { missionId: foreign.body.id },
    });
    expect(repoint.status).toBe(400);
    expect(fieldsOf(repoint.body)).toEqual(['missionId']);

    const unlinked = await t.request({
      method: 'PATCH',
      url: `/api/goals/${goal.body.id}`,
      payload: { missionId: null, text: 'Layanan publik digital terpadu' },
    });
    expect(unlinked.body).toMatchObject({
      missionId: null,
      text: 'Layanan publik digital terpadu',
      version: 2,
    });
  });

  it('lists, reads and deletes goals; refuses duplicates, bad input and unknown ids', async () => {
    const a = await postGoal(planId, { ordinal: 20, text: 'Tujuan dua puluh' });
    const b = await postGoal(planId, { ordinal: 21, text: 'Tujuan dua puluh satu' });
    expect((await postGoal(planId, { ordinal: 20, text: 'Dobel' })).status).toBe(409);
    expect(fieldsOf((await postGoal(planId, { ordinal: 1.5, missionId: 'x' })).body)).toEqual([
      'missionId',
      'ordinal',
      'text',
    ]);

    const list = await t.request({ method: 'GET', url: `/api/plans/${planId}/goals` });
    const ordinals = list.body.items.map((g: { ordinal: number }) => g.ordinal);
    expect(ordinals).toEqual([...ordinals].sort((x, y) => x - y));
    expect(ordinals).toEqual(expect.arrayContaining([20, 21]));
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/goals` })).status).toBe(404);

    expect((await t.request({ method: 'GET', url: `/api/goals/${a.body.id}` })).body.text).toBe(
      'Tujuan dua puluh',
    );
    expect((await t.request({ method: 'GET', url: `/api/goals/${unknownId}` })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/goals/${b.body.id}` })).status).toBe(204);
    expect((await t.request({ method: 'DELETE', url: `/api/goals/${b.body.id}` })).status).toBe(404);
  });

  it('refuses to delete a mission that goals still serve, with 409', async () => {
    const mission = await postMission(planId, { ordinal: 30, text: 'Misi tiga puluh' });
    await postGoal(planId, { ordinal: 30, text: 'Tujuan', missionId: mission.body.id });
    const res = await t.request({ method: 'DELETE', url: `/api/missions/${mission.body.id}` });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/goals/);
    expect((await t.request({ method: 'GET', url: `/api/missions/${mission.body.id}` })).status).toBe(200);
  });
});
