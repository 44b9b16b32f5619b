import { existsSync } from 'node:fs';
import { type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TitleComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Charts for the documents, drawn on the server without a browser (decision 010): ECharts renders the
 * option to SVG (server-side rendering), resvg turns the SVG into a PNG that Word and LibreOffice both
 * show. The same ECharts the web app draws its charts with, so the document looks like the screens.
 */
use([RadarChart, BarChart, RadarComponent, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export interface ChartImage {
  png: Buffer;
  /** The size to show it at in the document, in pixels at 96 dpi. */
  width: number;
  height: number;
}

const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
/** Drawn at twice the size shown, so that it stays sharp in print. */
const SCALE = 2;
export const PALETTE = [
  '#1c7ed6',
  '#f08c00',
  '#2f9e44',
  '#ae3ec9',
  '#e03131',
  '#0ca678',
  '#5c940d',
  '#868e96',
];

/** Loading only the fonts the charts use is much faster than scanning every font of the system. */
const DEJAVU = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];
let fontOptions: ResvgRenderOptions['font'] | undefined;
function fonts(): ResvgRenderOptions['font'] {
  fontOptions ??= DEJAVU.every((file) => existsSync(file))
    ? {
        loadSystemFonts: false,
        fontFiles: DEJAVU,
        defaultFontFamily: 'DejaVu Sans',
        sansSerifFamily: 'DejaVu Sans',
      }
    : { loadSystemFonts: true };
  return fontOptions;
}

/** Render an ECharts option to a PNG of the given display size. */
export async function renderChart(
  option: EChartsCoreOption,
  width: number,
  height: number,
): Promise<ChartImage> {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY }, color: PALETTE, ...option });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width * SCALE },
    background: 'white',
    font: fonts(),
    logLevel: 'off',
  });
  return { png: image.asPng(), width, height };
}

/** Readiness per pillar on a 1–5 radar, one line per aspect. */
export function radarOption(
  pillars: string[],
  series: { name: string; values: (number | null)[] }[],
  max: number,
): EChartsCoreOption {
  return {
    legend: { bottom: 0, itemGap: 24, data: series.map((s) => s.name) },
    radar: {
      indicator: pillars.map((name) => ({ name, max, min: 0 })),
      radius: '62%',
      center: ['50%', '50%'],
      splitNumber: max,
      axisName: { color: '#333', fontSize: 12 },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 5,
        data: series.map((s) => ({ name: s.name, value: s.values.map((v) => v ?? 0) })),
      },
    ],
  };
}

/** Bars of programmes (left axis) and budget (right axis) per pillar. */
export function pillarBarsOption(
  pillars: string[],
  programs: { name: string; values: number[] },
  budget: { name: string; values: number[] },
): EChartsCoreOption {
  return {
    legend: { bottom: 0, itemGap: 24 },
    grid: { left: 80, right: 60, top: 30, bottom: 90 },
    xAxis: { type: 'category', data: pillars, axisLabel: { interval: 0, rotate: 20, fontSize: 11 } },
    yAxis: [
      { type: 'value', name: programs.name, nameTextStyle: { align: 'left' }, minInterval: 1 },
      { type: 'value', name: budget.name, nameTextStyle: { align: 'right' }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: programs.name, data: programs.values, yAxisIndex: 0 },
      { type: 'bar', name: budget.name, data: budget.values, yAxisIndex: 1 },
    ],
  };
}

/** Budget per year as bars stacked by funding source. */
export function stackedYearsOption(
  years: string[],
  sources: { name: string; values: number[] }[],
  axisName: string,
): EChartsCoreOption {
  return {
    legend: { bottom: 0, itemGap: 24 },
    grid: { left: 60, right: 20, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: axisName },
    series: sources.map((s) => ({ type: 'bar', stack: 'budget', name: s.name, data: s.values })),
  };
}
