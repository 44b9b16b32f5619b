import { describe, expect, it } from 'vitest';
import { budgetTable } from './budget-table.ts';

describe('budgetTable', () => {
  const rows = [
    { pillarKey: 'gov', year: 2022, amount: '100.50' },
    { pillarKey: 'eco', year: 2022, amount: '20.00' },
    { pillarKey: 'gov', year: 2024, amount: '0.25' },
  ];
  const table = budgetTable(rows, (row) => row.pillarKey, ['gov', 'eco'], [2022, 2023, 2024]);

  it('fills every year and group, with zero where nothing is budgeted', () => {
    expect(table.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(table.years[1]?.cells).toEqual({ gov: '0.00', eco: '0.00' });
    expect(table.years[2]?.cells).toEqual({ gov: '0.25', eco: '0.00' });
  });

  it('totals each year, each group and the whole exactly', () => {
    expect(table.years.map((y) => y.total)).toEqual(['120.50', '0.00', '0.25']);
    expect(table.totals).toEqual({ gov: '100.75', eco: '20.00' });
    expect(table.total).toBe('120.75');
  });

  it('adds up rows of the same year and group', () => {
    const twice = budgetTable(
      [
        { source: 'apbd', year: 2022, amount: '1.00' },
        { source: 'apbd', year: 2022, amount: '2.00' },
      ],
      (row) => row.source,
      ['apbd'],
      [2022],
    );
    expect(twice.years[0]?.cells.apbd).toBe('3.00');
  });
});
