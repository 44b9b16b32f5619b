import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import {
  auditEntries,
  createCatalogEntry,
  createOpd,
  createPlan,
  createProgram,
  createRegion,
  fieldsOf,
  type TestPlan,
  UNKNOWN_ID,
} from './test-fixtures.ts';

describe('plan indicators API', () => {
  const t = useTestApp();
  let plan: TestPlan;
  let otherPlan: TestPlan;
  let kominfo: string;
  let bappeda: string;
  let elsewhereOpd: string;
  let program: string;
  let otherPlanProgram: string;
  let percent: string;

  beforeAll(async () => {
    const taput = await createRegion(t, '12.02', 'Kabupaten Tapanuli Utara');
    const samosir = await createRegion(t, '12.17', 'Kabupaten Samosir');
    kominfo = await createOpd(t, taput, 'DISKOMINFO');
    bappeda = await createOpd(t, taput, 'BAPPEDA');
    elsewhereOpd = await createOpd(t, samosir, 'DISKOMINFO');
    plan = await createPlan(t, taput, 2022, 2026);
    otherPlan = await createPlan(t, taput, 2027, 2031);
    program = await createProgram(t, plan, kominfo, 'GOV-01');
    otherPlanProgram = await createProgram(t, otherPlan, kominfo, 'GOV-01');
    percent = (
      await createCatalogEntry(t, {
        code: 'GOV-ONLINE',
        numeratorLabel: 'Layanan daring',
        denominatorLabel: 'Seluruh layanan',
        numeratorLabelEn: 'Online services',
        denominatorLabelEn: 'All services',
      })
    ).id;
  });

  const post = (payload: Record<string, unknown>, planId = plan.id) =>
    t.request({ method: 'POST', url: `/api/plans/${planId}/indicators`, payload });
  /** A selection of a fresh catalogue entry, so that each test can add its own. */
  const select = async (payload: Record<string, unknown> = {}) => {
    const entry = await createCatalogEntry(t);
    const res = await post({ catalogId: entry.id, pillarId: plan.pillars.governance, ...payload });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('selects an indicator with targets, assessment, availability and programmes in one write', async () => {
    const res = await post({
      catalogId: percent,
      pillarId: plan.pillars.governance,
      elementId: plan.elements.public_service,
      producerOpdId: kominfo,
      frequency: 'yearly',
      baselineYear: 2021,
      baselineValue: 12.5,
      baselineSource: 'Survei Diskominfo 2021',
      targets: [
        { year: 2026, value: '60' },
        { year: 2023, value: 25 },
      ],
      assessments: [
        { criterion: 'verifiability', score: 2, rationale: 'Belum ada log layanan' },
        { criterion: 'completeness', score: 4 },
      ],
      availability: [
        { opdId: kominfo, status: 'produced' },
        { opdId: bappeda, status: 'partial', note: 'Tahunan' },
      ],
      programIds: [program],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      planId: plan.id,
      catalogId: percent,
      catalog: {
        code: 'GOV-ONLINE',
        unit: '%',
        theme: 'governance',
        numeratorLabel: 'Layanan daring',
        numeratorLabelEn: 'Online services',
        denominatorLabelEn: 'All services',
      },
      baselineValue: '12.500000',
      targets: [
        { year: 2023, value: '25.000000' },
        { year: 2026, value: '60.000000' },
      ],
      assessments: [
        { criterion: 'completeness', score: 4, rationale: null },
        { criterion: 'verifiability', score: 2, rationale: 'Belum ada log layanan' },
      ],
      programIds: [program],
      latestMeasurement: null,
      version: 1,
    });
    expect(res.body.availability).toHaveLength(2);
    const audit = await auditEntries(t, 'planIndicator', res.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', planId: plan.id });
    expect(audit[0]?.after).toMatchObject({
      targets: [{ year: 2023 }, { year: 2026 }],
      programIds: [program],
    });

    const read = await t.request({ method: 'GET', url: `/api/plan-indicators/${res.body.id}` });
    expect(read.body).toEqual(res.body);
  });

  it('refuses the same catalogue entry twice in a plan with 409', async () => {
    const entry = await createCatalogEntry(t);
    expect((await post({ catalogId: entry.id, pillarId: plan.pillars.governance })).status).toBe(201);
    const again = await post({ catalogId: entry.id, pillarId: plan.pillars.economy });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(entry.code);
  });

  it('names the field of each rule a selection breaks, and writes nothing', async () => {
    const entry = await createCatalogEntry(t);
    const base = { catalogId: entry.id, pillarId: plan.pillars.governance };
    const refused = async (extra: Record<string, unknown>) => {
      const res = await post({ ...base, ...extra });
      expect(res.status).toBe(400);
      return fieldsOf(res.body);
    };
    expect(await refused({ pillarId: otherPlan.pillars.governance })).toEqual(['pillarId']);
    expect(await refused({ elementId: plan.elements.health })).toEqual(['elementId']);
    expect(await refused({ elementId: otherPlan.elements.public_service })).toEqual(['elementId']);
    expect(await refused({ producerOpdId: elsewhereOpd })).toEqual(['producerOpdId']);
    expect(await refused({ producerOpdId: UNKNOWN_ID })).toEqual(['producerOpdId']);
    expect(
      await refused({
        availability: [
          { opdId: kominfo, status: 'produced' },
          { opdId: elsewhereOpd, status: 'partial' },
        ],
      }),
    ).toEqual(['availability.1.opdId']);
    expect(
      await refused({
        availability: [
          { opdId: kominfo, status: 'produced' },
          { opdId: kominfo, status: 'partial' },
        ],
      }),
    ).toEqual(['availability.1.opdId']);
    expect(await refused({ availability: [{ opdId: kominfo, status: 'maybe' }] })).toEqual([
      'availability.0.status',
    ]);
    expect(await refused({ programIds: [program, otherPlanProgram] })).toEqual(['programIds.1']);
    expect(
      await refused({
        targets: [
          { year: 2023, value: 10 },
          { year: 2027, value: 20 },
        ],
      }),
    ).toEqual(['targets.1.year']);
    expect(
      await refused({
        targets: [
          { year: 2023, value: 10 },
          { year: 2024, value: 20 },
          { year: 2023, value: 30 },
        ],
      }),
    ).toEqual(['targets.2.year']);
    expect(await refused({ targets: [{ year: 2024, value: 120 }] })).toEqual(['targets.0.value']);
    expect(await refused({ targets: [{ year: 2024, value: 'lots' }] })).toEqual(['targets.0.value']);
    expect(await refused({ baselineYear: 2027 })).toEqual(['baselineYear']);
    expect(await refused({ baselineValue: -1 })).toEqual(['baselineValue']);
    expect(await refused({ assessments: [{ criterion: 'validity', score: 6 }] })).toEqual([
      'assessments.0.score',
    ]);
    expect(await refused({ assessments: [{ criterion: 'beauty', score: 3 }] })).toEqual([
      'assessments.0.criterion',
    ]);
    expect(
      await refused({
        assessments: [
          { criterion: 'validity', score: 3 },
          { criterion: 'validity', score: 4 },
        ],
      }),
    ).toEqual(['assessments.1.criterion']);
    expect(await refused({ frequency: 'daily' })).toEqual(['frequency']);
    expect(await refused({ catalogId: UNKNOWN_ID })).toEqual(['catalogId']);
    expect(await refused({ reviewer: 'x' })).toEqual(['reviewer']);

    const list = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/indicators?limit=1000` });
    expect(list.body.items.map((i: { catalogId: string }) => i.catalogId)).not.toContain(entry.id);
  });

  it("refuses another regency's local indicator but takes the plan region's own", async () => {
    const samosir = await createRegion(t, '12.18', 'Kabupaten Toba');
    const foreign = await createCatalogEntry(t, { source: 'local', regionId: samosir });
    const res = await post({ catalogId: foreign.id, pillarId: plan.pillars.governance });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['catalogId']);
    const own = await createCatalogEntry(t, { source: 'local', regionId: plan.regionId });
    expect((await post({ catalogId: own.id, pillarId: plan.pillars.governance })).status).toBe(201);
  });

  it('answers 404 for an unknown plan or selection', async () => {
    expect((await post({ catalogId: percent, pillarId: plan.pillars.governance }, UNKNOWN_ID)).status).toBe(
      404,
    );
    expect((await t.request({ method: 'GET', url: `/api/plans/${UNKNOWN_ID}/indicators` })).status).toBe(404);
    const url = `/api/plan-indicators/${UNKNOWN_ID}`;
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
    expect((await t.request({ method: 'PATCH', url, payload: { frequency: 'monthly' } })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url })).status).toBe(404);
  });

  it('replaces only the lists a change gives, bumps the version and audits one record', async () => {
    const selected = await select({
      targets: [{ year: 2024, value: 10 }],
      assessments: [{ criterion: 'simplicity', score: 5 }],
      programIds: [program],
    });
    const url = `/api/plan-indicators/${selected.id}`;
    const res = await t.request({
      method: 'PATCH',
      url,
      payload: {
        version: 1,
        producerOpdId: bappeda,
        targets: [
          { year: 2025, value: 30 },
          { year: 2026, value: 40 },
        ],
        programIds: [],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2,
      producerOpdId: bappeda,
      targets: [{ year: 2025 }, { year: 2026 }],
      assessments: [{ criterion: 'simplicity', score: 5 }],
      programIds: [],
    });
    const audit = await auditEntries(t, 'planIndicator', selected.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]?.before).toMatchObject({ targets: [{ year: 2024 }], programIds: [program] });

    const listsOnly = await t.request({ method: 'PATCH', url, payload: { assessments: [] } });
    expect(listsOnly.body).toMatchObject({ version: 3, assessments: [] });
  });

  it('checks a change against the stored selection and refuses a stale version', async () => {
    const selected = await select({ elementId: plan.elements.public_service });
    const url = `/api/plan-indicators/${selected.id}`;
    const moved = await t.request({ method: 'PATCH', url, payload: { pillarId: plan.pillars.economy } });
    expect(moved.status).toBe(400);
    expect(fieldsOf(moved.body)).toEqual(['elementId']);
    const movedWithElement = await t.request({
      method: 'PATCH',
      url,
      payload: { pillarId: plan.pillars.economy, elementId: plan.elements.industry },
    });
    expect(movedWithElement.body).toMatchObject({ pillarId: plan.pillars.economy, version: 2 });
    const badTarget = await t.request({
      method: 'PATCH',
      url,
      payload: { targets: [{ year: 2030, value: 1 }] },
    });
    expect(fieldsOf(badTarget.body)).toEqual(['targets.0.year']);
    const catalogSwap = await t.request({ method: 'PATCH', url, payload: { catalogId: percent } });
    expect(fieldsOf(catalogSwap.body)).toEqual(['catalogId']);
    const stale = await t.request({ method: 'PATCH', url, payload: { frequency: 'monthly', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, pillarId: plan.pillars.economy });
  });

  it('filters by pillar, element, producer and failing criterion', async () => {
    const p = await createPlan(t, plan.regionId, 2023, 2027);
    const add = async (payload: Record<string, unknown>) => {
      const entry = await createCatalogEntry(t);
      const res = await post({ catalogId: entry.id, ...payload }, p.id);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const a = await add({
      pillarId: p.pillars.governance,
      elementId: p.elements.public_service,
      producerOpdId: kominfo,
      assessments: [{ criterion: 'verifiability', score: 1 }],
    });
    const b = await add({
      pillarId: p.pillars.governance,
      elementId: p.elements.bureaucracy,
      assessments: [
        { criterion: 'verifiability', score: 3 },
        { criterion: 'data_availability', score: 2 },
      ],
    });
    const c = await add({ pillarId: p.pillars.environment, producerOpdId: kominfo });
    const ids = async (query: string) =>
      (await t.request({ method: 'GET', url: `/api/plans/${p.id}/indicators?${query}` })).body.items.map(
        (i: { id: string }) => i.id,
      );
    const all = await ids('');
    expect(all.sort()).toEqual([a, b, c].sort());
    // Listed in pillar order: the environment pillar comes after governance.
    expect((await ids(''))[2]).toBe(c);
    expect((await ids(`pillar=${p.pillars.governance}`)).sort()).toEqual([a, b].sort());
    expect(await ids(`element=${p.elements.bureaucracy}`)).toEqual([b]);
    expect((await ids(`producer=${kominfo}`)).sort()).toEqual([a, c].sort());
    expect(await ids('failing=verifiability')).toEqual([a]);
    expect(await ids('failing=data_availability')).toEqual([b]);
    expect(await ids('failing=simplicity')).toEqual([]);
    const bad = await t.request({ method: 'GET', url: `/api/plans/${p.id}/indicators?failing=beauty` });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'failing', in: 'query' });
  });

  it('removes a selection without measurements, and refuses one that has some', async () => {
    const empty = await select();
    const res = await t.request({ method: 'DELETE', url: `/api/plan-indicators/${empty.id}` });
    expect(res.status).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/plan-indicators/${empty.id}` })).status).toBe(404);
    expect((await auditEntries(t, 'planIndicator', empty.id)).map((a) => a.action)).toEqual([
      'create',
      'delete',
    ]);

    const measured = await select();
    await t.request({
      method: 'POST',
      url: `/api/plan-indicators/${measured.id}/measurements`,
      payload: { periodYear: 2023, value: 40, submittedBy: 'Operator Diskominfo' },
    });
    const refused = await t.request({ method: 'DELETE', url: `/api/plan-indicators/${measured.id}` });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/1 measurement/);
  });
});
