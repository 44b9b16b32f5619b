import { FUNDING_SOURCES } from '../../../shared/domain.ts';
import { sumRupiah } from '../../../shared/rupiah.ts';
import type { Db, Tx } from '../../db/client.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { notFound } from '../../errors.ts';
import {
  budgetBreakdown,
  budgetTotals,
  elementsWithoutPrograms,
  opdsWithoutPrograms,
  pillarSummaries,
  planHeader,
  programCounts,
} from './aggregate-repository.ts';
import type { BudgetDimension } from './aggregate-schema.ts';
import { planOrThrow } from './service.ts';

const ZERO = '0.00';

/** The plan at a glance. Every amount is summed by the database; here the years and sources without any
 * budget are only filled in with zero so that a chart gets every bar. */
export function planSummary(db: Db, planId: string) {
  return readSnapshot(db, (tx) => summaryOf(tx, planId));
}

async function summaryOf(db: Tx, planId: string) {
  const header = await planHeader(db, planId);
  if (!header) throw notFound('plan', planId);
  const [counts, pillars, budget, elements, opds] = await Promise.all([
    programCounts(db, planId),
    pillarSummaries(db, planId),
    budgetTotals(db, planId),
    elementsWithoutPrograms(db, planId),
    opdsWithoutPrograms(db, planId, header.regionId),
  ]);
  if (!counts) throw new Error('counting the programmes of a plan returned no row');
  const { programs, quickWins, ...byReviewStatus } = counts;

  const yearAmounts = new Map(budget.byYear.map((r) => [r.year, r.amount]));
  // A budget year outside the period can only come from a period shortened later; it is shown, not lost.
  const years = new Set<number>(budget.byYear.map((r) => r.year));
  for (let y = header.periodStart; y <= header.periodEnd; y++) years.add(y);
  const sourceAmounts = new Map(budget.bySource.map((r) => [r.source, r.amount]));

  return {
    plan: {
      id: header.id,
      title: header.title,
      status: header.status,
      periodStart: header.periodStart,
      periodEnd: header.periodEnd,
      currentPhase: header.currentPhase,
      region: { id: header.regionId, name: header.regionName, code: header.regionCode },
    },
    counts: { programs, quickWins, byReviewStatus },
    pillars,
    budget: {
      total: budget.total,
      byYear: [...years]
        .sort((a, b) => a - b)
        .map((year) => ({ year, amount: yearAmounts.get(year) ?? ZERO })),
      bySource: FUNDING_SOURCES.map((source) => ({ source, amount: sourceAmounts.get(source) ?? ZERO })),
    },
    gaps: {
      pillarsWithoutPrograms: pillars
        .filter((p) => p.programCount === 0)
        .map(({ pillarId, key, nameId, nameEn }) => ({ pillarId, key, nameId, nameEn })),
      elementsWithoutPrograms: elements,
      opdsWithoutPrograms: opds,
    },
  };
}

export function planBudget(db: Db, planId: string, by: BudgetDimension[]) {
  return readSnapshot(db, async (tx) => {
    const rows = await budgetBreakdown(tx, planId, by);
    // No row: a plan without programmes, or no plan at all (404).
    if (rows.length === 0) await planOrThrow(tx, planId);
    // Every budget line falls in exactly one row, so the rows add up to the plan's total.
    return { by, rows, total: sumRupiah(rows.map((row) => row.amount)) };
  });
}
