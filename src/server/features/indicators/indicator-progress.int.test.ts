import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_CRITERIA } from '../../../shared/domain.ts';
import { type TestResponse, useTestApp } from '../../testing/app.ts';
import {
  createCatalogEntry,
  createPlan,
  createRegion,
  secondPerson,
  type TestPlan,
  UNKNOWN_ID,
} from './test-fixtures.ts';

/** The grade and progress on each plan indicator, and the progress summary per plan, pillar and year. */
describe('indicator progress and quality', () => {
  const t = useTestApp();
  let plan: TestPlan;
  /** Another account than the file's admin, who submits: the submitter may not judge. */
  let other: Record<string, string>;
  const ids = {} as Record<'online' | 'days' | 'waste' | 'unmeasured' | 'early', string>;

  const scores = (overrides: Record<string, number> = {}) =>
    INDICATOR_CRITERIA.map((criterion) => ({ criterion, score: overrides[criterion] ?? 5 }));

  const select = async (
    pillar: string,
    catalog: Record<string, unknown>,
    payload: Record<string, unknown>,
  ) => {
    const entry = await createCatalogEntry(t, catalog);
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/indicators`,
      payload: { catalogId: entry.id, pillarId: plan.pillars[pillar], ...payload },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const measure = async (id: string, periodYear: number, value: number, verify = true) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/plan-indicators/${id}/measurements`,
      payload: { periodYear, value, submittedBy: 'Operator' },
    });
    expect(res.status).toBe(201);
    if (verify) {
      const verified = await t.request({
        method: 'POST',
        url: `/api/measurements/${res.body.id}/verify`,
        headers: other,
        payload: { verifiedBy: 'Kabid Statistik' },
      });
      expect(verified.status).toBe(200);
    }
    return res.body.id as string;
  };

  beforeAll(async () => {
    plan = await createPlan(t, await createRegion(t, '12.02'), 2022, 2026);
    other = await secondPerson(t, 'verifier.progress@test.rancang.id');
    // On track: baseline 40, target 60 read off the line for 2023; 58 covers 90 % of the way.
    ids.online = await select(
      'governance',
      {},
      {
        baselineYear: 2021,
        baselineValue: 40,
        targets: [
          { year: 2022, value: 50 },
          { year: 2024, value: 70 },
          { year: 2026, value: 90 },
        ],
        assessments: scores(),
      },
    );
    await measure(ids.online, 2022, 51);
    await measure(ids.online, 2023, 58);
    // At risk, provisionally: lower is better, 10 → 6, 7 measured and not verified yet (75 %).
    ids.days = await select(
      'governance',
      { unit: 'days', multiplier: null, minValue: 0, maxValue: null, direction: 'decrease' },
      {
        baselineYear: 2021,
        baselineValue: 10,
        targets: [{ year: 2023, value: 6 }],
        assessments: scores({ verifiability: 2 }),
      },
    );
    await measure(ids.days, 2023, 7, false);
    // Off track in 2023 after an on-track 2022.
    ids.waste = await select(
      'economy',
      {},
      {
        baselineYear: 2021,
        baselineValue: 20,
        targets: [
          { year: 2022, value: 30 },
          { year: 2023, value: 40 },
        ],
        assessments: scores({ simplicity: 3 }),
      },
    );
    await measure(ids.waste, 2022, 30);
    await measure(ids.waste, 2023, 25);
    // Nothing measured; and a value whose year has no target (no baseline, targets from 2025).
    ids.unmeasured = await select('living', {}, { targets: [{ year: 2026, value: 80 }] });
    ids.early = await select('living', {}, { targets: [{ year: 2025, value: 80 }] });
    await measure(ids.early, 2022, 30);
  });

  const listed = async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/indicators?limit=1000` });
    expect(res.status).toBe(200);
    return new Map(res.body.items.map((i: { id: string }) => [i.id, i])) as Map<string, TestResponse['body']>;
  };

  it('lists each indicator with its six scores, grade, baseline, targets, latest value and progress', async () => {
    const items = await listed();
    const online = items.get(ids.online);
    expect(online?.assessments).toHaveLength(6);
    expect(online).toMatchObject({
      baselineYear: 2021,
      baselineValue: '40.000000',
      targets: [{ year: 2022 }, { year: 2024 }, { year: 2026 }],
      latestMeasurement: { periodYear: 2023, value: '58.000000', status: 'verified', evidenceFiles: [] },
      quality: { grade: 'A', meanScore: 5, assessed: 6, failing: [] },
      progress: {
        status: 'on_track',
        year: 2023,
        actual: '58.000000',
        target: '60.000000',
        targetInterpolated: true,
        achievement: 90,
        basis: 'gap_closed',
        verified: true,
      },
      catalog: { unit: '%', multiplier: '100.000000' },
    });
    expect(items.get(ids.days)).toMatchObject({
      quality: { grade: 'C', failing: ['verifiability'] },
      progress: { status: 'at_risk', achievement: 75, verified: false },
    });
    expect(items.get(ids.waste)).toMatchObject({
      quality: { grade: 'B' },
      progress: { status: 'off_track', year: 2023, achievement: 25 },
    });
    expect(items.get(ids.unmeasured)).toMatchObject({
      quality: { grade: null, assessed: 0 },
      progress: { status: 'no_data', year: null, achievement: null },
    });
    expect(items.get(ids.early)?.progress).toMatchObject({ status: 'no_target', year: 2022, target: null });
    const one = await t.request({ method: 'GET', url: `/api/plan-indicators/${ids.days}` });
    expect(one.body.progress).toEqual(items.get(ids.days)?.progress);
  });

  it('sums progress per plan, per pillar and per year', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/indicators/progress` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      planId: plan.id,
      total: 5,
      counts: { on_track: 1, at_risk: 1, off_track: 1, no_target: 1, no_data: 1 },
      provisional: 1,
    });
    const pillar = (key: string) => res.body.pillars.find((p: { key: string }) => p.key === key);
    expect(res.body.pillars).toHaveLength(6);
    expect(pillar('governance')).toMatchObject({
      nameEn: 'Smart Governance',
      total: 2,
      counts: { on_track: 1, at_risk: 1, off_track: 0 },
      provisional: 1,
    });
    expect(pillar('economy')).toMatchObject({ total: 1, counts: { off_track: 1 } });
    expect(pillar('living')).toMatchObject({ total: 2, counts: { no_data: 1, no_target: 1 } });
    expect(pillar('branding')).toMatchObject({ total: 0 });
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(res.body.years[0]).toMatchObject({
      year: 2022,
      measured: 3,
      noTarget: 1,
      counts: { on_track: 2, at_risk: 0, off_track: 0 },
    });
    expect(res.body.years[1]).toMatchObject({
      year: 2023,
      measured: 3,
      noTarget: 0,
      counts: { on_track: 1, at_risk: 1, off_track: 1 },
    });
    expect(res.body.years[2]).toMatchObject({ measured: 0, counts: { on_track: 0 } });
  });

  it('leaves a rejected value out of the progress, falling back to the one before', async () => {
    const wrong = await measure(ids.waste, 2024, 90, false);
    expect((await listed()).get(ids.waste)?.progress).toMatchObject({ year: 2024, status: 'on_track' });
    await t.request({
      method: 'POST',
      url: `/api/measurements/${wrong}/reject`,
      headers: other,
      payload: { verifiedBy: 'Kabid Statistik', reason: 'Tidak sesuai rekap' },
    });
    expect((await listed()).get(ids.waste)?.progress).toMatchObject({ year: 2023, status: 'off_track' });
  });

  it('answers 404 for the summary of an unknown plan', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${UNKNOWN_ID}/indicators/progress` });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
