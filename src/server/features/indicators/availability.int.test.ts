import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_CRITERIA } from '../../../shared/domain.ts';
import { useTestApp } from '../../testing/app.ts';
import {
  createCatalogEntry,
  createOpd,
  createPlan,
  createRegion,
  type TestPlan,
  UNKNOWN_ID,
} from './test-fixtures.ts';

/** The data-availability matrix and the list of indicators failing verifiability or availability. */
describe('indicator data availability and quality issues', () => {
  const t = useTestApp();
  let plan: TestPlan;
  const opd: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const scores = (overrides: Record<string, number> = {}) =>
    INDICATOR_CRITERIA.map((criterion) => ({
      criterion,
      score: overrides[criterion] ?? 4,
      rationale: overrides[criterion] ? 'Belum ada sumber yang dapat diperiksa' : null,
    }));
  const select = async (code: string, payload: Record<string, unknown>) => {
    const entry = await createCatalogEntry(t, { code });
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/indicators`,
      payload: { catalogId: entry.id, pillarId: plan.pillars.governance, assessments: scores(), ...payload },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    const region = await createRegion(t, '12.02');
    for (const code of ['BAPPEDA', 'DINKES', 'DISKOMINFO', 'DISDIK'])
      opd[code] = await createOpd(t, region, code);
    plan = await createPlan(t, region);
    // Produced by its producer, partly held by another: fine.
    ids.fine = await select('AV-FINE', {
      producerOpdId: opd.DISKOMINFO,
      availability: [
        { opdId: opd.DISKOMINFO, status: 'produced' },
        { opdId: opd.BAPPEDA, status: 'partial', note: 'Rekap tahunan' },
      ],
    });
    // The producer holds nothing, though another OPD produces the data.
    ids.notCollected = await select('AV-NOT', {
      producerOpdId: opd.DINKES,
      frequency: 'quarterly',
      availability: [
        { opdId: opd.DINKES, status: 'not_available' },
        { opdId: opd.BAPPEDA, status: 'produced' },
      ],
    });
    // The producer is not in the matrix at all.
    ids.unrecorded = await select('AV-UNREC', { producerOpdId: opd.DISKOMINFO });
    // No producer named.
    ids.orphan = await select('AV-ORPHAN', {});
    // Low verifiability and availability scores, a value without evidence, the producer collects part.
    ids.weak = await select('AV-WEAK', {
      producerOpdId: opd.DINKES,
      assessments: scores({ verifiability: 2, data_availability: 1 }),
      availability: [{ opdId: opd.DINKES, status: 'partial', note: 'Hanya puskesmas kota' }],
    });
    const m = await t.request({
      method: 'POST',
      url: `/api/plan-indicators/${ids.weak}/measurements`,
      payload: { periodYear: 2023, value: 10, submittedBy: 'Operator' },
    });
    expect(m.status).toBe(201);
  });

  it('shows OPD × indicator, with what each OPD must start collecting', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/indicators/availability` });
    expect(res.status).toBe(200);
    const m = res.body;
    expect(m.planId).toBe(plan.id);
    // Only the OPDs the matrix or a producer names; DISDIK has nothing to do with these indicators.
    expect(m.opds.map((o: { code: string }) => o.code)).toEqual(['BAPPEDA', 'DINKES', 'DISKOMINFO']);
    const byCode = (code: string) => m.opds.find((o: { code: string }) => o.code === code);
    expect(byCode('BAPPEDA')).toMatchObject({
      produced: 1,
      partial: 1,
      notAvailable: 0,
      mustStartCollecting: [],
    });
    expect(byCode('DINKES')).toMatchObject({
      produced: 0,
      partial: 1,
      notAvailable: 1,
      mustStartCollecting: [
        {
          planIndicatorId: ids.notCollected,
          code: 'AV-NOT',
          frequency: 'quarterly',
          status: 'not_available',
        },
        { planIndicatorId: ids.weak, code: 'AV-WEAK', status: 'partial' },
      ],
    });
    expect(byCode('DISKOMINFO').mustStartCollecting).toEqual([
      expect.objectContaining({
        planIndicatorId: ids.unrecorded,
        status: 'unrecorded',
        nameEn: expect.any(String),
      }),
    ]);
    const row = m.indicators.find((i: { planIndicatorId: string }) => i.planIndicatorId === ids.fine);
    expect(row).toMatchObject({
      code: 'AV-FINE',
      producerOpdId: opd.DISKOMINFO,
      pillarId: plan.pillars.governance,
    });
    expect(row.cells).toHaveLength(2);
    expect(m.indicators).toHaveLength(5);
    expect(m.withoutProducer).toEqual([
      expect.objectContaining({ planIndicatorId: ids.orphan, code: 'AV-ORPHAN' }),
    ]);
  });

  it('lists the indicators failing verifiability or availability, each with what would fix it', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/indicators/issues` });
    expect(res.status).toBe(200);
    expect(res.body.indicators).toBe(5);
    const items = new Map(res.body.items.map((i: { planIndicatorId: string }) => [i.planIndicatorId, i]));
    expect([...items.keys()].sort()).toEqual([ids.notCollected, ids.unrecorded, ids.orphan, ids.weak].sort());
    expect(items.get(ids.notCollected)).toMatchObject({
      failing: ['data_availability'],
      grade: 'A',
      problems: [
        {
          criterion: 'data_availability',
          reason: 'producer_not_collecting',
          opdId: opd.DINKES,
          fix: 'DINKES must start collecting the data (quarterly), or make BAPPEDA the producer: it already produces them',
        },
      ],
    });
    expect(items.get(ids.orphan)).toMatchObject({
      problems: [{ reason: 'no_producer', fix: 'Name the OPD that produces the data' }],
    });
    expect(items.get(ids.unrecorded)).toMatchObject({ problems: [{ reason: 'producer_not_collecting' }] });
    const weak = items.get(ids.weak) as { failing: string[]; grade: string; problems: { reason: string }[] };
    expect(weak.failing).toEqual(['verifiability', 'data_availability']);
    expect(weak.grade).toBe('C');
    expect(weak.problems).toEqual([
      expect.objectContaining({
        criterion: 'verifiability',
        reason: 'verifiability_low',
        score: 2,
        rationale: 'Belum ada sumber yang dapat diperiksa',
      }),
      expect.objectContaining({
        reason: 'evidence_missing',
        count: 1,
        fix: expect.stringMatching(/^1 measured value/),
      }),
      expect.objectContaining({ criterion: 'data_availability', reason: 'data_availability_low', score: 1 }),
      expect.objectContaining({ reason: 'producer_partial', rationale: 'Hanya puskesmas kota' }),
    ]);
  });

  it('clears an issue once it is fixed', async () => {
    const fixed = await t.request({
      method: 'PATCH',
      url: `/api/plan-indicators/${ids.notCollected}`,
      payload: { availability: [{ opdId: opd.DINKES, status: 'produced' }] },
    });
    expect(fixed.status).toBe(200);
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/indicators/issues` });
    expect(res.body.items.map((i: { planIndicatorId: string }) => i.planIndicatorId)).not.toContain(
      ids.notCollected,
    );
  });

  it('answers 404 for an unknown plan', async () => {
    for (const view of ['availability', 'issues']) {
      const res = await t.request({ method: 'GET', url: `/api/plans/${UNKNOWN_ID}/indicators/${view}` });
      expect(res.status).toBe(404);
    }
  });
});
