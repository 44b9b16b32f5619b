import { expect } from 'vitest';
import type { TestContext } from '../../testing/app.ts';

/** A unique id nobody created, for 404 checks. */
export const unknownId = '00000000-0000-4000-8000-000000000000';

let regionSeq = 0;

/** A fresh region with a plan (with the default six pillars unless told otherwise), made through the API. */
export async function createPlan(t: TestContext, extra: Record<string, unknown> = {}) {
  regionSeq++;
  const region = await t.request({
    method: 'POST',
    url: '/api/regions',
    payload: {
      code: `12.${String(10 + regionSeq).padStart(2, '0')}`,
      name: `Kabupaten Uji ${regionSeq}`,
      kind: 'kabupaten',
      province: 'Sumatera Utara',
    },
  });
  expect(region.status).toBe(201);
  const plan = await t.request({
    method: 'POST',
    url: '/api/plans',
    payload: {
      regionId: region.body.id,
      title: 'Masterplan Smart City',
      periodStart: 2022,
      periodEnd: 2031,
      ...extra,
    },
  });
  expect(plan.status).toBe(201);
  return { regionId: region.body.id as string, planId: plan.body.id as string };
}

/** The plan's pillars by key. */
export async function pillarsByKey(t: TestContext, planId: string) {
  const res = await t.request({ method: 'GET', url: `/api/plans/${planId}/pillars` });
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.items.map((p: { key: string; id: string }) => [p.key, p])) as Record<
    string,
    { id: string; key: string; ordinal: number; version: number }
  >;
}

/** The fields a 400 answer names, sorted. */
export const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((e) => e.field).sort();
