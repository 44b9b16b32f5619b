import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { READINESS_GAP_MAX_SCORE } from '../../../shared/domain.ts';
import type { ReadinessSummary } from './api.ts';
import { useReadinessLabels } from './use-labels.ts';

/** The cells the plan has to close, by pillar, as the server lists them for the master plan document. */
export function GapList({ summary }: { summary: ReadinessSummary }) {
  const { t } = useTranslation();
  const labels = useReadinessLabels();
  if (summary.pillars.length === 0) return null;
  if (summary.gaps.length === 0)
    return <Text c="teal.8">{t('readiness.gaps.none', { max: READINESS_GAP_MAX_SCORE })}</Text>;

  const byPillar = summary.pillars
    .map((pillar) => ({ pillar, gaps: summary.gaps.filter((gap) => gap.pillarId === pillar.pillarId) }))
    .filter((entry) => entry.gaps.length > 0);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('readiness.gaps.intro', { count: summary.gaps.length, max: READINESS_GAP_MAX_SCORE })}
      </Text>
      <Stack component="ul" gap={6} p={0} m={0}>
        {byPillar.map(({ pillar, gaps }) => (
          <li key={pillar.pillarId} style={{ listStyle: 'none' }}>
            <Text size="sm">
              <b>{labels.pillarName(pillar)}</b>:{' '}
              {gaps
                .map((gap) =>
                  gap.score === null
                    ? t('readiness.gaps.notScored', { aspect: labels.aspectName(gap.aspect) })
                    : t('readiness.gaps.lowScore', {
                        aspect: labels.aspectName(gap.aspect),
                        score: gap.score,
                      }),
                )
                .join(', ')}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
