import { and, asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars } from '../../db/schema/plan.ts';
import { programs } from '../../db/schema/program.ts';
import type { TestContext } from '../../testing/app.ts';
import { as, seedUser, signIn } from '../auth/test-fixtures.ts';

/**
 * Records the indicator tests build on. Regions and plans go through the API; OPDs and programmes are
 * inserted directly, because their features are written alongside this one.
 */

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export async function createRegion(t: TestContext, code: string, name = `Kabupaten ${code}`) {
  const res = await t.request({
    method: 'POST',
    url: '/api/regions',
    payload: { code, name, kind: 'kabupaten', province: 'Sumatera Utara' },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

export async function createOpd(t: TestContext, regionId: string, code: string) {
  const [row] = await t.database.db
    .insert(opdUnits)
    .values({ regionId, code, name: `Dinas ${code}`, type: 'office' })
    .returning({ id: opdUnits.id });
  return row?.id as string;
}

export interface TestPlan {
  id: string;
  regionId: string;
  /** Pillar ids by key, e.g. pillars.governance. */
  pillars: Record<string, string>;
  /** Element ids by key, e.g. elements.public_service. */
  elements: Record<string, string>;
}

export async function createPlan(t: TestContext, regionId: string, periodStart = 2022, periodEnd = 2026) {
  const res = await t.request({
    method: 'POST',
    url: '/api/plans',
    payload: { regionId, title: `Masterplan Smart City ${periodStart}–${periodEnd}`, periodStart, periodEnd },
  });
  expect(res.status).toBe(201);
  const id = res.body.id as string;
  const pillarRows = await t.database.db.select().from(pillars).where(eq(pillars.planId, id));
  const elementRows = await t.database.db.select().from(elements).where(eq(elements.planId, id));
  return {
    id,
    regionId,
    pillars: Object.fromEntries(pillarRows.map((p) => [p.key, p.id])),
    elements: Object.fromEntries(elementRows.map((e) => [e.key, e.id])),
  } satisfies TestPlan;
}

export async function createProgram(t: TestContext, plan: TestPlan, leadOpdId: string, code: string) {
  const [row] = await t.database.db
    .insert(programs)
    .values({
      planId: plan.id,
      pillarId: plan.pillars.governance as string,
      elementId: plan.elements.public_service as string,
      code,
      title: `Programme ${code}`,
      leadOpdId,
      horizon: 5,
      startYear: 2022,
      endYear: 2026,
    })
    .returning({ id: programs.id });
  return row?.id as string;
}

export async function createCatalogEntry(t: TestContext, extra: Record<string, unknown> = {}) {
  const res = await t.request({
    method: 'POST',
    url: '/api/indicators/catalog',
    payload: {
      code: `TEST-${Math.random().toString(36).slice(2, 10)}`,
      source: 'national',
      theme: 'governance',
      nameId: 'Layanan publik yang tersedia daring',
      nameEn: 'Public services available online',
      unit: '%',
      multiplier: 100,
      minValue: 0,
      maxValue: 100,
      ...extra,
    },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; code: string };
}

export async function auditEntries(t: TestContext, entity: string, entityId: string) {
  return t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

/** The fields a 400 answer names. */
export const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

/**
 * Request headers of a second platform admin, who may judge the values the file's own admin submitted
 * (the submitter's account may not). Created once per call; give each file its own email.
 */
export async function secondPerson(t: TestContext, email: string) {
  await seedUser(t.database.db, email, [{ role: 'platform_admin' }]);
  return as(await signIn(t, email));
}
