import type { RadarSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { MATURITY_MAX, MATURITY_MIN, type ReadinessAspect } from '../../../shared/domain.ts';

export type RadarOption = ComposeOption<
  RadarSeriesOption | RadarComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface RadarPillar {
  name: string;
  scores: Record<ReadinessAspect, number | null>;
}

/** The aspects' colours, the same in the legend and on the matrix's headings. */
export const ASPECT_COLORS: Record<ReadinessAspect, string> = {
  struktur: '#1c7ed6',
  infrastruktur: '#f76707',
  suprastruktur: '#7048e8',
};

/**
 * One axis per pillar, one polygon per aspect: a dent shows at a glance which pillar lags on which
 * aspect. A cell not scored yet sits at the centre (0), below the scale's lowest level.
 */
export function readinessRadarOption(
  pillars: RadarPillar[],
  aspects: { aspect: ReadinessAspect; name: string }[],
  /** A phone's width: a smaller web leaves the pillar names room beside it. */
  narrow = false,
): RadarOption {
  return {
    legend: { top: 0, left: 'center' },
    tooltip: { trigger: 'item' },
    radar: {
      center: ['50%', '56%'],
      radius: narrow ? '46%' : '62%',
      splitNumber: MATURITY_MAX - MATURITY_MIN + 1,
      indicator: pillars.map((pillar) => ({ name: pillar.name, min: 0, max: MATURITY_MAX })),
      // Long pillar names break onto two lines instead of running off a phone's screen.
      axisName: { color: '#343a40', fontSize: narrow ? 11 : 12, width: narrow ? 64 : 90, overflow: 'break' },
    },
    series: [
      {
        type: 'radar',
        data: aspects.map(({ aspect, name }) => ({
          name,
          value: pillars.map((pillar) => pillar.scores[aspect] ?? 0),
          itemStyle: { color: ASPECT_COLORS[aspect] },
          lineStyle: { color: ASPECT_COLORS[aspect], width: 2 },
          areaStyle: { color: ASPECT_COLORS[aspect], opacity: 0.08 },
        })),
      },
    ],
  };
}
