import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ProgressSeries } from './progress-series.ts';

export type ProgressOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export const CHART_COLORS = { target: '#1c7ed6', verified: '#2f9e44', baseline: '#868e96' };

export interface ProgressWords {
  target: string;
  verified: string;
  baseline: string;
  /** A value as the reader writes numbers. */
  value: (n: number) => string;
}

/**
 * Targets as a line over the years, verified values as bars labelled with their figure (the labels are
 * SVG text a reader, and a browser test, can read), the baseline as the line's first point when it
 * lies before the period.
 */
export function progressOption(series: ProgressSeries, words: ProgressWords): ProgressOption {
  const before =
    series.baseline && series.baseline.year < (series.years[0]?.year ?? 0) ? series.baseline : null;
  const years = [...(before ? [before.year] : []), ...series.years.map((y) => y.year)];
  const pad = before ? [null] : [];
  const baselineAt = (year: number) => (series.baseline?.year === year ? series.baseline.value : null);
  return {
    legend: { top: 0, left: 'center' },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? words.value(v) : '—') },
    grid: { top: 36, left: 8, right: 8, bottom: 8 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => words.value(v) } },
    series: [
      {
        name: words.target,
        type: 'line',
        connectNulls: true,
        data: [...pad, ...series.years.map((y) => y.target)],
        itemStyle: { color: CHART_COLORS.target },
      },
      {
        name: words.verified,
        type: 'bar',
        barMaxWidth: 28,
        data: [...pad, ...series.years.map((y) => y.verified)],
        itemStyle: { color: CHART_COLORS.verified },
        label: {
          show: true,
          position: 'top',
          formatter: ({ value }) => (typeof value === 'number' ? words.value(value) : ''),
        },
      },
      {
        name: words.baseline,
        type: 'line',
        symbolSize: 10,
        lineStyle: { opacity: 0 },
        data: years.map((year) => baselineAt(year)),
        itemStyle: { color: CHART_COLORS.baseline },
        label: {
          show: true,
          position: 'left',
          formatter: ({ value }) => (typeof value === 'number' ? words.value(value) : ''),
        },
      },
    ],
  };
}
