import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { seedOrganisation, seedPlan } from './rich-plan-fixture.ts';

describe('plan transfer API', () => {
  const t = useTestApp();
  let planId: string;

  beforeAll(async () => {
    planId = await seedPlan(
      t.database.db,
      await seedOrganisation(t.database.db),
      3,
      'Masterplan Smart City 2022/2031',
    );
  });

  const exportOf = (id: string) => t.request({ method: 'GET', url: `/api/plans/${id}/export` });
  const importOf = (payload: unknown, replace?: boolean) =>
    t.request({
      method: 'POST',
      url: `/api/plans/import${replace === undefined ? '' : `?replace=${replace}`}`,
      payload: payload as object,
    });

  it('downloads the plan as an attachment with a safe file name', async () => {
    const res = await exportOf(planId);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="rancang-plan-masterplan-smart-city-20222031-${planId.slice(0, 8)}.json"`,
    );
    expect(res.body).toMatchObject({ format: 'rancang-plan', version: 1, plan: { id: planId } });
    expect(res.body.programs).toHaveLength(3);
  });

  it('answers 404 for an unknown plan and 400 for a malformed id', async () => {
    expect((await exportOf('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await exportOf('nope');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'id', in: 'path' });
  });

  it('refuses to import a plan that exists (409), and replaces it with replace=true (201)', async () => {
    const doc = (await exportOf(planId)).body;
    const refused = await importOf(doc);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/plan already exists/);
    const replaced = await importOf(doc, true);
    expect(replaced.status).toBe(201);
    expect(replaced.body).toMatchObject({ planId, counts: { plans: 1, programs: 3, regions: 0 } });
    expect((await exportOf(planId)).body).toEqual(doc);
  });

  it('imports a new plan and answers 201 with the counts', async () => {
    const doc = (await exportOf(planId)).body;
    await t.request({ method: 'DELETE', url: `/api/plans/${planId}` });
    expect((await exportOf(planId)).status).toBe(404);
    const res = await importOf(doc, false);
    expect(res.status).toBe(201);
    expect(res.body.counts).toMatchObject({ plans: 1, program_budgets: 12, workshop_sessions: 2 });
    expect((await exportOf(planId)).body).toEqual(doc);
  });

  it('names each bad field of a document, at the top level and deep inside', async () => {
    const doc = (await exportOf(planId)).body;
    const top = await importOf({ ...doc, version: 2, plan: undefined });
    expect(top.status).toBe(400);
    expect(top.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['plan', 'version']);

    doc.programs[2].budgets[0].amount = 'banyak';
    doc.programs[1].elementId = doc.elements.find(
      (e: { pillarId: string }) => e.pillarId !== doc.programs[1].pillarId,
    ).id;
    const deep = await importOf(doc, true);
    expect(deep.status).toBe(400);
    expect(deep.body.errors).toEqual([
      expect.objectContaining({ field: 'programs.2.budgets.0.amount', in: 'body' }),
    ]);
    doc.programs[2].budgets[0].amount = '1.00';
    const reference = await importOf(doc, true);
    expect(reference.body.errors).toEqual([
      expect.objectContaining({ field: 'programs.1.elementId', message: 'is an element of another pillar' }),
    ]);
  });

  it('refuses a replace flag that is not true or false', async () => {
    const res = await importOf((await exportOf(planId)).body, 'yes' as never);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'replace', in: 'query' })]);
  });
});
