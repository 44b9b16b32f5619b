import { and, count, countDistinct, eq, inArray, max, min, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/client.ts';
import { auditLog } from '../src/server/db/schema/audit.ts';
import {
  indicatorAssessments,
  indicatorMeasurements,
  indicatorTargets,
  planIndicators,
} from '../src/server/db/schema/indicator.ts';
import { opdUnits, people, positions } from '../src/server/db/schema/organisation.ts';
import { plans, readinessScores } from '../src/server/db/schema/plan.ts';
import { programBudgets, programProgress, programs } from '../src/server/db/schema/program.ts';
import { kecamatan, regions } from '../src/server/db/schema/region.ts';
import { attendance, workshopPhases, workshopSessions } from '../src/server/db/schema/workshop.ts';
import { createTestDatabase } from '../src/server/testing/database.ts';
import { loadDemo } from './load.ts';

let database: Database;
const progress: [number, number, string][] = [];

async function planOf(db: Database['db'], regionCode: string) {
  const [row] = await db
    .select({ plan: plans })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(eq(regions.code, regionCode));
  if (!row) throw new Error(`no plan for ${regionCode}`);
  return row.plan;
}

/** A summary of the content that must come out the same on every load (ids aside). */
async function fingerprint(db: Database['db']) {
  const [money] = await db
    .select({ total: sql<string>`sum(${programBudgets.amount})::text` })
    .from(programBudgets);
  const [values] = await db
    .select({ total: sql<string>`sum(${indicatorMeasurements.value})::text` })
    .from(indicatorMeasurements);
  const [titles] = await db
    .select({
      all: sql<string>`string_agg(${programs.code} || ${programs.title}, '|' order by ${programs.code} collate "C", ${programs.title} collate "C")`,
    })
    .from(programs);
  const [people] = await db.select({ n: count() }).from(attendance);
  return { money: money?.total, values: values?.total, titles: titles?.all, attendance: people?.n };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const started = performance.now();
  await loadDemo(database, { onProgress: (done, total, label) => progress.push([done, total, label]) });
  console.log(`demo loaded on ${database.kind} in ${Math.round(performance.now() - started)} ms`);
});
afterAll(async () => {
  await database?.close();
});

describe('demo loader', () => {
  it('reports its progress step by step up to the total', () => {
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.map(([done]) => done)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
  });

  it('loads the eight Lake Toba regencies with Tapanuli Utara as published', async () => {
    const rows = await database.db.select().from(regions).orderBy(regions.code);
    expect(rows.map((r) => r.code)).toEqual([
      '12.02',
      '12.06',
      '12.08',
      '12.11',
      '12.12',
      '12.15',
      '12.16',
      '12.17',
    ]);
    expect(rows[0]).toMatchObject({
      name: 'Kabupaten Tapanuli Utara',
      capital: 'Tarutung',
      population: 312758,
      areaKm2: '3793.71',
      desaCount: 241,
      kelurahanCount: 11,
    });
  });

  it('gives Tapanuli Utara its 15 kecamatan and 38 OPDs, each kecamatan office linked', async () => {
    const taput = (await database.db.select().from(regions).where(eq(regions.code, '12.02')))[0];
    const kec = await database.db
      .select()
      .from(kecamatan)
      .where(eq(kecamatan.regionId, taput?.id as string));
    expect(kec).toHaveLength(15);
    expect(kec.map((k) => k.code).sort()[14]).toBe('12.02.15');
    const opds = await database.db
      .select()
      .from(opdUnits)
      .where(eq(opdUnits.regionId, taput?.id as string));
    expect(opds.length).toBeGreaterThanOrEqual(38);
    const offices = opds.filter((o) => o.type === 'kecamatan');
    expect(offices).toHaveLength(15);
    expect(new Set(offices.map((o) => o.kecamatanId))).toEqual(new Set(kec.map((k) => k.id)));
    expect(opds.filter((o) => o.type === 'office')).toHaveLength(16);
    expect(opds.filter((o) => o.type === 'agency')).toHaveLength(4);
  });

  it('gives every unit a secretary and a programme head, with the Diskominfo head from the article', async () => {
    const taput = (await database.db.select().from(regions).where(eq(regions.code, '12.02')))[0];
    const staff = await database.db
      .select({ name: people.fullName, role: positions.role, opd: opdUnits.code, endDate: positions.endDate })
      .from(positions)
      .innerJoin(people, eq(people.id, positions.personId))
      .innerJoin(opdUnits, eq(opdUnits.id, positions.opdId))
      .where(eq(people.regionId, taput?.id as string));
    expect(new Set(staff.map((s) => s.name)).size).toBe(staff.length);
    const current = staff.filter((s) => s.endDate === null);
    expect(current.filter((s) => s.role === 'secretary')).toHaveLength(38);
    expect(current.filter((s) => s.role === 'program_head')).toHaveLength(38);
    expect(
      staff
        .filter((s) => s.endDate !== null)
        .map((s) => s.opd)
        .sort(),
    ).toEqual(['DISPAR', 'KEC-PAHAE-JAE']);
    expect(staff).toContainEqual({ name: 'Polmudi Sagala', role: 'head', opd: 'DISKOMINFO', endDate: null });
  });

  it('has an implementing plan with at least 60 programmes over all 6 pillars and 18 elements', async () => {
    const plan = await planOf(database.db, '12.02');
    expect(plan).toMatchObject({
      status: 'implementing',
      currentPhase: 4,
      periodStart: 2022,
      periodEnd: 2031,
    });
    expect(plan.adoptedOn).toMatch(/^2022-/);
    expect(plan.adoptionInstrument).toMatch(/Peraturan Bupati Tapanuli Utara Nomor \d+ Tahun 2022/);
    const [spread] = await database.db
      .select({
        programmes: count(),
        pillars: countDistinct(programs.pillarId),
        elements: countDistinct(programs.elementId),
      })
      .from(programs)
      .where(eq(programs.planId, plan.id));
    expect(spread?.programmes).toBeGreaterThanOrEqual(60);
    expect(spread?.pillars).toBe(6);
    expect(spread?.elements).toBe(18);
    const [wins] = await database.db
      .select({ pillars: countDistinct(programs.pillarId) })
      .from(programs)
      .where(and(eq(programs.planId, plan.id), eq(programs.isQuickWin, true)));
    expect(wins?.pillars).toBe(6);
    const [readiness] = await database.db
      .select({ n: count() })
      .from(readinessScores)
      .where(eq(readinessScores.planId, plan.id));
    expect(readiness?.n).toBe(18);
  });

  it('budgets every year from 2022 to 2031, and reports progress 2022–2025 with some stalled', async () => {
    const plan = await planOf(database.db, '12.02');
    const inPlan = inArray(
      programBudgets.programId,
      database.db.select({ id: programs.id }).from(programs).where(eq(programs.planId, plan.id)),
    );
    const perYear = await database.db
      .select({ year: programBudgets.year, total: sql<string>`sum(${programBudgets.amount})::text` })
      .from(programBudgets)
      .where(inPlan)
      .groupBy(programBudgets.year)
      .orderBy(programBudgets.year);
    expect(perYear.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    for (const r of perYear) expect(BigInt(r.total.split('.')[0] as string)).toBeGreaterThan(1_000_000_000n);
    const sources = await database.db
      .selectDistinct({ s: programBudgets.source })
      .from(programBudgets)
      .where(inPlan);
    expect(sources.map((s) => s.s).sort()).toEqual(['apbd', 'apbn_dak', 'csr', 'kpbu']);

    const [span] = await database.db
      .select({ first: min(programProgress.year), last: max(programProgress.year) })
      .from(programProgress);
    expect(span).toEqual({ first: 2022, last: 2025 });
    const stalled = await database.db
      .selectDistinct({ id: programProgress.programId })
      .from(programProgress)
      .where(eq(programProgress.status, 'stalled'));
    expect(stalled.length).toBeGreaterThanOrEqual(3);
  });

  it('selects at least 30 indicators with baselines, ten yearly targets and six criteria each', async () => {
    const plan = await planOf(database.db, '12.02');
    const selected = await database.db
      .select()
      .from(planIndicators)
      .where(eq(planIndicators.planId, plan.id));
    expect(selected.length).toBeGreaterThanOrEqual(30);
    for (const i of selected) {
      expect(i).toMatchObject({ baselineYear: 2021, producerOpdId: expect.any(String) });
      expect(i.baselineValue).not.toBeNull();
    }
    const ids = selected.map((i) => i.id);
    const perIndicator = await database.db
      .select({ id: indicatorTargets.planIndicatorId, n: count() })
      .from(indicatorTargets)
      .where(inArray(indicatorTargets.planIndicatorId, ids))
      .groupBy(indicatorTargets.planIndicatorId);
    expect(perIndicator).toHaveLength(selected.length);
    expect(new Set(perIndicator.map((r) => r.n))).toEqual(new Set([10]));
    const [criteria] = await database.db
      .select({
        n: count(),
        failing: sql<number>`count(*) filter (where ${indicatorAssessments.score} <= 2)::int`,
      })
      .from(indicatorAssessments)
      .where(inArray(indicatorAssessments.planIndicatorId, ids));
    expect(criteria?.n).toBe(selected.length * 6);
    expect(criteria?.failing).toBeGreaterThan(0);
    const statuses = await database.db
      .selectDistinct({ s: indicatorMeasurements.status })
      .from(indicatorMeasurements)
      .where(inArray(indicatorMeasurements.planIndicatorId, ids));
    expect(statuses.map((s) => s.s).sort()).toEqual(['rejected', 'submitted', 'verified']);
  });

  it('shows exactly two OPDs that changed representatives between Bimtek phases', async () => {
    const plan = await planOf(database.db, '12.02');
    const phases = await database.db
      .select({ phase: workshopPhases.phase })
      .from(workshopPhases)
      .where(eq(workshopPhases.planId, plan.id));
    expect(phases.map((p) => p.phase).sort()).toEqual([1, 2, 3, 4]);
    // Who came (present or late) for each OPD in each phase; continuity compares phase with phase.
    const came = await database.db
      .selectDistinct({ code: opdUnits.code, phase: workshopPhases.phase, person: attendance.personId })
      .from(attendance)
      .innerJoin(workshopSessions, eq(workshopSessions.id, attendance.sessionId))
      .innerJoin(workshopPhases, eq(workshopPhases.id, workshopSessions.phaseId))
      .innerJoin(opdUnits, eq(opdUnits.id, attendance.opdId))
      .where(and(eq(workshopPhases.planId, plan.id), inArray(attendance.status, ['present', 'late'])));
    const byOpd = new Map<string, string[][]>();
    for (const r of came) {
      const phases = byOpd.get(r.code) ?? [[], [], [], []];
      phases[r.phase - 1]?.push(r.person);
      byOpd.set(r.code, phases);
    }
    expect(byOpd.size).toBe(38);
    const key = (people: string[]) => [...people].sort().join();
    for (const phases of byOpd.values()) for (const people of phases) expect(people).toHaveLength(2);
    const changed = [...byOpd]
      .filter(([, phases]) => new Set(phases.map(key)).size > 1)
      .map(([code]) => ({ code }));
    expect(changed.map((c) => c.code).sort()).toEqual(['DISPAR', 'KEC-PAHAE-JAE']);
    const [phaseTwo] = await database.db
      .select({ startsOn: workshopPhases.startsOn, venue: workshopPhases.venue })
      .from(workshopPhases)
      .where(and(eq(workshopPhases.planId, plan.id), eq(workshopPhases.phase, 2)));
    expect(phaseTwo).toEqual({ startsOn: '2021-09-23', venue: expect.stringContaining('Balai Data') });
  });

  it('gives Samosir a draft plan in phase 2 with Bimtek I and II held and draft programmes', async () => {
    const plan = await planOf(database.db, '12.17');
    expect(plan).toMatchObject({ status: 'draft', currentPhase: 2, adoptedOn: null });
    const phases = await database.db
      .select({ phase: workshopPhases.phase })
      .from(workshopPhases)
      .where(eq(workshopPhases.planId, plan.id));
    expect(phases.map((p) => p.phase).sort()).toEqual([1, 2]);
    const [drafted] = await database.db
      .select({ n: count() })
      .from(programs)
      .where(eq(programs.planId, plan.id));
    expect(drafted?.n).toBeGreaterThanOrEqual(8);
  });

  it('audits what it wrote as the demo actor', async () => {
    const [written] = await database.db.select({ n: count() }).from(programs);
    const [audited] = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.actor, 'demo'), eq(auditLog.entity, 'program'), eq(auditLog.action, 'create')));
    expect(audited?.n).toBe(written?.n);
    const [regionsAudited] = await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.actor, 'demo'), eq(auditLog.entity, 'region')));
    expect(regionsAudited?.n).toBe(8);
  });

  it('refuses to load into a database that already has regions, leaving it as it was', async () => {
    const before = await fingerprint(database.db);
    await expect(loadDemo(database)).rejects.toThrow(/only into an empty database.*8 region/);
    expect(await fingerprint(database.db)).toEqual(before);
  });

  it('writes the same content on every load', async () => {
    const other = await createTestDatabase();
    try {
      await loadDemo(other);
      expect(await fingerprint(other.db)).toEqual(await fingerprint(database.db));
    } finally {
      await other.close();
    }
  });
});
