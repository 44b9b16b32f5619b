import { fromCents, toCents } from './amounts.ts';

/** What the table needs of a row of GET /plans/:id/budget?by=<grouping>,year. */
export interface BudgetYearRow {
  year?: number;
  amount: string;
}

export interface BudgetTable {
  years: { year: number; cells: Record<string, string>; total: string }[];
  /** Per group over all years. */
  totals: Record<string, string>;
  total: string;
}

/**
 * Pivots the server's rows (one per group and year) into a year × group table with a total per year, per
 * group and overall. `groupOf` reads a row's group (its pillar key or funding source); every year and
 * every group asked for gets a cell, zero when nothing is budgeted there, so the table has no holes.
 */
export function budgetTable<Row extends BudgetYearRow>(
  rows: Row[],
  groupOf: (row: Row) => string | undefined,
  groups: string[],
  years: number[],
): BudgetTable {
  const cell = new Map<string, bigint>();
  const at = (year: number, group: string) => `${year}|${group}`;
  for (const row of rows) {
    const group = groupOf(row);
    if (row.year === undefined || group === undefined) continue;
    const key = at(row.year, group);
    cell.set(key, (cell.get(key) ?? 0n) + toCents(row.amount));
  }
  const groupTotals = new Map<string, bigint>(groups.map((g) => [g, 0n]));
  let total = 0n;
  const tableYears = years.map((year) => {
    let yearTotal = 0n;
    const cells: Record<string, string> = {};
    for (const group of groups) {
      const cents = cell.get(at(year, group)) ?? 0n;
      cells[group] = fromCents(cents);
      yearTotal += cents;
      groupTotals.set(group, (groupTotals.get(group) ?? 0n) + cents);
    }
    total += yearTotal;
    return { year, cells, total: fromCents(yearTotal) };
  });
  return {
    years: tableYears,
    totals: Object.fromEntries([...groupTotals].map(([group, cents]) => [group, fromCents(cents)])),
    total: fromCents(total),
  };
}
