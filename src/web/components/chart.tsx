import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart.tsx';

const EChart = lazy(() => import('./echart.tsx'));

export type { EChartProps as ChartProps };

/**
 * A chart (ECharts, SVG). The library loads with the first chart shown, so the sign-in page and the
 * regions list never download it. Build the `option` with useMemo: a new object redraws the chart.
 */
export function Chart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton height={props.height} />}>
      <EChart {...props} />
    </Suspense>
  );
}
