import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PILLARS } from '../../../shared/domain.ts';
import { useTestApp } from '../../testing/app.ts';
import { createCatalogEntry } from '../indicators/test-fixtures.ts';
import { type PlanFixture, programBody, type RegionFixture, seedPlan, seedRegion } from './test-fixtures.ts';

const unknownId = '00000000-0000-4000-8000-000000000000';
/** 1234571640124.50 + 9999999999999999.99: more digits than a JavaScript number keeps. */
const GRAND_TOTAL = '10001234571640124.49';

describe('plan summary and budget API', () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;

  beforeAll(async () => {
    region = await seedRegion(t, '12.02');
    plan = await seedPlan(t, region.regionId);
    const add = async (extra: Record<string, unknown>) => {
      const res = await t.request({
        method: 'POST',
        url: `/api/plans/${plan.planId}/programs`,
        payload: programBody(plan, region, extra),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    await add({
      code: 'GOV-01',
      isQuickWin: true,
      startYear: 2022,
      endYear: 2024,
      budgets: [
        { year: 2022, source: 'apbd', amount: '1500000.50' },
        { year: 2023, source: 'apbd', amount: 2000000 },
        { year: 2023, source: 'csr', amount: '250000.25' },
      ],
    });
    await add({
      code: 'GOV-02',
      elementId: plan.element.bureaucracy,
      leadOpdId: region.opd.bappeda,
      startYear: 2024,
      endYear: 2026,
      budgets: [
        { year: 2024, source: 'apbn_dak', amount: 0.1 },
        { year: 2024, source: 'apbd', amount: 0.2 },
        { year: 2026, source: 'kpbu', amount: '1234567890123.45' },
      ],
    });
    const env1 = await add({
      code: 'ENV-01',
      pillarId: plan.pillar.environment,
      elementId: plan.element.waste,
      startYear: 2030,
      endYear: 2031,
    });
    await add({
      code: 'ENV-02',
      pillarId: plan.pillar.environment,
      elementId: plan.element.waste,
      leadOpdId: region.opd.dinkes,
      isQuickWin: true,
      startYear: 2031,
      endYear: 2031,
      budgets: [{ year: 2031, source: 'community', amount: '9999999999999999.99' }],
    });
    const reviewed = await t.request({
      method: 'POST',
      url: `/api/programs/${env1}/reviews`,
      payload: { verdict: 'accepted' },
    });
    expect(reviewed.status).toBe(201);
  });

  it('sums the plan by pillar, year and source, exactly, and lists its gaps', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.planId}/summary` });
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.plan).toEqual({
      id: plan.planId,
      title: 'Masterplan Smart City',
      status: 'draft',
      periodStart: 2022,
      periodEnd: 2031,
      currentPhase: null,
      region: { id: region.regionId, name: 'Kabupaten 12.02', code: '12.02' },
    });
    expect(s.counts).toEqual({
      programs: 4,
      quickWins: 2,
      byReviewStatus: { pending: 3, accepted: 1, needs_revision: 0 },
      // DISKOMINFO, BAPPEDA and DINKES lead programmes.
      leadOpds: 3,
      indicators: 0,
    });
    const empty = {
      programCount: 0,
      quickWinCount: 0,
      budgetTotal: '0.00',
      elementsCovered: 0,
      elementsTotal: 3,
    };
    expect(s.pillars.map(({ pillarId, nameId, nameEn, ...rest }: Record<string, unknown>) => rest)).toEqual([
      {
        key: 'governance',
        programCount: 2,
        quickWinCount: 1,
        budgetTotal: '1234571640124.50',
        elementsCovered: 2,
        elementsTotal: 3,
      },
      { key: 'branding', ...empty },
      { key: 'economy', ...empty },
      { key: 'living', ...empty },
      { key: 'society', ...empty },
      {
        key: 'environment',
        programCount: 2,
        quickWinCount: 1,
        budgetTotal: '9999999999999999.99',
        elementsCovered: 1,
        elementsTotal: 3,
      },
    ]);
    expect(s.pillars[0]).toMatchObject({ pillarId: plan.pillar.governance, nameId: 'Smart Governance' });

    expect(s.budget.total).toBe(GRAND_TOTAL);
    expect(s.budget.byYear).toEqual([
      { year: 2022, amount: '1500000.50' },
      { year: 2023, amount: '2250000.25' },
      { year: 2024, amount: '0.30' },
      { year: 2025, amount: '0.00' },
      { year: 2026, amount: '1234567890123.45' },
      { year: 2027, amount: '0.00' },
      { year: 2028, amount: '0.00' },
      { year: 2029, amount: '0.00' },
      { year: 2030, amount: '0.00' },
      { year: 2031, amount: '9999999999999999.99' },
    ]);
    expect(s.budget.bySource).toEqual([
      { source: 'apbd', amount: '3500000.70' },
      { source: 'apbd_provinsi', amount: '0.00' },
      { source: 'apbn_dak', amount: '0.10' },
      { source: 'csr', amount: '250000.25' },
      { source: 'kpbu', amount: '1234567890123.45' },
      { source: 'community', amount: '9999999999999999.99' },
      { source: 'other', amount: '0.00' },
    ]);

    expect(s.gaps.pillarsWithoutPrograms.map((p: { key: string }) => p.key)).toEqual([
      'branding',
      'economy',
      'living',
      'society',
    ]);
    const covered = new Set(['public_service', 'bureaucracy', 'waste']);
    expect(s.gaps.elementsWithoutPrograms.map((e: { key: string }) => e.key)).toEqual(
      DEFAULT_PILLARS.flatMap((p) => p.elements.map((e) => e.key)).filter((k) => !covered.has(k)),
    );
    expect(s.gaps.elementsWithoutPrograms[0]).toMatchObject({
      elementId: plan.element.public_policy,
      pillarId: plan.pillar.governance,
      pillarKey: 'governance',
      key: 'public_policy',
    });
    // DISPAR leads nothing; the closed office is not expected to.
    expect(s.gaps.opdsWithoutPrograms).toEqual([
      { opdId: region.opd.dispar, code: 'DISPAR', name: 'Dinas Pariwisata' },
    ]);
  });

  it('shows an empty plan with every year and source at zero and every pillar as a gap', async () => {
    const emptyPlan = await seedPlan(t, region.regionId, [2025, 2029]);
    const s = (await t.request({ method: 'GET', url: `/api/plans/${emptyPlan.planId}/summary` })).body;
    expect(s.counts).toEqual({
      programs: 0,
      quickWins: 0,
      byReviewStatus: { pending: 0, accepted: 0, needs_revision: 0 },
      leadOpds: 0,
      indicators: 0,
    });
    expect(s.budget.total).toBe('0.00');
    expect(s.budget.byYear.map((y: { year: number; amount: string }) => `${y.year}:${y.amount}`)).toEqual([
      '2025:0.00',
      '2026:0.00',
      '2027:0.00',
      '2028:0.00',
      '2029:0.00',
    ]);
    expect(s.budget.bySource.every((b: { amount: string }) => b.amount === '0.00')).toBe(true);
    expect(s.gaps.pillarsWithoutPrograms).toHaveLength(6);
    expect(s.gaps.elementsWithoutPrograms).toHaveLength(18);
    expect(s.gaps.opdsWithoutPrograms.map((o: { code: string }) => o.code)).toEqual([
      'BAPPEDA',
      'DINKES',
      'DISKOMINFO',
      'DISPAR',
    ]);
    expect(s.gaps.indicatorsWithoutTargets).toEqual([]);
    expect(s.gaps.indicatorsWithWeakData).toEqual([]);
  });

  it('counts the indicators and names those without targets and those whose data are weak', async () => {
    const indicatorPlan = await seedPlan(t, region.regionId);
    const { kominfo, bappeda } = region.opd;
    const produced = [{ opdId: kominfo, status: 'produced' }];
    const sound = { producerOpdId: kominfo, availability: produced, targets: [{ year: 2025, value: 10 }] };
    const select = async (code: string, extra: Record<string, unknown>) => {
      const entry = await createCatalogEntry(t, {
        code,
        nameId: `Indikator ${code}`,
        nameEn: `Indicator ${code}`,
      });
      const res = await t.request({
        method: 'POST',
        url: `/api/plans/${indicatorPlan.planId}/indicators`,
        payload: { catalogId: entry.id, pillarId: indicatorPlan.pillar.governance, ...sound, ...extra },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    await select('SUM-A', { assessments: [{ criterion: 'verifiability', score: 4 }] });
    // A failing criterion other than verifiability and data availability does not make the data weak.
    await select('SUM-B', { assessments: [{ criterion: 'simplicity', score: 1 }] });
    const untargeted = await select('SUM-0', { pillarId: indicatorPlan.pillar.environment, targets: [] });
    const noProducer = await select('SUM-C', { producerOpdId: null, availability: [] });
    const unverifiable = await select('SUM-D', { assessments: [{ criterion: 'verifiability', score: 2 }] });
    const partial = await select('SUM-E', {
      targets: [],
      availability: [
        { opdId: kominfo, status: 'partial' },
        { opdId: bappeda, status: 'produced' },
      ],
    });
    // The producer is not in the availability matrix at all: nobody knows it collects the data.
    const unrecorded = await select('SUM-F', { availability: [{ opdId: bappeda, status: 'produced' }] });

    const s = (await t.request({ method: 'GET', url: `/api/plans/${indicatorPlan.planId}/summary` })).body;
    expect(s.counts.indicators).toBe(7);
    // Pillar order first (governance before environment), then code.
    expect(s.gaps.indicatorsWithoutTargets).toEqual([
      { planIndicatorId: partial, code: 'SUM-E', nameId: 'Indikator SUM-E', nameEn: 'Indicator SUM-E' },
      { planIndicatorId: untargeted, code: 'SUM-0', nameId: 'Indikator SUM-0', nameEn: 'Indicator SUM-0' },
    ]);
    const weak = s.gaps.indicatorsWithWeakData.map((i: { planIndicatorId: string }) => i.planIndicatorId);
    expect(weak).toEqual([noProducer, unverifiable, partial, unrecorded]);
    // The same indicators the quality view lists, so that the home and that view agree.
    const issues = await t.request({
      method: 'GET',
      url: `/api/plans/${indicatorPlan.planId}/indicators/issues`,
    });
    expect(issues.status).toBe(200);
    expect(issues.body.items.map((i: { planIndicatorId: string }) => i.planIndicatorId)).toEqual(weak);
  });

  const budget = async (by: string) => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.planId}/budget?by=${by}` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.total).toBe(GRAND_TOTAL);
    return res.body;
  };

  it('breaks the budget down by one dimension', async () => {
    expect((await budget('pillar')).rows).toEqual([
      {
        pillarId: plan.pillar.governance,
        pillarKey: 'governance',
        programCount: 2,
        amount: '1234571640124.50',
      },
      {
        pillarId: plan.pillar.environment,
        pillarKey: 'environment',
        programCount: 2,
        amount: '9999999999999999.99',
      },
    ]);
    expect(
      (await budget('element')).rows.map((r: Record<string, unknown>) => [
        r.elementKey,
        r.programCount,
        r.amount,
      ]),
    ).toEqual([
      ['public_service', 1, '3750000.75'],
      ['bureaucracy', 1, '1234567890123.75'],
      ['waste', 2, '9999999999999999.99'],
    ]);
    expect((await budget('opd')).rows).toEqual([
      {
        opdId: region.opd.bappeda,
        opdCode: 'BAPPEDA',
        opdName: 'Badan Perencanaan Pembangunan Daerah',
        programCount: 1,
        amount: '1234567890123.75',
      },
      {
        opdId: region.opd.dinkes,
        opdCode: 'DINKES',
        opdName: 'Dinas Kesehatan',
        programCount: 1,
        amount: '9999999999999999.99',
      },
      {
        opdId: region.opd.kominfo,
        opdCode: 'DISKOMINFO',
        opdName: 'Dinas Komunikasi dan Informatika',
        programCount: 2,
        amount: '3750000.75',
      },
    ]);
    expect((await budget('year')).rows).toEqual([
      { year: 2022, programCount: 1, amount: '1500000.50' },
      { year: 2023, programCount: 1, amount: '2250000.25' },
      { year: 2024, programCount: 1, amount: '0.30' },
      { year: 2026, programCount: 1, amount: '1234567890123.45' },
      { year: 2031, programCount: 1, amount: '9999999999999999.99' },
    ]);
    expect((await budget('source')).rows).toEqual([
      { source: 'apbd', programCount: 2, amount: '3500000.70' },
      { source: 'apbn_dak', programCount: 1, amount: '0.10' },
      { source: 'csr', programCount: 1, amount: '250000.25' },
      { source: 'kpbu', programCount: 1, amount: '1234567890123.45' },
      { source: 'community', programCount: 1, amount: '9999999999999999.99' },
    ]);
  });

  it('breaks the budget down by two dimensions', async () => {
    const byPillarYear = await budget('pillar,year');
    expect(byPillarYear.by).toEqual(['pillar', 'year']);
    expect(
      byPillarYear.rows.map((r: Record<string, unknown>) => [r.pillarKey, r.year, r.programCount, r.amount]),
    ).toEqual([
      ['governance', 2022, 1, '1500000.50'],
      ['governance', 2023, 1, '2250000.25'],
      ['governance', 2024, 1, '0.30'],
      ['governance', 2026, 1, '1234567890123.45'],
      ['environment', 2031, 1, '9999999999999999.99'],
    ]);
    const bySourceOpd = await budget('source,opd');
    expect(bySourceOpd.rows.map((r: Record<string, unknown>) => [r.source, r.opdCode, r.amount])).toEqual([
      ['apbd', 'BAPPEDA', '0.20'],
      ['apbd', 'DISKOMINFO', '3500000.50'],
      ['apbn_dak', 'BAPPEDA', '0.10'],
      ['csr', 'DISKOMINFO', '250000.25'],
      ['kpbu', 'BAPPEDA', '1234567890123.45'],
      ['community', 'DINKES', '9999999999999999.99'],
    ]);
  });

  it('refuses a bad dimension naming by, and an unknown plan with 404', async () => {
    for (const by of ['colour', 'pillar,pillar', 'pillar,year,source', '']) {
      const res = await t.request({ method: 'GET', url: `/api/plans/${plan.planId}/budget?by=${by}` });
      expect(res.status, by).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'by', in: 'query' })]);
    }
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/budget` })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/summary` })).status).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/plans/nope/summary' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'id', in: 'path' });
  });
});
