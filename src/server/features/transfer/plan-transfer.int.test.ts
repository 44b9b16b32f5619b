import { count, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client.ts';
import * as schema from '../../db/schema/index.ts';
import { ProblemError } from '../../errors.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { exportPlan } from './plan-export.ts';
import { importPlan } from './plan-import.ts';
import { type PlanDocument, serializePlanDocument } from './plan-parts.ts';
import { seedOrganisation, seedPlan } from './rich-plan-fixture.ts';

const tables = Object.values(schema).filter((v: unknown): v is PgTable => is(v, PgTable));

async function rowCounts(db: Db) {
  const out: Record<string, number> = {};
  for (const t of tables) out[getTableName(t)] = Number((await db.select({ n: count() }).from(t))[0]?.n);
  return out;
}

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return error as ProblemError & { extra: { errors?: { field: string; message: string }[] } };
}

const clone = (doc: PlanDocument) => JSON.parse(JSON.stringify(doc));

describe('plan export and import', () => {
  let source: Database;
  let target: Database;
  let planId: string;
  let exported: PlanDocument;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const org = await seedOrganisation(source.db);
    planId = await seedPlan(source.db, org, 5);
    // A second plan in the same region: its records must not leak into the first one's export.
    await seedPlan(source.db, { ...org, catalogueIds: [...org.catalogueIds].reverse() }, 2, 'Other plan');
    exported = await exportPlan(source.db, planId);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('exports every record of the plan and nothing of the other plan', () => {
    expect(exported).toMatchObject({ format: 'rancang-plan', version: 1, plan: { id: planId, version: 3 } });
    const programs = exported.programs as Record<string, unknown[]>[];
    expect(programs).toHaveLength(5);
    expect(programs[0]).toMatchObject({ code: 'GOV-0001' });
    expect(programs[0]?.budgets).toHaveLength(4);
    expect(programs[0]?.budgets?.[0]).toEqual({ year: 2022, source: 'apbd', amount: '150000000.50' });
    expect(exported.catalogue).toHaveLength(2);
    for (const key of ['missions', 'goals', 'pillars', 'elements', 'readinessScores', 'strategies'])
      expect((exported[key] as unknown[]).length, key).toBeGreaterThan(0);
    const indicators = exported.indicators as Record<string, unknown[]>[];
    for (const key of ['targets', 'assessments', 'availability', 'programs', 'measurements'])
      expect(indicators.flatMap((i) => i[key]).length, key).toBeGreaterThan(0);
    const [phase] = exported.workshopPhases as { sessions: { attendance: unknown[] }[] }[];
    expect(phase?.sessions[0]?.attendance).toHaveLength(1);
    expect((exported.people as { positions: unknown[] }[]).flatMap((p) => p.positions)).toHaveLength(2);
    expect(exported.plan.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(serializePlanDocument(exported)).not.toMatch(/"planId"/);
  });

  it('exports the same data to the same bytes', async () => {
    expect(serializePlanDocument(await exportPlan(source.db, planId))).toBe(serializePlanDocument(exported));
  });

  it('imports into an empty database and exports there to the identical document', async () => {
    const result = await importPlan(target.db, clone(exported), { actor: 'test' });
    expect(result.planId).toBe(planId);
    expect(result.counts).toMatchObject({ plans: 1, programs: 5, program_budgets: 20, regions: 1 });
    const again = await exportPlan(target.db, planId);
    expect(again).toEqual(exported);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    const audit = await target.db.select().from(schema.auditLog);
    expect(audit).toEqual([expect.objectContaining({ action: 'import', entity: 'plan', entityId: planId })]);
  });

  it('refuses the same plan twice with 409, and replaces it when asked, without duplicates', async () => {
    const before = await rowCounts(target.db);
    const refused = await refusal(importPlan(target.db, clone(exported), { actor: 'test' }));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/plan already exists/);
    expect(await rowCounts(target.db)).toEqual(before);

    const replaced = await importPlan(target.db, clone(exported), { actor: 'test', replace: true });
    expect(replaced.counts).toMatchObject({ regions: 0, opd_units: 0, people: 0, programs: 5 });
    expect(await rowCounts(target.db)).toEqual({ ...before, audit_log: (before.audit_log ?? 0) + 1 });
    expect(await exportPlan(target.db, planId)).toEqual(exported);
  });

  it('refuses a corrupted document naming each bad path, leaving the database unchanged', async () => {
    const before = await rowCounts(target.db);
    const doc = clone(exported);
    doc.programs[3].budgets[1].amount = '12,5 juta';
    doc.programs[1].budgets[0].amount = '-10.00';
    doc.elements[0].pillarId = '00000000-0000-4000-8000-000000000000';
    doc.programs[0].pillarId = '00000000-0000-4000-8000-000000000001';
    const shapeError = await refusal(importPlan(target.db, doc, { actor: 'test', replace: true }));
    expect(shapeError.status).toBe(400);
    expect(shapeError.extra.errors?.map((e) => e.field).sort()).toEqual([
      'programs.1.budgets.0.amount',
      'programs.3.budgets.1.amount',
    ]);

    doc.programs[3].budgets[1].amount = '12.50';
    doc.programs[1].budgets[0].amount = '10.00';
    const referenceError = await refusal(importPlan(target.db, doc, { actor: 'test', replace: true }));
    expect(referenceError.extra.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['elements.0.pillarId', 'programs.0.pillarId']),
    );
    expect(await rowCounts(target.db)).toEqual(before);
  });

  it('refuses unknown fields, a wrong format and duplicate ids', async () => {
    const doc = clone(exported);
    doc.plan.colour = 'red';
    doc.format = 'something-else';
    doc.missions.push({ ...doc.missions[0], ordinal: 99 });
    const error = await refusal(importPlan(target.db, doc, { actor: 'test' }));
    expect(error.extra.errors?.map((e) => e.field).sort()).toEqual(['format', 'plan']);
    doc.format = 'rancang-plan';
    delete doc.plan.colour;
    const dup = await refusal(importPlan(target.db, doc, { actor: 'test', replace: true }));
    expect(dup.extra.errors).toEqual([expect.objectContaining({ field: 'missions.2.id' })]);
  });

  it('matches the region by BPS code and its OPDs by code in another installation', async () => {
    const other = await createTestDatabase();
    try {
      const org = await seedOrganisation(other.db, exported.region.code as string);
      const result = await importPlan(other.db, clone(exported), { actor: 'test' });
      expect(result.counts).toMatchObject({ regions: 0, kecamatan: 0, opd_units: 0, people: 2 });
      const imported = await exportPlan(other.db, planId);
      expect(imported.region.id).toBe(org.regionId);
      expect(imported.plan.regionId).toBe(org.regionId);
      const leads = (imported.programs as { leadOpdId: string }[]).map((p) => p.leadOpdId);
      expect(leads.every((id) => org.opdIds.includes(id))).toBe(true);
      expect(imported.programs).toHaveLength(5);
    } finally {
      await other.close();
    }
  });

  it('imports a version 1 document written before the columns added since, leaving them empty', async () => {
    const other = await createTestDatabase();
    try {
      const doc = clone(exported);
      for (const entry of doc.catalogue) {
        expect(entry.numeratorLabelEn).toBe('n (en)');
        delete entry.numeratorLabelEn;
        delete entry.denominatorLabelEn;
      }
      for (const indicator of doc.indicators)
        for (const m of indicator.measurements) delete m.submittedAccount;
      await importPlan(other.db, doc, { actor: 'test' });
      const imported = await exportPlan(other.db, planId);
      expect(imported.catalogue).toHaveLength(2);
      for (const entry of imported.catalogue)
        expect(entry).toMatchObject({
          numeratorLabel: 'n',
          numeratorLabelEn: null,
          denominatorLabelEn: null,
        });
    } finally {
      await other.close();
    }
  });

  it('imports a plan of 1,000 programmes in a few seconds', async () => {
    const big = await createTestDatabase();
    try {
      const org = await seedOrganisation(big.db, '12.99');
      const id = await seedPlan(big.db, org, 1000, 'Big plan');
      const doc = await exportPlan(big.db, id);
      await big.db.delete(schema.plans);
      const started = performance.now();
      const result = await importPlan(big.db, doc, { actor: 'test' });
      const seconds = (performance.now() - started) / 1000;
      expect(result.counts.program_budgets).toBe(4000);
      expect(seconds).toBeLessThan(10);
      expect(await exportPlan(big.db, id)).toEqual(doc);
    } finally {
      await big.close();
    }
  }, 120_000);
});
