import { Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MATURITY_MAX } from '../../../shared/domain.ts';
import { Chart } from '../../components/chart.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { ReadinessSummary } from './api.ts';
import { readinessRadarOption } from './radar-option.ts';
import { useReadinessLabels } from './use-labels.ts';

/** The summary as a radar: one axis per pillar, one polygon per aspect. */
export function ReadinessRadar({ summary }: { summary: ReadinessSummary }) {
  const { t, i18n } = useTranslation();
  const labels = useReadinessLabels();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const narrow = useMediaQuery('(max-width: 30em)');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the language only
  const option = useMemo(
    () =>
      readinessRadarOption(
        summary.pillars.map((pillar) => ({ name: labels.pillarName(pillar), scores: pillar.scores })),
        summary.aspects.map((aspect) => ({ aspect, name: labels.aspectName(aspect) })),
        narrow,
      ),
    [summary, language, narrow],
  );

  if (summary.overallAverage === null) return <Text c="dimmed">{t('readiness.radar.empty')}</Text>;
  return (
    <>
      <Text size="sm">
        {t('readiness.radar.overall', {
          value: formatNumber(summary.overallAverage, language, 2),
          max: MATURITY_MAX,
        })}
      </Text>
      <Chart option={option} height={360} label={t('readiness.radar.label')} />
    </>
  );
}
