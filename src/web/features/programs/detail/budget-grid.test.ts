import { describe, expect, it } from 'vitest';
import { amountForApi, amountValue, budgetTotals, sourcesUsed, yearsBetween } from './budget-grid.ts';

describe('the budget grid', () => {
  it('spans the programme years, none while they are missing or reversed', () => {
    expect(yearsBetween(2024, 2026)).toEqual([2024, 2025, 2026]);
    expect(yearsBetween(2024, 2024)).toEqual([2024]);
    expect(yearsBetween(2026, 2024)).toEqual([]);
    expect(yearsBetween(null, 2024)).toEqual([]);
  });

  it('sends amounts as two-decimal strings, nothing for an empty cell, a non-number as typed', () => {
    expect(amountForApi(1_500_000)).toBe('1500000.00');
    expect(amountForApi(12.5)).toBe('12.50');
    expect(amountForApi('')).toBeNull();
    expect(amountForApi(undefined)).toBeNull();
    expect(amountForApi('abc')).toBe('abc');
  });

  it('counts empty or half-typed cells as zero in the sums', () => {
    expect(amountValue('')).toBe(0);
    expect(amountValue('12.')).toBe(12);
    expect(amountValue('x')).toBe(0);
  });

  it('totals each year, each source and all, over the programme years only', () => {
    const grid = {
      2024: { apbd: 100, csr: 50 },
      2025: { apbd: 200, apbn_dak: '' },
      2030: { apbd: 999 },
    };
    const totals = budgetTotals(grid, [2024, 2025]);
    expect(totals.byYear).toEqual({ 2024: 150, 2025: 200 });
    expect(totals.bySource.apbd).toBe(300);
    expect(totals.bySource.csr).toBe(50);
    expect(totals.bySource.kpbu).toBe(0);
    expect(totals.total).toBe(350);
    expect(sourcesUsed(grid, [2024, 2025])).toEqual(['apbd', 'csr']);
  });
});
