import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN, useTestApp } from '../../testing/app.ts';
import {
  fieldsOf,
  type PlanFixture,
  programBody,
  type RegionFixture,
  seedPlan,
  seedRegion,
} from '../programs/test-fixtures.ts';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The fields a restore should bring back, without the bookkeeping every write changes. */
const content = ({ version: _v, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;

describe('programme history and restore', () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;

  const create = async (extra: Record<string, unknown>) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, extra),
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const patch = async (id: string, payload: Record<string, unknown>) => {
    const res = await t.request({ method: 'PATCH', url: `/api/programs/${id}`, payload });
    expect(res.status).toBe(200);
    return res.body;
  };
  const history = (id: string, query = '') =>
    t.request({ method: 'GET', url: `/api/programs/${id}/history${query}` });
  const restore = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/programs/${id}/restore`, payload });
  const get = (id: string) => t.request({ method: 'GET', url: `/api/programs/${id}` });

  beforeAll(async () => {
    region = await seedRegion(t, '12.02');
    plan = await seedPlan(t, region.regionId);
  });

  describe('a programme edited twice', () => {
    let first: Record<string, unknown>;
    let id: string;

    beforeAll(async () => {
      first = await create({
        code: 'GOV-01',
        supportingOpdIds: [region.opd.dinkes],
        kecamatanIds: [region.kecamatan.tarutung],
        budgets: [
          { year: 2023, source: 'apbd', amount: '1500000000.50' },
          { year: 2024, source: 'apbn_dak', amount: 250000000 },
        ],
        targets: [{ year: 2023, target: 'MPP beroperasi' }],
      });
      id = first.id as string;
      await patch(id, {
        title: 'Mal Pelayanan Publik terpadu',
        budgets: [{ year: 2025, source: 'apbd', amount: '99.99' }],
        version: 1,
      });
      await patch(id, {
        supportingOpdIds: [region.opd.dispar],
        kecamatanIds: [],
        targets: [],
        endYear: 2028,
        version: 2,
      });
    });

    it('lists its versions newest first with what each changed', async () => {
      const res = await history(id);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(3);
      expect(
        res.body.items.map((e: { action: string; version: number; actor: string }) => [
          e.action,
          e.version,
          e.actor,
        ]),
      ).toEqual([
        ['update', 3, TEST_ADMIN],
        ['update', 2, TEST_ADMIN],
        ['create', 1, TEST_ADMIN],
      ]);
      const [third, second, created] = res.body.items;
      expect(third.changedFields.sort()).toEqual(['endYear', 'kecamatanIds', 'supportingOpdIds', 'targets']);
      expect(second.changedFields.sort()).toEqual(['budgetTotal', 'budgets', 'title']);
      expect(created.changedFields).toEqual(expect.arrayContaining(['title', 'code', 'budgets']));
      expect(created.snapshot).toEqual(first);
      expect(third.snapshot).toEqual((await get(id)).body);
      expect(third.entity).toBe('program');
      expect(third.entityId).toBe(id);
      expect(third.auditId).toBeGreaterThan(second.auditId);
      expect(Number.isNaN(Date.parse(third.at))).toBe(false);
    });

    it('pages the versions and still compares the last one of a page with the one before', async () => {
      const res = await history(id, '?limit=1&offset=1');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0].version).toBe(2);
      expect(res.body.items[0].changedFields.sort()).toEqual(['budgetTotal', 'budgets', 'title']);
    });

    it('refuses a stale version with the current programme, writing nothing', async () => {
      const created = (await history(id)).body.items.at(-1);
      const res = await restore(id, { auditId: created.auditId, version: 2 });
      expect(res.status).toBe(409);
      expect(res.body.current).toMatchObject({ id, version: 3 });
      expect((await history(id)).body.total).toBe(3);
    });

    it('restores the first version with its lists, bumps the version and audits the restore', async () => {
      const created = (await history(id)).body.items.at(-1);
      const res = await restore(id, { auditId: created.auditId, version: 3 });
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(4);
      expect(content(res.body)).toEqual(content(first));
      const stored = (await get(id)).body;
      expect(stored).toEqual(res.body);
      expect(stored.budgets).toEqual([
        { year: 2023, source: 'apbd', amount: '1500000000.50' },
        { year: 2024, source: 'apbn_dak', amount: '250000000.00' },
      ]);
      expect(stored.budgetTotal).toBe('1750000000.50');
      expect(stored.supportingOpdIds).toEqual([region.opd.dinkes]);
      expect(stored.kecamatanIds).toEqual([region.kecamatan.tarutung]);

      const [latest] = (await history(id)).body.items;
      expect(latest).toMatchObject({ action: 'restore', version: 4, snapshot: res.body });
      expect(latest.changedFields.sort()).toEqual([
        'budgetTotal',
        'budgets',
        'endYear',
        'kecamatanIds',
        'supportingOpdIds',
        'targets',
        'title',
      ]);
      const audit = await t.request({ method: 'GET', url: `/api/audit/${latest.auditId}` });
      expect(audit.body).toMatchObject({
        action: 'restore',
        entity: 'program',
        planId: plan.planId,
        regionId: region.regionId,
        before: { version: 3, endYear: 2028 },
        after: { version: 4, endYear: 2027 },
      });
    });

    it('refuses an audit entry of another record, naming auditId', async () => {
      const other = await create({ code: 'GOV-02' });
      const [entry] = (await history(other.id)).body.items;
      const res = await restore(id, { auditId: entry.auditId });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['auditId']);
      const missing = await restore(id, { auditId: 99_999_999 });
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing.body)).toEqual(['auditId']);
    });
  });

  it('answers 404 for a programme that never existed and 400 for bad input', async () => {
    expect((await history(UNKNOWN_ID)).status).toBe(404);
    const unknown = await restore(UNKNOWN_ID, { auditId: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);

    const badPath = await history('not-an-id');
    expect(badPath.status).toBe(400);
    expect(badPath.body.errors).toEqual([expect.objectContaining({ field: 'id', in: 'path' })]);
    const badQuery = await history(UNKNOWN_ID, '?limit=0');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors).toEqual([expect.objectContaining({ field: 'limit', in: 'query' })]);
    const badBody = await restore(UNKNOWN_ID, { auditId: 'first', version: 0, extra: true });
    expect(badBody.status).toBe(400);
    expect(fieldsOf(badBody.body)).toEqual(['auditId', 'extra', 'version']);
    expect(fieldsOf((await restore(UNKNOWN_ID, {})).body)).toEqual(['auditId']);
  });

  it('keeps the history of a deleted programme and re-creates it under its own id', async () => {
    const created = await create({
      code: 'GOV-05',
      budgets: [{ year: 2023, source: 'apbd', amount: 10 }],
      targets: [{ year: 2024, target: 'Dua layanan' }],
    });
    const edited = await patch(created.id, { title: 'Layanan daring terpadu' });
    expect((await t.request({ method: 'DELETE', url: `/api/programs/${created.id}` })).status).toBe(204);
    expect((await get(created.id)).status).toBe(404);

    const before = await history(created.id);
    expect(before.status).toBe(200);
    expect(before.body.items.map((e: { action: string }) => e.action)).toEqual([
      'delete',
      'update',
      'create',
    ]);
    const [deleted] = before.body.items;
    expect(deleted).toMatchObject({ version: 2, snapshot: edited, changedFields: [] });

    const res = await restore(created.id, { auditId: deleted.auditId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.id, version: 3, title: 'Layanan daring terpadu' });
    expect(res.body.budgets).toEqual([{ year: 2023, source: 'apbd', amount: '10.00' }]);
    expect(res.body.targets).toEqual([{ year: 2024, target: 'Dua layanan' }]);
    expect((await get(created.id)).body).toEqual(res.body);
    const [restored] = (await history(created.id)).body.items;
    expect(restored).toMatchObject({ action: 'restore', version: 3 });
    expect((await t.request({ method: 'GET', url: `/api/audit/${restored.auditId}` })).body).toMatchObject({
      before: null,
      after: { id: created.id, version: 3 },
    });
  });

  it('refuses a version whose supporting OPD has been deleted since, writing nothing', async () => {
    const opd = await t.request({
      method: 'POST',
      url: `/api/regions/${region.regionId}/opds`,
      payload: { code: 'DISHUB', name: 'Dinas Perhubungan', type: 'office' },
    });
    expect(opd.status).toBe(201);
    const created = await create({ code: 'GOV-06', supportingOpdIds: [opd.body.id] });
    const current = await patch(created.id, { supportingOpdIds: [] });
    expect((await t.request({ method: 'DELETE', url: `/api/opds/${opd.body.id}` })).status).toBe(204);

    const first = (await history(created.id)).body.items.at(-1);
    const res = await restore(created.id, { auditId: first.auditId });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['supportingOpdIds.0']);
    expect((await get(created.id)).body).toEqual(current);
    expect((await history(created.id)).body.total).toBe(2);
  });

  it('refuses a version whose code another programme has taken since', async () => {
    const created = await create({ code: 'GOV-07' });
    await patch(created.id, { code: 'GOV-17' });
    await create({ code: 'GOV-07' });
    const first = (await history(created.id)).body.items.at(-1);
    const res = await restore(created.id, { auditId: first.auditId });
    expect(res.status).toBe(409);
    expect(res.body.fields).toEqual(['code']);
    expect((await get(created.id)).body.code).toBe('GOV-17');
  });

  it('does not re-create a deleted programme whose plan is gone', async () => {
    const other = await seedPlan(t, region.regionId);
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${other.planId}/programs`,
      payload: programBody(other, region, { code: 'GOV-01' }),
    });
    expect(res.status).toBe(201);
    const { id } = res.body;
    expect((await t.request({ method: 'DELETE', url: `/api/programs/${id}` })).status).toBe(204);
    expect((await t.request({ method: 'DELETE', url: `/api/plans/${other.planId}` })).status).toBe(204);
    const [deleted] = (await history(id)).body.items;
    const refused = await restore(id, { auditId: deleted.auditId });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/plan/);
    expect((await get(id)).status).toBe(404);
  });
});
