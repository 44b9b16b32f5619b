import { Alert, Anchor, Card, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AvailabilityMatrix } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';

/**
 * Per OPD, the indicators it produces for the plan but does not (fully) collect yet: each OPD's to-do
 * list to take home from the workshop. OPDs with something to start come first.
 */
export function CollectionDuties({
  planId,
  matrix,
  names,
}: {
  planId: string;
  matrix: AvailabilityMatrix;
  names: IndicatorNames;
}) {
  const { t } = useTranslation();
  const owing = matrix.opds.filter((o) => o.mustStartCollecting.length > 0);
  return (
    <Stack gap="sm">
      {matrix.withoutProducer.length > 0 && (
        <Alert
          color="yellow"
          title={t('indicators.duties.withoutProducer', { count: matrix.withoutProducer.length })}
        >
          <List size="sm">
            {matrix.withoutProducer.map((i) => (
              <List.Item key={i.planIndicatorId}>
                <Anchor component={Link} to={`/plans/${planId}/indicators/${i.planIndicatorId}`} size="sm">
                  {i.code} · {names.name(i)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {owing.length === 0 ? (
        <Text size="sm" c="teal.8">
          {t('indicators.duties.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {owing.map((opd) => (
            <Card
              key={opd.id}
              withBorder
              padding="sm"
              aria-label={`${opd.name} (${opd.code})`}
              component="section"
            >
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {opd.name} ({opd.code})
              </Text>
              <Text size="xs" c="dimmed">
                {t('indicators.duties.counts', {
                  produced: opd.produced,
                  partial: opd.partial,
                  notAvailable: opd.notAvailable,
                })}
              </Text>
              <Text size="sm" mt="xs">
                {t('indicators.duties.mustStart', { count: opd.mustStartCollecting.length })}
              </Text>
              <List size="sm" spacing={4}>
                {opd.mustStartCollecting.map((i) => (
                  <List.Item key={i.planIndicatorId}>
                    <Anchor
                      component={Link}
                      to={`/plans/${planId}/indicators/${i.planIndicatorId}`}
                      size="sm"
                    >
                      {i.code} · {names.name(i)}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      ({t(`indicators.gap.${i.status}`)} ·{' '}
                      {t(`indicators.frequency.${i.frequency}`).toLocaleLowerCase(names.language)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
