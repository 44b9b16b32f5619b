import { FUNDING_SOURCES, type FundingSource } from '../../../../shared/domain.ts';

/** A budget cell as a number input holds it: a number, or '' while empty (or a half-typed text). */
export type Amount = number | string;
/** Budget by year (as text, the form's key) and funding source. */
export type BudgetGrid = Record<string, Partial<Record<FundingSource, Amount>>>;

/** The years from `start` to `end`, both included; none when either is missing or they are reversed. */
export function yearsBetween(start: number | null, end: number | null): number[] {
  if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end) || end < start)
    return [];
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** A year as a select holds it ('2024') to a number; null when empty. */
export const yearOf = (value: string | null) => (value ? Number(value) : null);

/** The amount a cell holds, for sums; nothing typed or not a number counts as zero. */
export function amountValue(amount: Amount | undefined): number {
  if (amount === undefined || amount === '') return 0;
  const value = typeof amount === 'number' ? amount : Number(amount);
  return Number.isFinite(value) ? value : 0;
}

/**
 * A cell as the API takes it: a decimal string with two decimals (the API's own form, so that the
 * stored and the typed budgets compare equal), or null when the cell is empty. A text that is no
 * number is sent as it is: the server names the cell that is wrong.
 */
export function amountForApi(amount: Amount | undefined): string | null {
  if (amount === undefined || amount === '') return null;
  const value = typeof amount === 'number' ? amount : Number(amount);
  return Number.isFinite(value) ? value.toFixed(2) : String(amount);
}

export interface BudgetTotals {
  byYear: Record<number, number>;
  bySource: Record<FundingSource, number>;
  total: number;
}

/** Row, column and grand totals of the grid over the programme's years. */
export function budgetTotals(grid: BudgetGrid, years: number[]): BudgetTotals {
  const bySource = Object.fromEntries(FUNDING_SOURCES.map((s) => [s, 0])) as Record<FundingSource, number>;
  const byYear: Record<number, number> = {};
  let total = 0;
  for (const year of years) {
    byYear[year] = 0;
    for (const source of FUNDING_SOURCES) {
      const value = amountValue(grid[year]?.[source]);
      byYear[year] += value;
      bySource[source] += value;
      total += value;
    }
  }
  return { byYear, bySource, total };
}

/** Funding sources with money in any year, so a read-only table can leave the empty ones out. */
export const sourcesUsed = (grid: BudgetGrid, years: number[]) =>
  FUNDING_SOURCES.filter((source) => years.some((year) => amountValue(grid[year]?.[source]) !== 0));
