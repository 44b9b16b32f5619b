import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/client.ts';
import { programBudgets, programs } from '../../src/server/db/schema/program.ts';
import { useTestApp } from '../../src/server/testing/app.ts';
import { createTestDatabase } from '../../src/server/testing/database.ts';
import { DEFAULT_PILLARS, FUNDING_SOURCES, READINESS_ASPECTS } from '../../src/shared/domain.ts';
import {
  budgetLines,
  fillNation,
  hasPlan,
  isPublished,
  MEASURED_YEAR,
  type NationFacts,
  type NationSize,
  PLAN_END,
  PLAN_START,
  planStatusOf,
} from './synthetic-nation.ts';

/** 64 regions, so that the last one is a region without a plan; tiny plans, so the fill takes a moment. */
const SMALL: NationSize = {
  regions: 64,
  opdsPerRegion: 4,
  programsPerPlan: 5,
  indicatorsPerPlan: 4,
  targetYears: 3,
  measurementQuarters: 2,
};
const ELEMENTS = DEFAULT_PILLARS.flatMap((p) => p.elements).length;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const withPlan = range(SMALL.regions).filter(hasPlan);
const rupiah = (amount: bigint) => `${amount}.00`;
const sum = (amounts: bigint[]) => amounts.reduce((a, b) => a + b, 0n);

/** The budget of region `region`'s plan as the size implies it: the lines of all its programmes. */
const planBudget = (region: number) => range(SMALL.programsPerPlan).flatMap((p) => budgetLines(region, p));

describe('synthetic nation', () => {
  const t = useTestApp();
  let facts: NationFacts;
  const planOf = (region: number) => facts.planIds[withPlan.indexOf(region)] as string;

  beforeAll(async () => {
    facts = await fillNation(t.database, SMALL);
  }, 120_000);

  it('writes the rows the size implies, a plan for every region but the 64th', () => {
    const plans = withPlan.length;
    const selections = plans * SMALL.indicatorsPerPlan;
    expect(plans).toBe(SMALL.regions - 1);
    expect(facts.regionIds).toHaveLength(SMALL.regions);
    expect(facts.planIds).toHaveLength(plans);
    expect(facts.rows).toEqual({
      regions: SMALL.regions,
      opd_units: SMALL.regions * SMALL.opdsPerRegion,
      plans,
      pillars: plans * DEFAULT_PILLARS.length,
      elements: plans * ELEMENTS,
      readiness_scores: plans * DEFAULT_PILLARS.length * READINESS_ASPECTS.length,
      programs: plans * SMALL.programsPerPlan,
      program_budgets: withPlan.reduce((n, r) => n + planBudget(r).length, 0),
      plan_indicators: selections,
      indicator_targets: selections * SMALL.targetYears,
      indicator_measurements: selections * SMALL.measurementQuarters,
    });
  });

  it('names the regions as BPS codes, kabupaten and kota, and leaves the last one without a plan', async () => {
    const res = await t.request({ method: 'GET', url: '/api/regions?limit=1000' });
    expect(res.status).toBe(200);
    const regions = res.body.items as { id: string; code: string; name: string; kind: string }[];
    expect(regions.map((r) => r.id).sort()).toEqual([...facts.regionIds].sort());
    expect(new Set(regions.map((r) => r.code)).size).toBe(SMALL.regions);
    for (const r of regions) expect(r.code).toMatch(/^\d{2}\.\d{2}$/);
    const first = regions.find((r) => r.id === facts.regionIds[0]);
    expect(first).toMatchObject({ code: '11.01', name: 'Kabupaten Sintetis 001', kind: 'kabupaten' });
    expect(regions.filter((r) => r.kind === 'kota').length).toBeGreaterThan(0);

    const last = facts.regionIds[SMALL.regions - 1];
    const plans = await t.request({ method: 'GET', url: `/api/plans?region=${last}` });
    expect(plans.status).toBe(200);
    expect(plans.body.items).toEqual([]);
  });

  it('publishes most plans: anyone reads the adopted and implementing ones, not the drafts', async () => {
    const published = withPlan.filter((r) => isPublished(planStatusOf(r))).map(planOf);
    expect(published.length).toBeGreaterThan(withPlan.length / 2);
    expect(published.length).toBeLessThan(withPlan.length);
    const res = await t.anonymous({ method: 'GET', url: '/api/plans?limit=1000' });
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { id: string }) => p.id).sort()).toEqual([...published].sort());

    expect(published).toContain(facts.workshopPlanId);
    const workshop = await t.anonymous({ method: 'GET', url: `/api/plans/${facts.workshopPlanId}/summary` });
    expect(workshop.status).toBe(200);
    expect(workshop.body.plan.region.id).toBe(facts.workshopRegionId);

    const draft = withPlan.find((r) => planStatusOf(r) === 'draft') as number;
    const hidden = await t.anonymous({ method: 'GET', url: `/api/plans/${planOf(draft)}/summary` });
    expect(hidden.status).toBe(401);
  });

  it('refuses a size the catalogue cannot hold, and writes the same rows with the same ids again', async () => {
    const database = await createTestDatabase();
    try {
      await expect(fillNation(database, { ...SMALL, indicatorsPerPlan: 10_000 })).rejects.toThrow(
        /indicatorsPerPlan/,
      );
      const again = await fillNation(database, { ...SMALL, regions: 3 });
      expect(again.regionIds).toEqual(facts.regionIds.slice(0, 3));
      expect(again.planIds).toEqual(facts.planIds.slice(0, 3));
      const budgetsOf = (db: Db) =>
        db
          .select({ b: programBudgets })
          .from(programBudgets)
          .innerJoin(programs, eq(programs.id, programBudgets.programId))
          .where(eq(programs.planId, facts.planIds[0] as string))
          .orderBy(programBudgets.programId, programBudgets.year, programBudgets.source);
      const budgets = await budgetsOf(database.db);
      expect(budgets).toHaveLength(planBudget(0).length);
      expect(budgets).toEqual(await budgetsOf(t.database.db));
    } finally {
      await database.close();
    }
  });

  // An adopted, an implementing and a draft plan.
  describe.each([0, 1, 2])('the plan of region %i, read through the API', (region) => {
    const plan = () => planOf(region);

    it('sums its programmes and budgets to what the size implies', async () => {
      const res = await t.request({ method: 'GET', url: `/api/plans/${plan()}/summary` });
      expect(res.status).toBe(200);
      const s = res.body;
      expect(s.plan).toMatchObject({
        status: planStatusOf(region),
        periodStart: PLAN_START,
        periodEnd: PLAN_END,
        region: { id: facts.regionIds[region] },
      });
      expect(s.counts.programs).toBe(SMALL.programsPerPlan);
      expect(s.pillars).toHaveLength(DEFAULT_PILLARS.length);
      const lines = planBudget(region);
      expect(s.budget.total).toBe(rupiah(sum(lines.map((l) => l.amount))));
      expect(s.budget.bySource).toEqual(
        FUNDING_SOURCES.map((source) => ({
          source,
          amount: rupiah(sum(lines.filter((l) => l.source === source).map((l) => l.amount))),
        })),
      );
      expect(s.budget.byYear).toEqual(
        range(PLAN_END - PLAN_START + 1).map((k) => ({
          year: PLAN_START + k,
          amount: rupiah(sum(lines.filter((l) => l.year === PLAN_START + k).map((l) => l.amount))),
        })),
      );
      // Five programmes over the first five elements; every one of the four OPDs leads one.
      expect(s.gaps.elementsWithoutPrograms).toHaveLength(ELEMENTS - SMALL.programsPerPlan);
      expect(s.gaps.opdsWithoutPrograms).toEqual([]);
    });

    it('has a readiness score for every pillar and aspect', async () => {
      const res = await t.request({ method: 'GET', url: `/api/plans/${plan()}/readiness-summary` });
      expect(res.status).toBe(200);
      expect(res.body.pillars).toHaveLength(DEFAULT_PILLARS.length);
      for (const p of res.body.pillars)
        for (const aspect of READINESS_ASPECTS) expect(p.scores[aspect]).toBeGreaterThanOrEqual(1);
      expect(res.body.gaps.filter((g: { reason: string }) => g.reason === 'not_scored')).toEqual([]);
    });

    it('has its indicators with yearly targets and quarterly measurements inside the catalogue bounds', async () => {
      const res = await t.request({ method: 'GET', url: `/api/plans/${plan()}/indicators?limit=1000` });
      expect(res.status).toBe(200);
      const items = res.body.items;
      expect(items).toHaveLength(SMALL.indicatorsPerPlan);
      expect(new Set(items.map((i: { catalogId: string }) => i.catalogId)).size).toBe(items.length);
      for (const i of items) {
        const inside = (value: string) => {
          if (i.catalog.minValue !== null)
            expect(Number(value)).toBeGreaterThanOrEqual(Number(i.catalog.minValue));
          if (i.catalog.maxValue !== null)
            expect(Number(value)).toBeLessThanOrEqual(Number(i.catalog.maxValue));
        };
        expect(i.frequency).toBe('quarterly');
        expect(i.targets.map((x: { year: number }) => x.year)).toEqual(
          range(SMALL.targetYears).map((k) => PLAN_START + k),
        );
        inside(i.baselineValue);
        for (const target of i.targets) inside(target.value);
        const m = await t.request({ method: 'GET', url: `/api/plan-indicators/${i.id}/measurements` });
        expect(m.status).toBe(200);
        const periods = m.body.items.map((x: { periodStart: string; periodEnd: string }) => [
          x.periodStart,
          x.periodEnd,
        ]);
        expect(periods.sort()).toEqual([
          [`${MEASURED_YEAR}-01-01`, `${MEASURED_YEAR}-03-31`],
          [`${MEASURED_YEAR}-04-01`, `${MEASURED_YEAR}-06-30`],
        ]);
        for (const x of m.body.items) inside(x.value);
      }
      const progress = await t.request({ method: 'GET', url: `/api/plans/${plan()}/indicators/progress` });
      expect(progress.status).toBe(200);
      expect(progress.body.total).toBe(SMALL.indicatorsPerPlan);
      const measured = progress.body.years.find((y: { year: number }) => y.year === MEASURED_YEAR);
      expect(measured.measured).toBe(SMALL.indicatorsPerPlan);
    });

    it('passes the rules of the app when its records are written back as they are', async () => {
      const programs = await t.request({ method: 'GET', url: `/api/plans/${plan()}/programs?limit=1000` });
      expect(programs.status).toBe(200);
      expect(programs.body.items).toHaveLength(SMALL.programsPerPlan);
      for (const p of programs.body.items) {
        const res = await t.request({
          method: 'PATCH',
          url: `/api/programs/${p.id}`,
          payload: {
            version: p.version,
            pillarId: p.pillarId,
            elementId: p.elementId,
            leadOpdId: p.leadOpdId,
            startYear: p.startYear,
            endYear: p.endYear,
            budgets: p.budgets,
          },
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.budgetTotal).toBe(p.budgetTotal);
      }
      const indicators = await t.request({
        method: 'GET',
        url: `/api/plans/${plan()}/indicators?limit=1000`,
      });
      const [first] = indicators.body.items;
      const selection = await t.request({
        method: 'PATCH',
        url: `/api/plan-indicators/${first.id}`,
        payload: {
          version: first.version,
          pillarId: first.pillarId,
          elementId: first.elementId,
          producerOpdId: first.producerOpdId,
          baselineValue: first.baselineValue,
          targets: first.targets,
        },
      });
      expect(selection.status, JSON.stringify(selection.body)).toBe(200);
      const measurements = await t.request({
        method: 'GET',
        url: `/api/plan-indicators/${first.id}/measurements`,
      });
      for (const m of measurements.body.items) {
        const res = await t.request({
          method: 'PATCH',
          url: `/api/measurements/${m.id}`,
          payload: { version: m.version, periodYear: m.periodYear, value: m.value },
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
    });
  });
});
