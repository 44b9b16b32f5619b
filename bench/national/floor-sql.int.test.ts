import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/client.ts';
import { planBudget, planSummary } from '../../src/server/features/programs/aggregate-service.ts';
import { createTestDatabase } from '../../src/server/testing/database.ts';
import { PLAN_BUDGET_BY_OPD_SQL, PLAN_SUMMARY_SQL } from './floor-sql.ts';
import { fillNation, type NationFacts } from './synthetic-nation.ts';

/** A few regions with small plans: some elements and OPDs without programmes, budgets over several years. */
const SIZE = {
  regions: 3,
  opdsPerRegion: 12,
  programsPerPlan: 9,
  indicatorsPerPlan: 2,
  targetYears: 2,
  measurementQuarters: 1,
};

const nonZero = <T extends { amount: string }>(rows: T[]) => rows.filter((r) => r.amount !== '0.00');
const byKey = <T>(rows: T[], key: (row: T) => string) =>
  [...rows].sort((a, b) => key(a).localeCompare(key(b)));

// The floor ratios divide the API's time by these statements' time: they must compute what the API does.
describe('the hand-written SQL of the floor ratios', () => {
  let database: Database;
  let facts: NationFacts;
  const floor = async <T>(statement: string, planId: string) => {
    const result = await database.db.execute(sql.raw(statement.replaceAll('$1', `'${planId}'`)));
    const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
    return Object.values(row ?? {})[0] as T;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    facts = await fillNation(database, SIZE);
    // A merged or dissolved OPD of each region: no longer named among the OPDs without programmes.
    await database.db.execute(
      sql`update opd_units set active = false where id in (
        select distinct on (region_id) id from opd_units o
        where not exists (select 1 from programs p where p.lead_opd_id = o.id)
        order by region_id, code)`,
    );
    // Indicators of every kind the summary names: the nation's indicators all have targets and no
    // availability matrix. Per plan, one loses its targets; every producer collects its data; one fails
    // verifiability.
    await database.db.execute(
      sql`delete from indicator_targets where plan_indicator_id in (
        select distinct on (plan_id) id from plan_indicators order by plan_id, id)`,
    );
    await database.db.execute(
      sql`insert into indicator_data_availability (plan_indicator_id, opd_id, status)
        select id, producer_opd_id, 'produced' from plan_indicators where producer_opd_id is not null`,
    );
    await database.db.execute(
      sql`insert into indicator_assessments (plan_indicator_id, criterion, score)
        select distinct on (plan_id) id, 'verifiability', 2 from plan_indicators order by plan_id, id desc`,
    );
  });
  afterAll(() => database.close());

  it('gives every plan summary figure the API gives', async () => {
    for (const planId of facts.planIds) {
      const api = await planSummary(database.db, planId);
      type Row = { id: string; key: string; amount: string };
      const hand = await floor<{
        plan: { id: string; region_id: string };
        counts: { programs: number; quickWins: number; leadOpds: number };
        byReviewStatus: Record<string, number> | null;
        pillars: {
          key: string;
          program_count: number;
          quick_win_count: number;
          budget_total: string;
          elements_covered: number;
          elements_total: number;
        }[];
        budgetTotal: string;
        byYear: { year: number; amount: string }[];
        bySource: { source: string; amount: string }[];
        elementsWithoutPrograms: Row[];
        opdsWithoutPrograms: Row[];
        indicators: number;
        indicatorsWithoutTargets: string[];
        indicatorsWithWeakData: string[];
      }>(PLAN_SUMMARY_SQL, planId);

      expect(hand.plan.id).toBe(api.plan.id);
      expect(hand.plan.region_id).toBe(api.plan.region.id);
      expect(hand.counts).toEqual({
        programs: api.counts.programs,
        quickWins: api.counts.quickWins,
        leadOpds: api.counts.leadOpds,
      });
      expect(hand.byReviewStatus ?? {}).toEqual(
        Object.fromEntries(Object.entries(api.counts.byReviewStatus).filter(([, n]) => n > 0)),
      );
      expect(
        hand.pillars.map((p) => ({
          key: p.key,
          programCount: p.program_count,
          quickWinCount: p.quick_win_count,
          budgetTotal: p.budget_total,
          elementsCovered: p.elements_covered,
          elementsTotal: p.elements_total,
        })),
      ).toEqual(
        api.pillars.map(
          ({ key, programCount, quickWinCount, budgetTotal, elementsCovered, elementsTotal }) => ({
            key,
            programCount,
            quickWinCount,
            budgetTotal,
            elementsCovered,
            elementsTotal,
          }),
        ),
      );
      expect(hand.budgetTotal).toBe(api.budget.total);
      expect(hand.byYear).toEqual(nonZero(api.budget.byYear));
      expect(byKey(hand.bySource, (r) => r.source)).toEqual(
        byKey(nonZero(api.budget.bySource), (r) => r.source),
      );
      expect(hand.elementsWithoutPrograms.map((e) => e.id)).toEqual(
        api.gaps.elementsWithoutPrograms.map((e) => e.elementId),
      );
      expect(hand.opdsWithoutPrograms.map((o) => o.id)).toEqual(
        api.gaps.opdsWithoutPrograms.map((o) => o.opdId),
      );
      expect(hand.indicators).toBe(api.counts.indicators);
      const ids = (list: { planIndicatorId: string }[]) => list.map((i) => i.planIndicatorId);
      expect(hand.indicatorsWithoutTargets).toEqual(ids(api.gaps.indicatorsWithoutTargets));
      expect(hand.indicatorsWithWeakData).toEqual(ids(api.gaps.indicatorsWithWeakData));
    }
    // Not a comparison of nothing: the plans have programmes, budgets and gaps.
    const some = await planSummary(database.db, facts.workshopPlanId);
    expect(some.counts.programs).toBeGreaterThan(0);
    expect(some.budget.total).not.toBe('0.00');
    expect(some.gaps.elementsWithoutPrograms.length).toBeGreaterThan(0);
    expect(some.gaps.opdsWithoutPrograms.length).toBeGreaterThan(0);
    expect(some.gaps.indicatorsWithoutTargets.length).toBeGreaterThan(0);
    expect(some.gaps.indicatorsWithWeakData.length).toBeGreaterThan(0);
    expect(some.gaps.indicatorsWithWeakData.length).toBeLessThan(some.counts.indicators);
  });

  it('gives the budget by lead OPD the API gives', async () => {
    for (const planId of facts.planIds) {
      const api = await planBudget(database.db, planId, ['opd']);
      const hand = await floor<{
        rows: { id: string; code: string; program_count: number; amount: string }[];
        total: string;
      }>(PLAN_BUDGET_BY_OPD_SQL, planId);
      expect(hand.total).toBe(api.total);
      expect(
        hand.rows.map((r) => ({ opdId: r.id, programCount: r.program_count, amount: r.amount })),
      ).toEqual(api.rows.map((r) => ({ opdId: r.opdId, programCount: r.programCount, amount: r.amount })));
    }
  });
});
