import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { PROGRESS_CLASSES, type ProgressClass } from '../../../../shared/indicator-progress.ts';
import type { ProgressSummary } from '../api.ts';

export type SummaryOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The classes' colours, the same on the badges, the tiles and both charts. */
export const PROGRESS_COLORS: Record<ProgressClass, string> = {
  on_track: '#2f9e44',
  at_risk: '#f08c00',
  off_track: '#e03131',
  no_target: '#748ffc',
  no_data: '#adb5bd',
};

interface Row {
  name: string;
  counts: Partial<Record<ProgressClass, number>>;
}

const stacked = (rows: Row[], classes: readonly ProgressClass[], className: (c: ProgressClass) => string) =>
  classes.map<BarSeriesOption>((c) => ({
    name: className(c),
    type: 'bar',
    stack: 'classes',
    barMaxWidth: 36,
    itemStyle: { color: PROGRESS_COLORS[c] },
    // A count written in its segment; an empty segment shows nothing rather than a 0.
    label: { show: true, formatter: ({ value }) => (value ? String(value) : '') },
    data: rows.map((row) => row.counts[c] ?? 0),
  }));

/**
 * One bar per pillar (the plan first), split by how its indicators stand: which pillar lags shows at a
 * glance. Horizontal, so long pillar names stay readable on a phone.
 */
export function pillarOption(
  summary: ProgressSummary,
  words: {
    plan: string;
    pillarName: (p: ProgressSummary['pillars'][number]) => string;
    className: (c: ProgressClass) => string;
  },
): SummaryOption {
  const rows: Row[] = [
    { name: words.plan, counts: summary.counts },
    ...summary.pillars.map((p) => ({ name: words.pillarName(p), counts: p.counts })),
  ];
  return {
    legend: { top: 0, left: 'center' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { top: 56, left: 8, right: 16, bottom: 8 },
    // The plan's own bar on top, pillars under it in the plan's order.
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      inverse: true,
      axisLabel: { width: 120, overflow: 'break' },
    },
    xAxis: { type: 'value', minInterval: 1 },
    series: stacked(rows, PROGRESS_CLASSES, words.className),
  };
}

/** Per year of the plan: how that year's measured values stood against that year's targets. */
export function yearOption(
  summary: ProgressSummary,
  words: { className: (c: ProgressClass) => string },
): SummaryOption {
  const rows: Row[] = summary.years.map((y) => ({
    name: String(y.year),
    counts: { ...y.counts, no_target: y.noTarget },
  }));
  return {
    legend: { top: 0, left: 'center' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { top: 56, left: 8, right: 8, bottom: 8 },
    xAxis: { type: 'category', data: rows.map((r) => r.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: stacked(rows, ['on_track', 'at_risk', 'off_track', 'no_target'], words.className),
  };
}
