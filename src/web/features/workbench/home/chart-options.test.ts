import { describe, expect, it } from 'vitest';
import { amountBarsOption, countBarsOption, describedAs, yearBarsOption } from './chart-options.ts';

const formats = { short: (n: number) => `S${n}`, full: (n: number) => `F${n}` };

// The option builders are data in, ECharts option out: what matters is which labels and values reach the
// chart, and that amounts are written the way the caller asked.
describe('amountBarsOption', () => {
  const option = amountBarsOption(
    [
      { label: 'Smart Governance', value: 20_605_000_000 },
      { label: 'Smart Branding', value: 0 },
    ],
    'Anggaran',
    formats,
  );

  it('draws one bar per category, the first on top', () => {
    expect(option.yAxis).toMatchObject({
      type: 'category',
      inverse: true,
      data: ['Smart Governance', 'Smart Branding'],
    });
    expect(option.series).toMatchObject([{ type: 'bar', name: 'Anggaran', data: [20_605_000_000, 0] }]);
  });

  it('writes amounts short at the bars (not on the axis) and in full in the tooltip', () => {
    expect(option.xAxis).toMatchObject({ axisLabel: { show: false } });
    const [series] = option.series as [{ label: { formatter: (p: { value: unknown }) => string } }];
    expect(series.label.formatter({ value: 7 })).toBe('S7');
    const tooltip = option.tooltip as { valueFormatter: (v: unknown, i: number) => string };
    expect(tooltip.valueFormatter('12', 0)).toBe('F12');
  });
});

describe('countBarsOption', () => {
  it('puts each series side by side over the same categories, with a legend', () => {
    const option = countBarsOption(
      ['A', 'B'],
      [
        { name: 'Program aksi', values: [12, 10] },
        { name: 'Quick win', values: [2, 1] },
      ],
    );
    expect(option.legend).toBeDefined();
    expect(option.yAxis).toMatchObject({ data: ['A', 'B'] });
    expect(option.series).toMatchObject([
      { name: 'Program aksi', data: [12, 10] },
      { name: 'Quick win', data: [2, 1] },
    ]);
  });
});

describe('yearBarsOption', () => {
  it('lays the years along the horizontal axis', () => {
    const option = yearBarsOption(
      [
        { label: '2022', value: 1 },
        { label: '2023', value: 0 },
      ],
      'Anggaran',
      formats,
    );
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2022', '2023'] });
    expect(option.series).toMatchObject([{ data: [1, 0] }]);
  });
});

describe('describedAs', () => {
  it("gives the chart a description in the caller's words, so ECharts does not write its own", () => {
    const bars = [{ label: '2026', value: 3 }];
    const option = describedAs(yearBarsOption(bars, 'Anggaran', formats), 'Anggaran per pilar', [
      'Smart Governance S3',
      'Smart Branding S4',
    ]);
    expect(option.aria).toEqual({
      enabled: true,
      label: { description: 'Anggaran per pilar: Smart Governance S3; Smart Branding S4' },
    });
  });
});
