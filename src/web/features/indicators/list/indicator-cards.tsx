import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanIndicator } from '../api.ts';
import { GradeBadge, ProgressBadge } from '../badges.tsx';
import type { IndicatorNames } from '../use-names.ts';
import { BaselineValue, LatestValue, TargetValue } from './row-values.tsx';

/** One pillar's indicators on a phone: a card each, every value labelled, nothing wider than the screen. */
export function IndicatorCards({
  planId,
  caption,
  indicators,
  names,
}: {
  planId: string;
  caption: string;
  indicators: PlanIndicator[];
  names: IndicatorNames;
}) {
  const { t } = useTranslation();
  const { language } = names;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={caption} style={{ listStyle: 'none' }}>
      {indicators.map((indicator) => (
        <Card key={indicator.id} component="li" withBorder padding="sm">
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {indicator.catalog.code} · {indicator.catalog.unit}
          </Text>
          <Anchor
            component={Link}
            to={`/plans/${planId}/indicators/${indicator.id}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {names.name(indicator.catalog)}
          </Anchor>
          <Group gap="xs" mt={4}>
            <ProgressBadge progress={indicator.progress} />
            <GradeBadge quality={indicator.quality} />
          </Group>
          <SimpleGrid cols={3} spacing="xs" mt="xs">
            <Labelled label={t('indicators.list.columns.baseline')}>
              <BaselineValue indicator={indicator} language={language} />
            </Labelled>
            <Labelled label={t('indicators.list.columns.target')}>
              <TargetValue indicator={indicator} language={language} />
            </Labelled>
            <Labelled label={t('indicators.list.columns.latest')}>
              <LatestValue indicator={indicator} language={language} />
            </Labelled>
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </div>
  );
}
