import type { EChartsCoreOption } from 'echarts';
import type { Language } from '../../i18n/i18n.ts';
import { formatRupiah } from '../../lib/format.ts';
import type { Pillar } from '../workbench/api.ts';
import type { Program } from './api.ts';
import { escapeHtml } from './escape-html.ts';
import { plain, renderBar } from './gantt-bar.ts';
import type { PillarGroup } from './group-by-pillar.ts';
import { nameIn } from './names.ts';
import { yearSpan } from './plan-years.ts';

export const ROW_HEIGHT = 26;
/** Beyond this many rows the chart stops growing and scrolls instead, so it still fits a screen. */
export const MAX_VISIBLE_ROWS = 28;
const TOP = 56;
const BOTTOM = 12;
const COLORS = { program: '#4c6ef5', quickWin: '#f76707' } as const;

export interface GanttLabels {
  programs: string;
  quickWins: string;
  opd: string;
  years: string;
  budget: string;
}

type Row =
  | { kind: 'pillar'; key: string; label: string }
  | { kind: 'program'; key: string; program: Program };

/** Rows top to bottom: each pillar's name, then its programmes. Empty pillars are left out. */
function rowsOf(groups: PillarGroup<Pillar, Program>[], language: Language): Row[] {
  return groups
    .filter((group) => group.programs.length > 0)
    .flatMap(({ pillar, programs }) => [
      { kind: 'pillar' as const, key: `pillar:${pillar.id}`, label: nameIn(pillar, language) },
      ...programs.map((program) => ({ kind: 'program' as const, key: program.id, program })),
    ]);
}

/**
 * The ECharts option of the roadmap's Gantt chart: one row per programme grouped under its pillar's name,
 * a bar over its years, quick wins in their own colour (their own legend entry), and the chart's height,
 * which grows with the rows up to MAX_VISIBLE_ROWS and then scrolls (dataZoom on the row axis).
 */
export function ganttOption(
  groups: PillarGroup<Pillar, Program>[],
  years: number[],
  language: Language,
  labels: GanttLabels,
  labelWidth: number,
  description: string,
) {
  const rows = rowsOf(groups, language);
  const scrolls = rows.length > MAX_VISIBLE_ROWS;
  const height = TOP + BOTTOM + Math.min(Math.max(rows.length, 1), MAX_VISIBLE_ROWS) * ROW_HEIGHT;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const firstYear = years[0] ?? 0;

  const seriesOf = (quickWin: boolean) => {
    const programs: Program[] = [];
    const data: number[][] = [];
    rows.forEach((row, index) => {
      if (row.kind !== 'program' || row.program.isQuickWin !== quickWin) return;
      programs.push(row.program);
      data.push([index, row.program.startYear - firstYear, row.program.endYear - firstYear]);
    });
    return { programs, data };
  };
  const normal = seriesOf(false);
  const quick = seriesOf(true);
  const programsOfSeries = [normal.programs, quick.programs];

  const tooltip = (params: unknown) => {
    const item = (Array.isArray(params) ? params[0] : params) as { seriesIndex?: number; dataIndex?: number };
    const program = programsOfSeries[item.seriesIndex ?? -1]?.[item.dataIndex ?? -1];
    if (!program) return '';
    const line = (label: string, value: string) => `${escapeHtml(label)}: ${escapeHtml(value)}`;
    return [
      `<strong>${escapeHtml(program.code)}</strong> ${escapeHtml(program.title)}`,
      line(labels.opd, program.leadOpdName),
      line(labels.years, yearSpan(program.startYear, program.endYear)),
      line(labels.budget, formatRupiah(program.budgetTotal, language)),
      ...(program.isQuickWin ? [escapeHtml(labels.quickWins)] : []),
    ].join('<br/>');
  };

  const series = (name: string, color: string, data: number[][]) => ({
    type: 'custom',
    name,
    renderItem: renderBar,
    itemStyle: { color },
    encode: { x: [1, 2], y: 0 },
    data,
    clip: true,
  });

  const option: EChartsCoreOption = {
    // ECharts would otherwise replace the chart's label with a generated English list of raw data.
    aria: { enabled: true, label: { description } },
    legend: { top: 0, left: 0, data: [labels.programs, labels.quickWins] },
    tooltip: { trigger: 'item', confine: true, formatter: tooltip },
    grid: {
      top: TOP,
      bottom: BOTTOM,
      left: labelWidth + 12,
      right: scrolls ? 40 : 16,
      // The row labels are truncated to labelWidth; ECharts' own estimate of them (from untruncated
      // samples) would otherwise squeeze the bars into half the width.
      outerBoundsMode: 'none',
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: years.map(String),
      splitLine: { show: true, lineStyle: { color: '#e9ecef' } },
      axisTick: { alignWithLabel: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.key),
      axisTick: { show: false },
      axisLabel: {
        width: labelWidth,
        overflow: 'truncate',
        interval: 0,
        formatter: (key: string) => {
          const row = byKey.get(key);
          if (!row) return '';
          if (row.kind === 'pillar') return `{pillar|${plain(row.label)}}`;
          return plain(labelWidth > 120 ? `${row.program.code} ${row.program.title}` : row.program.code);
        },
        rich: { pillar: { fontWeight: 'bold', color: '#212529' } },
      },
    },
    dataZoom: scrolls
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            right: 8,
            width: 16,
            startValue: 0,
            endValue: MAX_VISIBLE_ROWS - 1,
            // The window keeps its size: the slider works as a scroll bar, not a zoom.
            zoomLock: true,
            showDetail: false,
            brushSelect: false,
            filterMode: 'weakFilter',
          },
          {
            type: 'inside',
            yAxisIndex: 0,
            zoomOnMouseWheel: false,
            // Plain wheel scrolls the page; Shift + wheel scrolls the rows.
            moveOnMouseWheel: 'shift',
            moveOnMouseMove: false,
            filterMode: 'weakFilter',
          },
        ]
      : [],
    series: [
      series(labels.programs, COLORS.program, normal.data),
      series(labels.quickWins, COLORS.quickWin, quick.data),
    ],
  };
  return { option, height, rowCount: rows.length, scrolls };
}
