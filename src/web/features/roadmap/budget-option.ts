import type { EChartsCoreOption } from 'echarts';
import type { Language } from '../../i18n/i18n.ts';
import { formatRupiahShort } from '../../lib/format.ts';
import type { BudgetTable } from './budget-table.ts';

export interface BudgetGroup {
  key: string;
  label: string;
}

/** Stacked bars of the budget per year, one colour per group (pillar or funding source). */
export function budgetOption(
  table: BudgetTable,
  groups: BudgetGroup[],
  language: Language,
  description: string,
): EChartsCoreOption {
  const money = (value: unknown) => formatRupiahShort(Number(value), language);
  return {
    // ECharts would otherwise replace the chart's label with a generated English list of raw data.
    aria: { enabled: true, label: { description } },
    legend: { type: 'scroll', top: 0, left: 0, right: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: money },
    grid: { top: 48, bottom: 28, left: 88, right: 12 },
    xAxis: { type: 'category', data: table.years.map((row) => String(row.year)) },
    yAxis: { type: 'value', axisLabel: { formatter: money } },
    series: groups.map((group) => ({
      type: 'bar',
      stack: 'budget',
      name: group.label,
      emphasis: { focus: 'series' },
      data: table.years.map((row) => Number(row.cells[group.key] ?? 0)),
    })),
  };
}
