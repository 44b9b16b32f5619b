import type { BarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type HomeChartOption = ComposeOption<
  AriaComponentOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface Bar {
  label: string;
  value: number;
}

/** How an amount is written: short on axes and bars ("Rp 20,6 M"), in full in the tooltip. */
export interface AmountFormats {
  short: (amount: number) => string;
  full: (amount: number) => string;
}

/**
 * Category names (pillars, funding sources) written just above their bars, inside the grid, instead of in
 * a column on the left: the bars keep the chart's whole width, which on a 360 px phone is most of it.
 */
const categoryAboveBar = (gap: number) => ({
  inside: true,
  verticalAlign: 'bottom' as const,
  // Lifts the name from the category's middle to just above the bar(s) drawn there.
  padding: [0, 0, gap, 0],
  fontSize: 12,
});
/** Axis labels are kept inside the chart (ECharts 6 lets them spill below the grid otherwise). */
const GRID_CONTAINS_LABELS = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
/** A tooltip or label value as a number (ECharts may hand over an array for multi-dimensional data). */
const amountOf = (value: unknown) => Number(Array.isArray(value) ? value[0] : value);

/**
 * One horizontal bar per category, in the given order from the top, its name above it and its amount at
 * its end (so the value axis carries no labels). Horizontal: long names read left to right even at 360 px.
 */
export function amountBarsOption(bars: Bar[], seriesName: string, formats: AmountFormats): HomeChartOption {
  return {
    // Room on the right for the amount written after the longest bar.
    grid: { left: 8, right: 72, top: 20, bottom: 4, ...GRID_CONTAINS_LABELS },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => formats.full(amountOf(value)),
    },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.label),
      axisTick: { show: false },
      axisLabel: categoryAboveBar(14),
    },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: bars.map((bar) => bar.value),
        barMaxWidth: 14,
        label: { show: true, position: 'right', formatter: ({ value }) => formats.short(amountOf(value)) },
      },
    ],
  };
}

export interface CountSeries {
  name: string;
  values: number[];
}

/** Counts per category (programmes and quick wins per pillar), the series side by side with a legend. */
export function countBarsOption(labels: string[], series: CountSeries[]): HomeChartOption {
  return {
    grid: { left: 8, right: 32, top: 48, bottom: 4, ...GRID_CONTAINS_LABELS },
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitNumber: 3, axisLabel: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      // Two bars share the category's middle: the name sits above both.
      axisLabel: categoryAboveBar(18),
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      barMaxWidth: 10,
      barGap: '10%',
      label: { show: true, position: 'right' },
    })),
  };
}

/** Budget per year along the plan's period: vertical bars, amounts on the axis and in the tooltip. */
export function yearBarsOption(bars: Bar[], seriesName: string, formats: AmountFormats): HomeChartOption {
  return {
    grid: { left: 8, right: 8, top: 16, bottom: 4, ...GRID_CONTAINS_LABELS },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => formats.full(amountOf(value)),
    },
    xAxis: { type: 'category', data: bars.map((bar) => bar.label), axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      splitNumber: 3,
      axisLabel: { formatter: (value: number) => formats.short(value) },
    },
    series: [{ type: 'bar', name: seriesName, data: bars.map((bar) => bar.value) }],
  };
}

/**
 * What a screen reader hears for the chart, in the reader's language: its title, then one part per
 * category ("Anggaran per pilar: Smart Governance Rp 20,6 M; …"). Without it ECharts writes its own
 * description, in English, over the chart's label.
 */
export function describedAs(option: HomeChartOption, title: string, parts: string[]) {
  const description = `${title}: ${parts.join('; ')}`;
  return { ...option, aria: { enabled: true, label: { description } } } satisfies HomeChartOption;
}
