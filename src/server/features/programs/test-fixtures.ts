import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, missions, pillars } from '../../db/schema/plan.ts';
import type { TestContext } from '../../testing/app.ts';

/**
 * Test data for the programme suites. Regions, kecamatan and plans go through the API; OPDs, missions
 * and the pillar/element ids are written and read with Drizzle, since their routes belong to others.
 */

export interface RegionFixture {
  regionId: string;
  opd: { bappeda: string; kominfo: string; dinkes: string; dispar: string; closed: string };
  kecamatan: { tarutung: string; sipoholon: string };
}

export async function seedRegion(t: TestContext, code: string): Promise<RegionFixture> {
  const region = await t.request({
    method: 'POST',
    url: '/api/regions',
    payload: { code, name: `Kabupaten ${code}`, kind: 'kabupaten', province: 'Sumatera Utara' },
  });
  expect(region.status).toBe(201);
  const regionId: string = region.body.id;
  const kec = async (suffix: string, name: string) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/regions/${regionId}/kecamatan`,
      payload: { code: `${code}.${suffix}`, name },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const opds = await t.database.db
    .insert(opdUnits)
    .values([
      { regionId, code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'agency' },
      { regionId, code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'office' },
      { regionId, code: 'DINKES', name: 'Dinas Kesehatan', type: 'office' },
      { regionId, code: 'DISPAR', name: 'Dinas Pariwisata', type: 'office' },
      { regionId, code: 'ZZ-OLD', name: 'Kantor yang sudah dibubarkan', type: 'other', active: false },
    ])
    .returning({ id: opdUnits.id, code: opdUnits.code });
  const opd = (c: string) => opds.find((o) => o.code === c)?.id as string;
  return {
    regionId,
    opd: {
      bappeda: opd('BAPPEDA'),
      kominfo: opd('DISKOMINFO'),
      dinkes: opd('DINKES'),
      dispar: opd('DISPAR'),
      closed: opd('ZZ-OLD'),
    },
    kecamatan: { tarutung: await kec('01', 'Tarutung'), sipoholon: await kec('02', 'Sipoholon') },
  };
}

export interface PlanFixture {
  planId: string;
  /** Pillar ids by key. */
  pillar: Record<string, string>;
  /** Element ids by key. */
  element: Record<string, string>;
  missionId: string;
}

export async function seedPlan(
  t: TestContext,
  regionId: string,
  period: [number, number] = [2022, 2031],
): Promise<PlanFixture> {
  const plan = await t.request({
    method: 'POST',
    url: '/api/plans',
    payload: { regionId, title: 'Masterplan Smart City', periodStart: period[0], periodEnd: period[1] },
  });
  expect(plan.status).toBe(201);
  const planId: string = plan.body.id;
  const db = t.database.db;
  const pillarRows = await db.select().from(pillars).where(eq(pillars.planId, planId));
  const elementRows = await db.select().from(elements).where(eq(elements.planId, planId));
  const [mission] = await db
    .insert(missions)
    .values({ planId, ordinal: 1, text: 'Pemerintahan yang melayani' })
    .returning({ id: missions.id });
  return {
    planId,
    pillar: Object.fromEntries(pillarRows.map((p) => [p.key, p.id])),
    element: Object.fromEntries(elementRows.map((e) => [e.key, e.id])),
    missionId: mission?.id as string,
  };
}

/** A valid programme body for the plan; tests override what they are about. */
export const programBody = (
  plan: PlanFixture,
  region: RegionFixture,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  pillarId: plan.pillar.governance,
  elementId: plan.element.public_service,
  title: 'Mal Pelayanan Publik digital',
  leadOpdId: region.opd.kominfo,
  horizon: 5,
  startYear: 2023,
  endYear: 2027,
  ...extra,
});

/** The `field` of each error in a 400 answer, sorted. */
export const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((e) => e.field).sort();
