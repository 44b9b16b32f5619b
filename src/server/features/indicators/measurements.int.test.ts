import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import {
  auditEntries,
  createCatalogEntry,
  createPlan,
  createRegion,
  fieldsOf,
  secondPerson,
  type TestPlan,
  UNKNOWN_ID,
} from './test-fixtures.ts';

describe('indicator measurements API', () => {
  const t = useTestApp();
  let plan: TestPlan;
  /** Headers of another account than the file's admin, who submits every value. */
  let other: Record<string, string>;

  beforeAll(async () => {
    plan = await createPlan(t, await createRegion(t, '12.02'), 2022, 2026);
    other = await secondPerson(t, 'verifier.measurements@test.rancang.id');
  });

  /** A plan indicator over a fresh catalogue entry (a percentage unless told otherwise). */
  const selectIndicator = async (catalog: Record<string, unknown> = {}) => {
    const entry = await createCatalogEntry(t, catalog);
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/indicators`,
      payload: { catalogId: entry.id, pillarId: plan.pillars.governance },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const submit = (indicatorId: string, payload: Record<string, unknown>) =>
    t.request({
      method: 'POST',
      url: `/api/plan-indicators/${indicatorId}/measurements`,
      payload: { periodYear: 2023, submittedBy: 'Operator Diskominfo', ...payload },
    });

  it('records a value given directly, with its evidence, awaiting verification', async () => {
    const indicator = await selectIndicator();
    const res = await submit(indicator, {
      value: 42.5,
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      evidenceUrl: 'https://data.taputkab.go.id/layanan-daring-2023.pdf',
      note: 'Dari portal SPBE',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      planIndicatorId: indicator,
      value: '42.500000',
      numerator: null,
      status: 'submitted',
      submittedBy: 'Operator Diskominfo',
      verifiedBy: null,
    });
    expect((await t.request({ method: 'GET', url: `/api/measurements/${res.body.id}` })).body).toEqual(
      res.body,
    );
    expect(await auditEntries(t, 'indicatorMeasurement', res.body.id)).toEqual([
      expect.objectContaining({ action: 'create', planId: plan.id }),
    ]);
  });

  it('computes the value from numerator and denominator exactly, with the catalogue multiplier', async () => {
    const percent = await selectIndicator();
    expect((await submit(percent, { numerator: 1, denominator: 3 })).body).toMatchObject({
      value: '33.333333',
      numerator: '1.000000',
      denominator: '3.000000',
    });
    expect((await submit(percent, { numerator: '2', denominator: '3' })).body.value).toBe('66.666667');
    expect((await submit(percent, { numerator: 0.07, denominator: 1 })).body.value).toBe('7.000000');
    const perPopulation = await selectIndicator({
      unit: 'per 100,000 population',
      multiplier: 100000,
      maxValue: null,
    });
    expect((await submit(perPopulation, { numerator: 3, denominator: 312758 })).body.value).toBe('0.959208');
    const plain = await selectIndicator({ unit: 'days', multiplier: null, maxValue: null });
    expect((await submit(plain, { numerator: 45, denominator: 4 })).body.value).toBe('11.250000');
  });

  it('names the field of each rule a measurement breaks', async () => {
    const indicator = await selectIndicator();
    const refused = async (payload: Record<string, unknown>) => {
      const res = await submit(indicator, payload);
      expect(res.status).toBe(400);
      return fieldsOf(res.body);
    };
    expect(await refused({ numerator: 1, denominator: 0 })).toEqual(['denominator']);
    expect(await refused({ numerator: 1, denominator: '0.000' })).toEqual(['denominator']);
    expect(await refused({ numerator: 1 })).toEqual(['denominator']);
    expect(await refused({ denominator: 5 })).toEqual(['numerator']);
    expect(await refused({ value: 1, numerator: 1, denominator: 2 })).toEqual(['value']);
    expect(await refused({})).toEqual(['value']);
    expect(await refused({ value: 100.5 })).toEqual(['value']);
    expect(await refused({ value: -1 })).toEqual(['value']);
    const computed = await submit(indicator, { numerator: 6, denominator: 5 });
    expect(fieldsOf(computed.body)).toEqual(['value']);
    expect(computed.body.errors[0].message).toMatch(/at most 100.*120/);
    expect(await refused({ value: 1, periodYear: 2027 })).toEqual(['periodYear']);
    expect(await refused({ value: 1, periodYear: 2021 })).toEqual(['periodYear']);
    expect(await refused({ value: 1, evidenceUrl: 'ftp://data.taputkab.go.id/x.pdf' })).toEqual([
      'evidenceUrl',
    ]);
    expect(await refused({ value: 1, evidenceUrl: 'javascript:alert(1)' })).toEqual(['evidenceUrl']);
    expect(await refused({ value: 1, periodStart: '2023-07-01', periodEnd: '2023-06-30' })).toEqual([
      'periodEnd',
    ]);
    expect(await refused({ value: 1, submittedBy: '' })).toEqual(['submittedBy']);
    const list = await t.request({ method: 'GET', url: `/api/plan-indicators/${indicator}/measurements` });
    expect(list.body.total).toBe(0);
  });

  it('answers 404 for an unknown plan indicator or measurement', async () => {
    expect((await submit(UNKNOWN_ID, { value: 1 })).status).toBe(404);
    const list = await t.request({ method: 'GET', url: `/api/plan-indicators/${UNKNOWN_ID}/measurements` });
    expect(list.status).toBe(404);
    const url = `/api/measurements/${UNKNOWN_ID}`;
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
    expect((await t.request({ method: 'PATCH', url, payload: { note: 'x' } })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url })).status).toBe(404);
    const verify = { method: 'POST' as const, payload: { verifiedBy: 'Kabid Statistik', reason: 'x' } };
    expect(
      (await t.request({ ...verify, url: `${url}/verify`, payload: { verifiedBy: 'A b' } })).status,
    ).toBe(404);
    expect((await t.request({ ...verify, url: `${url}/reject` })).status).toBe(404);
  });

  it('is verified by a second person, once', async () => {
    const indicator = await selectIndicator();
    const m = (await submit(indicator, { value: 40 })).body;
    const verify = (verifiedBy: string, headers = other) =>
      t.request({
        method: 'POST',
        url: `/api/measurements/${m.id}/verify`,
        headers,
        payload: { verifiedBy },
      });
    // The account that submitted it may not judge it, whatever name it types.
    const ownAccount = await verify('Kabid Statistik', {});
    expect(ownAccount.status).toBe(403);
    expect(ownAccount.body.detail).toMatch(/someone else must judge it/);
    const self = await verify(' operator diskominfo ');
    expect(self.status).toBe(400);
    expect(fieldsOf(self.body)).toEqual(['verifiedBy']);
    const ok = await verify('Kabid Statistik');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'verified', verifiedBy: 'Kabid Statistik', version: 2 });
    expect(Date.parse(ok.body.verifiedAt)).not.toBeNaN();
    const twice = await verify('Sekretaris Dinas');
    expect(twice.status).toBe(409);
    const reject = await t.request({
      method: 'POST',
      url: `/api/measurements/${m.id}/reject`,
      headers: other,
      payload: { verifiedBy: 'Sekretaris Dinas', reason: 'Terlambat' },
    });
    expect(reject.status).toBe(409);
    expect(reject.body.detail).toMatch(/already verified/);
  });

  it('is rejected by a second person with a reason, and a correction is submitted again', async () => {
    const indicator = await selectIndicator();
    const m = (await submit(indicator, { value: 40 })).body;
    const url = `/api/measurements/${m.id}/reject`;
    const noReason = await t.request({
      method: 'POST',
      url,
      headers: other,
      payload: { verifiedBy: 'Kabid Statistik' },
    });
    expect(fieldsOf(noReason.body)).toEqual(['reason']);
    const self = await t.request({
      method: 'POST',
      url,
      headers: other,
      payload: { verifiedBy: 'Operator Diskominfo', reason: 'Salah hitung' },
    });
    expect(fieldsOf(self.body)).toEqual(['verifiedBy']);
    const rejected = await t.request({
      method: 'POST',
      url,
      headers: other,
      payload: { verifiedBy: 'Kabid Statistik', reason: 'Bukti tidak sesuai angka' },
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Bukti tidak sesuai angka' });

    const corrected = await t.request({
      method: 'PATCH',
      url: `/api/measurements/${m.id}`,
      payload: { value: 38, evidenceUrl: 'https://data.taputkab.go.id/perbaikan.pdf', version: 2 },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      value: '38.000000',
      status: 'submitted',
      verifiedBy: null,
      verifiedAt: null,
      rejectionReason: null,
      version: 3,
    });
    const audit = await auditEntries(t, 'indicatorMeasurement', m.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('corrects a value, recomputing it from a changed numerator, and refuses a stale version', async () => {
    const indicator = await selectIndicator();
    const m = (await submit(indicator, { numerator: 30, denominator: 60 })).body;
    const url = `/api/measurements/${m.id}`;
    const changed = await t.request({ method: 'PATCH', url, payload: { numerator: 45 } });
    expect(changed.body).toMatchObject({
      value: '75.000000',
      numerator: '45.000000',
      denominator: '60.000000',
    });
    const direct = await t.request({ method: 'PATCH', url, payload: { value: 70 } });
    expect(direct.body).toMatchObject({ value: '70.000000', numerator: null, denominator: null });
    const half = await t.request({ method: 'PATCH', url, payload: { numerator: 1 } });
    expect(fieldsOf(half.body)).toEqual(['denominator']);
    const tooMuch = await t.request({ method: 'PATCH', url, payload: { numerator: 2, denominator: 1 } });
    expect(fieldsOf(tooMuch.body)).toEqual(['value']);
    const outside = await t.request({ method: 'PATCH', url, payload: { periodYear: 2030 } });
    expect(fieldsOf(outside.body)).toEqual(['periodYear']);
    const ends = await t.request({
      method: 'PATCH',
      url,
      payload: { periodStart: '2023-06-01', periodEnd: '2023-01-01' },
    });
    expect(fieldsOf(ends.body)).toEqual(['periodEnd']);
    const badUrl = await t.request({ method: 'PATCH', url, payload: { evidenceUrl: 'file:///etc/passwd' } });
    expect(fieldsOf(badUrl.body)).toEqual(['evidenceUrl']);
    const stale = await t.request({ method: 'PATCH', url, payload: { note: 'x', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ value: '70.000000', version: 3 });
  });

  it('shows the latest value that was not rejected on the plan indicator, and lists by status and year', async () => {
    const indicator = await selectIndicator();
    const planIndicator = async () =>
      (await t.request({ method: 'GET', url: `/api/plan-indicators/${indicator}` })).body.latestMeasurement;
    await submit(indicator, { periodYear: 2023, value: 30 });
    const y2024 = (await submit(indicator, { periodYear: 2024, value: 35 })).body;
    expect(await planIndicator()).toMatchObject({ periodYear: 2024, value: '35.000000' });
    const y2025 = (await submit(indicator, { periodYear: 2025, value: 90 })).body;
    expect((await planIndicator()).id).toBe(y2025.id);
    await t.request({
      method: 'POST',
      url: `/api/measurements/${y2025.id}/reject`,
      headers: other,
      payload: { verifiedBy: 'Kabid Statistik', reason: 'Lonjakan tidak wajar' },
    });
    expect((await planIndicator()).id).toBe(y2024.id);
    const inList = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/indicators?limit=1000` });
    const listed = inList.body.items.find((i: { id: string }) => i.id === indicator);
    expect(listed.latestMeasurement.id).toBe(y2024.id);

    const list = (query: string) =>
      t.request({ method: 'GET', url: `/api/plan-indicators/${indicator}/measurements${query}` });
    expect((await list('')).body.items.map((m: { periodYear: number }) => m.periodYear)).toEqual([
      2025, 2024, 2023,
    ]);
    expect((await list('?status=rejected')).body.items.map((m: { id: string }) => m.id)).toEqual([y2025.id]);
    expect((await list('?year=2024')).body.items.map((m: { id: string }) => m.id)).toEqual([y2024.id]);
    const bad = await list('?status=approved');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'status', in: 'query' });
  });

  it('deletes a measurement', async () => {
    const indicator = await selectIndicator();
    const m = (await submit(indicator, { value: 1 })).body;
    expect((await t.request({ method: 'DELETE', url: `/api/measurements/${m.id}` })).status).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/measurements/${m.id}` })).status).toBe(404);
    expect((await auditEntries(t, 'indicatorMeasurement', m.id)).map((a) => a.action)).toEqual([
      'create',
      'delete',
    ]);
  });
});
