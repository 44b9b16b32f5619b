import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { createCatalogEntry } from '../indicators/test-fixtures.ts';
import {
  fieldsOf,
  type PlanFixture,
  programBody,
  type RegionFixture,
  seedPlan,
  seedRegion,
} from '../programs/test-fixtures.ts';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const content = ({ version: _v, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;

describe('plan indicator history and restore', () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;
  let programId: string;

  const history = (id: string) => t.request({ method: 'GET', url: `/api/plan-indicators/${id}/history` });
  const restore = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/plan-indicators/${id}/restore`, payload });
  const get = (id: string) => t.request({ method: 'GET', url: `/api/plan-indicators/${id}` });
  const select = async (extra: Record<string, unknown> = {}) => {
    const catalog = await createCatalogEntry(t);
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/indicators`,
      payload: { catalogId: catalog.id, pillarId: plan.pillar.governance, ...extra },
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    region = await seedRegion(t, '12.03');
    plan = await seedPlan(t, region.regionId);
    const program = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, { code: 'GOV-01' }),
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
  });

  it('restores an earlier version with its targets, assessment, availability and programmes', async () => {
    const first = await select({
      elementId: plan.element.public_service,
      producerOpdId: region.opd.kominfo,
      baselineYear: 2021,
      baselineValue: 40,
      targets: [
        { year: 2023, value: 55 },
        { year: 2025, value: '70.5' },
      ],
      assessments: [{ criterion: 'completeness', score: 4, rationale: 'Mencakup semua layanan' }],
      availability: [{ opdId: region.opd.kominfo, status: 'produced', note: 'Dashboard' }],
      programIds: [programId],
    });
    const id = first.id as string;
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/plan-indicators/${id}`,
      payload: {
        baselineValue: 45,
        targets: [{ year: 2024, value: 60 }],
        assessments: [],
        availability: [{ opdId: region.opd.dinkes, status: 'partial' }],
        programIds: [],
        version: 1,
      },
    });
    expect(edit.status).toBe(200);

    const listed = await history(id);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { action: string; version: number }) => [e.action, e.version])).toEqual([
      ['update', 2],
      ['create', 1],
    ]);
    expect(listed.body.items[0].entity).toBe('planIndicator');
    expect(listed.body.items[0].changedFields.sort()).toEqual([
      'assessments',
      'availability',
      'baselineValue',
      'programIds',
      'targets',
    ]);

    const stale = await restore(id, { auditId: listed.body.items[1].auditId, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id, version: 2 });

    const res = await restore(id, { auditId: listed.body.items[1].auditId, version: 2 });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(3);
    expect(content(res.body)).toEqual(content(first));
    expect((await get(id)).body).toEqual(res.body);
    const [latest] = (await history(id)).body.items;
    expect(latest).toMatchObject({ action: 'restore', version: 3 });
    expect(latest.snapshot).toMatchObject({ targets: first.targets, programIds: [programId] });
  });

  it('selects a removed indicator again under its own id', async () => {
    const created = await select({ targets: [{ year: 2024, value: 10 }] });
    expect((await t.request({ method: 'DELETE', url: `/api/plan-indicators/${created.id}` })).status).toBe(
      204,
    );
    const [removed] = (await history(created.id)).body.items;
    expect(removed).toMatchObject({ action: 'delete', version: 1 });
    const res = await restore(created.id, { auditId: removed.auditId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.id, version: 2, targets: created.targets });
    expect(created.targets).toHaveLength(1);
    expect((await get(created.id)).status).toBe(200);
  });

  it('refuses a version linked to a programme deleted since, naming the link', async () => {
    const program = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, { code: 'GOV-02' }),
    });
    const created = await select({ programIds: [program.body.id] });
    await t.request({
      method: 'PATCH',
      url: `/api/plan-indicators/${created.id}`,
      payload: { programIds: [] },
    });
    expect((await t.request({ method: 'DELETE', url: `/api/programs/${program.body.id}` })).status).toBe(204);
    const first = (await history(created.id)).body.items.at(-1);
    const res = await restore(created.id, { auditId: first.auditId });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['programIds.0']);
    expect((await get(created.id)).body.version).toBe(2);
  });

  it('answers 404 for an unknown indicator and 400 for an entry of another record', async () => {
    expect((await history(UNKNOWN_ID)).status).toBe(404);
    expect((await restore(UNKNOWN_ID, { auditId: 1 })).status).toBe(404);
    expect((await history('x')).status).toBe(400);
    const created = await select();
    const planEntry = (await t.request({ method: 'GET', url: `/api/plans/${plan.planId}/history` })).body
      .items[0];
    const res = await restore(created.id, { auditId: planEntry.auditId });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['auditId']);
  });
});

describe('plan history and restore', () => {
  const t = useTestApp();
  let regionId: string;

  const history = (id: string, query = '') =>
    t.request({ method: 'GET', url: `/api/plans/${id}/history${query}` });
  const restore = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/plans/${id}/restore`, payload });
  const createPlan = async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/plans',
      payload: { regionId, title: 'Masterplan Smart City Samosir', periodStart: 2024, periodEnd: 2033 },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const patch = async (id: string, payload: Record<string, unknown>) => {
    const res = await t.request({ method: 'PATCH', url: `/api/plans/${id}`, payload });
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    regionId = (await seedRegion(t, '12.17')).regionId;
  });

  it('restores the plan row to its first version, leaving its content alone', async () => {
    const first = await createPlan();
    await patch(first.id, { title: 'Masterplan Samosir Cerdas', vision: 'Samosir cerdas' });
    await patch(first.id, { periodEnd: 2030 });
    const mission = await t.request({
      method: 'POST',
      url: `/api/plans/${first.id}/missions`,
      payload: { ordinal: 1, text: 'Pariwisata berkelanjutan' },
    });
    expect(mission.status).toBe(201);

    const listed = await history(first.id);
    expect(listed.status).toBe(200);
    expect(
      listed.body.items.map((e: { action: string; version: number; changedFields: string[] }) => [
        e.action,
        e.version,
        e.changedFields,
      ]),
    ).toEqual([
      ['update', 3, ['periodEnd']],
      ['update', 2, ['title', 'vision']],
      ['create', 1, expect.arrayContaining(['title', 'periodStart', 'periodEnd', 'status'])],
    ]);

    const stale = await restore(first.id, { auditId: listed.body.items[2].auditId, version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: first.id, version: 3 });

    const res = await restore(first.id, { auditId: listed.body.items[2].auditId, version: 3 });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(4);
    expect(content(res.body)).toEqual(content(first));
    const missions = await t.request({ method: 'GET', url: `/api/plans/${first.id}/missions` });
    expect(missions.body.total).toBe(1);
    const [latest] = (await history(first.id)).body.items;
    expect(latest).toMatchObject({ action: 'restore', version: 4, snapshot: res.body });
    expect(latest.changedFields.sort()).toEqual(['periodEnd', 'title', 'vision']);
  });

  it('lists every entry of the plan with scope=all, paged', async () => {
    const plan = await createPlan();
    await patch(plan.id, { title: 'Masterplan Samosir 2024–2033' });
    const all = await history(plan.id, '?scope=all&limit=1000');
    expect(all.status).toBe(200);
    // The plan twice, its six default pillars and their eighteen elements.
    expect(all.body.total).toBe(2 + 6 + 18);
    const entities = all.body.items.map((e: { entity: string }) => e.entity);
    expect(entities[0]).toBe('plan');
    expect(entities.filter((e: string) => e === 'pillar')).toHaveLength(6);
    expect(all.body.items[0].changedFields).toEqual(['title']);
    const pillar = all.body.items.find((e: { entity: string }) => e.entity === 'pillar');
    expect(pillar).toMatchObject({ action: 'create', version: 1 });

    const page = await history(plan.id, '?scope=all&limit=5&offset=3');
    expect(page.body).toMatchObject({ total: 26, limit: 5, offset: 3 });
    expect(page.body.items.map((e: { auditId: number }) => e.auditId)).toEqual(
      all.body.items.slice(3, 8).map((e: { auditId: number }) => e.auditId),
    );
    expect((await history(plan.id)).body.total).toBe(2);
  });

  it('refuses a version the plan workflow does not allow to return to', async () => {
    const plan = await createPlan();
    await patch(plan.id, { status: 'review' });
    await patch(plan.id, { status: 'adopted', adoptedOn: '2025-03-01' });
    const created = (await history(plan.id)).body.items.at(-1);
    const res = await restore(plan.id, { auditId: created.auditId });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['status']);
    expect((await t.request({ method: 'GET', url: `/api/plans/${plan.id}` })).body.status).toBe('adopted');
  });

  it('keeps the history of a deleted plan readable and refuses to restore it', async () => {
    const plan = await createPlan();
    expect((await t.request({ method: 'DELETE', url: `/api/plans/${plan.id}` })).status).toBe(204);
    const listed = await history(plan.id);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
    const res = await restore(plan.id, { auditId: listed.body.items[1].auditId });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/import/);
  });

  it('answers 404 for an unknown plan and 400 for bad input', async () => {
    expect((await history(UNKNOWN_ID)).status).toBe(404);
    expect((await history(UNKNOWN_ID, '?scope=all')).status).toBe(404);
    expect((await restore(UNKNOWN_ID, { auditId: 1 })).status).toBe(404);
    const badScope = await history(UNKNOWN_ID, '?scope=everything');
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors).toEqual([expect.objectContaining({ field: 'scope', in: 'query' })]);
    const plan = await createPlan();
    const other = await createPlan();
    const [entry] = (await history(other.id)).body.items;
    const foreign = await restore(plan.id, { auditId: entry.auditId });
    expect(foreign.status).toBe(400);
    expect(fieldsOf(foreign.body)).toEqual(['auditId']);
    const badBody = await restore(plan.id, { auditId: -1, note: 'x' });
    expect(badBody.status).toBe(400);
    expect(fieldsOf(badBody.body)).toEqual(['auditId', 'note']);
  });
});
