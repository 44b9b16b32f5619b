import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { planBudgetOf } from './aggregate-repository.ts';
import type { BudgetDimension } from './aggregate-schema.ts';
import { planSummaryOf } from './summary-repository.ts';

/** The plan at a glance, computed by the database in one statement (summary-repository.ts). */
export async function planSummary(db: Db, planId: string) {
  const summary = await planSummaryOf(db, planId);
  if (!summary) throw notFound('plan', planId);
  return summary;
}

/** The budget grouped by one or two dimensions, computed by the database in one statement. */
export async function planBudget(db: Db, planId: string, by: BudgetDimension[]) {
  const budget = await planBudgetOf(db, planId, by);
  if (!budget) throw notFound('plan', planId);
  return { by, ...budget };
}
