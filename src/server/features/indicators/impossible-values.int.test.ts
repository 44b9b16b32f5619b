import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { createCatalogEntry, createPlan, createRegion, fieldsOf, type TestPlan } from './test-fixtures.ts';

/**
 * The impossible values of issue 5, each refused with problem+json naming the field, nothing written:
 * a percentage above 100 where bounded, a negative count, a zero denominator, a target year outside the
 * plan period, a unit that does not match the indicator.
 */
describe('impossible indicator values', () => {
  const t = useTestApp();
  let plan: TestPlan;
  let percent: string;
  let count: string;

  const select = async (catalog: Record<string, unknown>) => {
    const entry = await createCatalogEntry(t, catalog);
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/indicators`,
      payload: { catalogId: entry.id, pillarId: plan.pillars.governance },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    plan = await createPlan(t, await createRegion(t, '12.02'), 2022, 2026);
    percent = await select({});
    count = await select({ unit: 'Wi-Fi hotspots', multiplier: null, minValue: 0, maxValue: null });
  });

  const refused = async (method: 'POST' | 'PATCH', url: string, payload: Record<string, unknown>) => {
    const res = await t.request({ method, url, payload });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://rancang.id/problems/validation', status: 400 });
    return {
      fields: fieldsOf(res.body),
      messages: res.body.errors.map((e: { message: string }) => e.message),
    };
  };
  const measure = (id: string, payload: Record<string, unknown>) =>
    refused('POST', `/api/plan-indicators/${id}/measurements`, {
      periodYear: 2023,
      submittedBy: 'Operator',
      ...payload,
    });

  it('refuses a percentage above 100 as a value, a computed value, a target or a baseline', async () => {
    expect(await measure(percent, { value: 100.01 })).toEqual({
      fields: ['value'],
      messages: ['must be at most 100'],
    });
    expect((await measure(percent, { numerator: 13, denominator: 12 })).messages[0]).toMatch(
      /at most 100 \(numerator \/ denominator gives 108.333333\)/,
    );
    const url = `/api/plan-indicators/${percent}`;
    expect((await refused('PATCH', url, { targets: [{ year: 2024, value: 120 }] })).fields).toEqual([
      'targets.0.value',
    ]);
    expect((await refused('PATCH', url, { baselineValue: 101 })).fields).toEqual(['baselineValue']);
  });

  it('refuses a negative count, numerator or denominator', async () => {
    expect(await measure(count, { value: -3 })).toEqual({
      fields: ['value'],
      messages: ['must be at least 0'],
    });
    expect(await measure(percent, { numerator: -1, denominator: 10 })).toEqual({
      fields: ['numerator'],
      messages: ['must not be negative'],
    });
    expect(await measure(percent, { numerator: 1, denominator: -10 })).toEqual({
      fields: ['denominator'],
      messages: ['must not be negative'],
    });
    const url = `/api/plan-indicators/${count}`;
    expect((await refused('PATCH', url, { targets: [{ year: 2025, value: -1 }] })).fields).toEqual([
      'targets.0.value',
    ]);
  });

  it('refuses a denominator of zero', async () => {
    expect(await measure(percent, { numerator: 5, denominator: 0 })).toEqual({
      fields: ['denominator'],
      messages: ['must not be zero'],
    });
  });

  it('refuses a target year outside the plan period', async () => {
    const res = await refused('PATCH', `/api/plan-indicators/${percent}`, {
      targets: [
        { year: 2024, value: 40 },
        { year: 2027, value: 60 },
        { year: 2021, value: 10 },
      ],
    });
    expect(res).toEqual({
      fields: ['targets.1.year', 'targets.2.year'],
      messages: ['must be within the plan period 2022–2026', 'must be within the plan period 2022–2026'],
    });
    expect((await measure(percent, { value: 10, periodYear: 2030 })).fields).toEqual(['periodYear']);
  });

  it('refuses a unit that does not match the indicator, and accepts its own in any spelling', async () => {
    expect(await measure(percent, { value: 10, unit: 'per 1,000 population' })).toEqual({
      fields: ['unit'],
      messages: ['must be the indicator\'s unit "%", not "per 1,000 population"'],
    });
    expect((await measure(count, { value: 10, unit: '%' })).fields).toEqual(['unit']);
    const url = `/api/plan-indicators/${percent}`;
    expect((await refused('PATCH', url, { unit: 'days', baselineValue: 10 })).fields).toEqual(['unit']);
    const entry = await createCatalogEntry(t);
    const create = await refused('POST', `/api/plans/${plan.id}/indicators`, {
      catalogId: entry.id,
      pillarId: plan.pillars.governance,
      unit: 'rupiah',
    });
    expect(create.fields).toEqual(['unit']);
    for (const unit of ['%', 'persen', ' Percent ']) {
      const ok = await t.request({
        method: 'POST',
        url: `/api/plan-indicators/${percent}/measurements`,
        payload: { periodYear: 2023, value: 10, unit, submittedBy: 'Operator' },
      });
      expect(ok.status, unit).toBe(201);
    }
    const patched = await t.request({ method: 'PATCH', url, payload: { unit: '%', baselineValue: 12 } });
    expect(patched.status).toBe(200);
  });

  it('wrote nothing for any refused value', async () => {
    const list = await t.request({ method: 'GET', url: `/api/plan-indicators/${count}/measurements` });
    expect(list.body.total).toBe(0);
    const indicator = await t.request({ method: 'GET', url: `/api/plan-indicators/${count}` });
    expect(indicator.body).toMatchObject({ targets: [], version: 1 });
  });
});
