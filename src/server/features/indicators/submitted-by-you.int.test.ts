import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../../db/schema/plan.ts';
import { type TestResponse, useTestApp } from '../../testing/app.ts';
import {
  createCatalogEntry,
  createPlan,
  createRegion,
  secondPerson,
  type TestPlan,
} from './test-fixtures.ts';

/**
 * Every measurement the API returns says whether the reader's own account submitted it — the account
 * whose verdict on it would be refused — and never names that account to the reader.
 */
describe('submittedByYou on measurements', () => {
  const t = useTestApp();
  let plan: TestPlan;
  let indicatorId: string;
  let measurementId: string;
  /** Headers of another platform admin than the file's, who submits nothing until told. */
  let other: Record<string, string>;

  beforeAll(async () => {
    plan = await createPlan(t, await createRegion(t, '12.16'), 2022, 2026);
    // Adopted, so that anonymous readers see its indicators and their values.
    await t.database.db
      .update(plans)
      .set({ status: 'adopted', adoptedOn: '2022-03-01' })
      .where(eq(plans.id, plan.id));
    other = await secondPerson(t, 'verifier.submitted-by-you@test.rancang.id');
    const entry = await createCatalogEntry(t);
    const selected = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/indicators`,
      payload: { catalogId: entry.id, pillarId: plan.pillars.governance },
    });
    expect(selected.status).toBe(201);
    indicatorId = selected.body.id;
  });

  type Reader = (options: InjectOptions) => Promise<TestResponse>;
  const submitter: Reader = (o) => t.request(o);
  const second: Reader = (o) => t.request({ ...o, headers: { ...other, ...o.headers } });
  const anonymous: Reader = (o) => t.anonymous(o);

  /** The flag on each place a measurement is read: itself, its list, its indicator, the plan's list. */
  async function flagsAsSeenBy(read: Reader) {
    const one = await read({ method: 'GET', url: `/api/measurements/${measurementId}` });
    const list = await read({ method: 'GET', url: `/api/plan-indicators/${indicatorId}/measurements` });
    const indicator = await read({ method: 'GET', url: `/api/plan-indicators/${indicatorId}` });
    const planList = await read({ method: 'GET', url: `/api/plans/${plan.id}/indicators` });
    for (const res of [one, list, indicator, planList]) expect(res.status).toBe(200);
    const listed = planList.body.items.find((i: { id: string }) => i.id === indicatorId);
    const seen = [one.body, list.body.items[0], indicator.body.latestMeasurement, listed.latestMeasurement];
    for (const m of seen) {
      expect(m.id).toBe(measurementId);
      expect(m).not.toHaveProperty('submittedAccount');
    }
    return seen.map((m) => m.submittedByYou);
  }

  it('is true for the submitting account only, in the answer to the submission and on every read', async () => {
    const created = await submitter({
      method: 'POST',
      url: `/api/plan-indicators/${indicatorId}/measurements`,
      payload: { periodYear: 2023, value: 40, submittedBy: 'Operator Diskominfo' },
    });
    expect(created.status).toBe(201);
    expect(created.body.submittedByYou).toBe(true);
    expect(created.body).not.toHaveProperty('submittedAccount');
    measurementId = created.body.id;

    expect(await flagsAsSeenBy(submitter)).toEqual([true, true, true, true]);
    expect(await flagsAsSeenBy(second)).toEqual([false, false, false, false]);
    expect(await flagsAsSeenBy(anonymous)).toEqual([false, false, false, false]);
    // Nothing in the answers names the account, to a reader without a session least of all.
    const page = await t.anonymous({ method: 'GET', url: `/api/plans/${plan.id}/indicators` });
    expect(JSON.stringify(page.body)).not.toContain('platform.admin@test.rancang.id');
  });

  it('moves to the account that corrects the value, which then may not judge it', async () => {
    const corrected = await second({
      method: 'PATCH',
      url: `/api/measurements/${measurementId}`,
      payload: { value: 41, version: 1 },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ value: '41.000000', status: 'submitted', submittedByYou: true });
    expect(await flagsAsSeenBy(second)).toEqual([true, true, true, true]);
    expect(await flagsAsSeenBy(submitter)).toEqual([false, false, false, false]);

    const own = await second({
      method: 'POST',
      url: `/api/measurements/${measurementId}/verify`,
      payload: { verifiedBy: 'Kabid Statistik' },
    });
    expect(own.status).toBe(403);
    const judged = await submitter({
      method: 'POST',
      url: `/api/measurements/${measurementId}/verify`,
      payload: { verifiedBy: 'Kabid Statistik' },
    });
    expect(judged.status).toBe(200);
    // The verdict does not make the judge the submitter.
    expect(judged.body).toMatchObject({ status: 'verified', submittedByYou: false });
  });

  it('tells a writer with a stale version how the value stands, as they would read it', async () => {
    const stale = await submitter({
      method: 'PATCH',
      url: `/api/measurements/${measurementId}`,
      payload: { note: 'Angka BPS', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: measurementId, version: 3, submittedByYou: false });
    expect(stale.body.current).not.toHaveProperty('submittedAccount');
    const staleIndicator = await second({
      method: 'PATCH',
      url: `/api/plan-indicators/${indicatorId}`,
      payload: { baselineSource: 'BPS', version: 99 },
    });
    expect(staleIndicator.status).toBe(409);
    expect(staleIndicator.body.current.latestMeasurement).toMatchObject({ submittedByYou: true });
    expect(staleIndicator.body.current.latestMeasurement).not.toHaveProperty('submittedAccount');
  });
});
