import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart.tsx';
import type { Measurement, PlanIndicator } from '../api.ts';
import { formatValue } from '../values.ts';
import { progressOption } from './progress-option.ts';
import { hasAnything, progressSeries } from './progress-series.ts';

/** Targets per year against the values a second person verified, from the baseline on. */
export function ProgressChart({
  indicator,
  measurements,
  period,
}: {
  indicator: PlanIndicator;
  measurements: Measurement[];
  period: { start: number; end: number };
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const series = useMemo(
    () => progressSeries(indicator, measurements, period),
    [indicator, measurements, period],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the words change with the language only
  const option = useMemo(
    () =>
      progressOption(series, {
        target: t('indicators.chart.target'),
        verified: t('indicators.chart.verified'),
        baseline: t('indicators.chart.baseline'),
        value: (n) => formatValue(n, language),
      }),
    [series, language],
  );
  if (!hasAnything(series))
    return (
      <Text c="dimmed" size="sm">
        {t('indicators.chart.empty')}
      </Text>
    );
  return (
    <Chart
      option={option}
      height={300}
      label={t('indicators.chart.label', { unit: indicator.catalog.unit })}
    />
  );
}
