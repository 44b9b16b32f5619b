import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import type { ReadinessScore } from './api.ts';
import type { NoteField } from './cell-values.ts';
import { isGap, scoreColor } from './matrix.ts';
import { useReadinessLabels } from './use-labels.ts';

const SWOT: NoteField[] = ['strengths', 'weaknesses', 'opportunities', 'threats'];

/** A stored cell as text, for those who may read the plan but not change it. */
export function CellView({ record }: { record: ReadinessScore }) {
  const { t, i18n } = useTranslation();
  const labels = useReadinessLabels();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const note = (field: NoteField) => (
    <div key={field}>
      <Text size="sm" fw={600}>
        {t(`readiness.form.${field}`)}
      </Text>
      <Text size="sm" c={record[field] ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {record[field] || t('readiness.form.empty')}
      </Text>
    </div>
  );

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('readiness.form.score')}:
        </Text>
        <Badge color={scoreColor(record.score)} size="lg" variant="light">
          {labels.scoreText(record.score)}
        </Badge>
        {isGap(record.score) && (
          <Badge color="red" variant="filled">
            {t('readiness.cell.gap')}
          </Badge>
        )}
      </Group>
      <Text fw={700}>{t('readiness.form.swot')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {SWOT.map(note)}
      </SimpleGrid>
      {note('evidence')}
      {record.assessedOn && (
        <Text size="sm" c="dimmed">
          {t('readiness.form.assessedOn')}: {formatDate(record.assessedOn, language)}
        </Text>
      )}
    </Stack>
  );
}
