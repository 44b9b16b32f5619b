import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { ReadinessCell } from './readiness-cell.tsx';
import type { MatrixViewProps } from './readiness-table.tsx';
import { useReadinessLabels } from './use-labels.ts';

/** The matrix on a phone: one card per pillar, its three aspects stacked. */
export function ReadinessCards({ rows, planId, editable, onOpen, labelledBy }: MatrixViewProps) {
  const { t, i18n } = useTranslation();
  const labels = useReadinessLabels();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';

  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={labelledBy}>
      {rows.map((row) => (
        <Paper component="li" key={row.pillar.id} withBorder p="sm" style={{ listStyle: 'none' }}>
          <Group justify="space-between" align="baseline" mb="xs" wrap="nowrap">
            <Title order={3} size="h5">
              {labels.pillarName(row.pillar)}
            </Title>
            <Text size="sm" c="dimmed">
              {t('readiness.matrix.average')}:{' '}
              <Text span fw={700} c="dark">
                {row.average === null ? '–' : formatNumber(row.average, language, 1)}
              </Text>
            </Text>
          </Group>
          <Stack gap="xs">
            {row.cells.map((cell) => (
              <ReadinessCell
                key={cell.aspect}
                cell={cell}
                planId={planId}
                editable={editable}
                onOpen={onOpen}
                withAspectName
              />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
