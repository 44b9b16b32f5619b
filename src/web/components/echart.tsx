import { BarChart, CustomChart, LineChart, PieChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the screens draw is bundled; SVG keeps charts sharp on a projector and in screenshots, and
// its labels are real text that the browser tests can read.
use([
  BarChart,
  CustomChart,
  LineChart,
  PieChart,
  RadarChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * What every chart shares unless its option says otherwise: no animation (a projector and a screenshot
 * see the final state), the screen's own words as the accessible description (ECharts would otherwise
 * write an English one over the label), and axis labels kept inside the chart (ECharts 6 lets them spill).
 */
function withDefaults(option: EChartsCoreOption, label: string): EChartsCoreOption {
  const grid = option.grid;
  const insideGrid = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' };
  return {
    animation: false,
    aria: { enabled: true, label: { description: label } },
    ...option,
    ...(grid && !Array.isArray(grid) && typeof grid === 'object' ? { grid: { ...insideGrid, ...grid } } : {}),
  };
}

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers. */
  label: string;
}

/** One ECharts instance in a div that follows its container's width. Loaded on demand by chart.tsx. */
export default function EChart({ option, height, label }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a filtered series must disappear, not linger from the option before.
    chart.current?.setOption(withDefaults(option, label), { notMerge: true });
  }, [option, label]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
