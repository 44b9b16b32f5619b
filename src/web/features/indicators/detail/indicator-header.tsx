import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import type { PlanIndicator } from '../api.ts';
import { GradeBadge, ProgressBadge } from '../badges.tsx';
import type { IndicatorNames } from '../use-names.ts';

/** The indicator's code and name, where it sits, how it stands, and the way back to the list. */
export function IndicatorHeader({
  indicator,
  names,
  actions,
}: {
  indicator: PlanIndicator;
  names: IndicatorNames;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const { catalog } = indicator;
  return (
    <Stack gap={4}>
      <Anchor
        component={Link}
        to={`/plans/${indicator.planId}/indicators?pillar=${indicator.pillarId}`}
        size="sm"
      >
        ← {t('indicators.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
            {catalog.code} · {names.name(catalog)}
          </Title>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {names.pillarName(indicator.pillarId)}
            {indicator.elementId && ` · ${names.elementName(indicator.elementId)}`} ·{' '}
            {t(`indicators.theme.${catalog.theme}`)} · {t(`indicators.source.${catalog.source}`)}
            {catalog.reference && ` ${catalog.reference}`}
          </Text>
          <Text size="sm">
            {t('indicators.detail.unit', { unit: catalog.unit })} ·{' '}
            {t(`indicators.direction.${catalog.direction}`)}
          </Text>
          <Group gap="xs">
            <ProgressBadge progress={indicator.progress} />
            <GradeBadge quality={indicator.quality} />
            {indicator.progress.achievement !== null && (
              <Badge variant="outline" tt="none" color="gray">
                {t('indicators.progress.achievement', {
                  value: formatNumber(indicator.progress.achievement, names.language, 1),
                  year: indicator.progress.year,
                })}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs">{actions}</Group>
      </Group>
    </Stack>
  );
}
