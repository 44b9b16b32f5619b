import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../src/server/testing/app.ts';
import { loadDemo } from './load.ts';

/**
 * The Tapanuli Utara demo shows a realistic mix of indicators through the API: most on track, some at
 * risk and some off track, some failing data availability or verifiability with what would fix them.
 */
describe('Tapanuli Utara demo indicators', () => {
  const t = useTestApp();
  let planId: string;

  beforeAll(async () => {
    await loadDemo(t.database);
    const plans = await t.request({ method: 'GET', url: '/api/plans?limit=100' });
    const regions = await t.request({ method: 'GET', url: '/api/regions?limit=100' });
    const taput = regions.body.items.find((r: { code: string }) => r.code === '12.02');
    planId = plans.body.items.find((p: { regionId: string }) => p.regionId === taput.id).id;
  }, 180_000);

  it('has indicators on track, at risk and off track, some judged on values not verified yet', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${planId}/indicators/progress` });
    expect(res.status).toBe(200);
    const { counts, total, provisional } = res.body;
    expect(total).toBeGreaterThanOrEqual(30);
    expect(counts.on_track).toBeGreaterThanOrEqual(15);
    expect(counts.at_risk).toBeGreaterThanOrEqual(2);
    expect(counts.off_track).toBeGreaterThanOrEqual(4);
    expect(provisional).toBeGreaterThan(0);
    expect(
      res.body.pillars.filter((p: { counts: { off_track: number } }) => p.counts.off_track > 0).length,
    ).toBeGreaterThanOrEqual(3);
    const measuredYears = res.body.years
      .filter((y: { measured: number }) => y.measured > 0)
      .map((y: { year: number }) => y.year);
    expect(measuredYears).toEqual([2022, 2023, 2024, 2025]);
  });

  it('lists indicators failing data availability and verifiability, with what would fix them', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${planId}/indicators/issues` });
    const failing = (criterion: string) =>
      res.body.items.filter((i: { failing: string[] }) => i.failing.includes(criterion));
    expect(failing('data_availability').length).toBeGreaterThanOrEqual(4);
    expect(failing('verifiability').length).toBeGreaterThanOrEqual(3);
    const ict = res.body.items.find((i: { code: string }) => i.code === 'ISO37122-5.3');
    expect(ict.problems.map((p: { reason: string }) => p.reason)).toEqual(
      expect.arrayContaining(['data_availability_low', 'producer_not_collecting', 'verifiability_low']),
    );
    expect(ict.problems.find((p: { reason: string }) => p.reason === 'producer_not_collecting').fix).toBe(
      'DISKOMINFO must start collecting the data (yearly)',
    );
    const reasons = res.body.items.flatMap((i: { problems: { reason: string }[] }) =>
      i.problems.map((p) => p.reason),
    );
    expect(reasons).toContain('evidence_missing');
    expect(reasons).toContain('producer_partial');
  });

  it('tells each OPD what it must start collecting', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${planId}/indicators/availability` });
    const opd = (code: string) => res.body.opds.find((o: { code: string }) => o.code === code);
    const codes = (code: string) => opd(code).mustStartCollecting.map((i: { code: string }) => i.code);
    expect(codes('DISKOMINFO')).toContain('ISO37122-5.3');
    expect(codes('DISPAR')).toContain('U4SSC-EC-P-EM-3A');
    expect(codes('DISHUB')).toContain('ISO37120-19.5');
    expect(res.body.opds.length).toBeGreaterThanOrEqual(10);
  });

  it('grades the six-criteria assessments A, B and C', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${planId}/indicators?limit=1000` });
    const grades = new Set(res.body.items.map((i: { quality: { grade: string } }) => i.quality.grade));
    expect([...grades].sort()).toEqual(['A', 'B', 'C']);
  });
});
