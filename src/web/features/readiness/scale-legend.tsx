import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MATURITY_SCORES, scoreColor } from './matrix.ts';
import { useReadinessLabels } from './use-labels.ts';

/** The maturity levels with the colours the matrix paints them in. */
export function ScaleLegend() {
  const { t } = useTranslation();
  const labels = useReadinessLabels();
  return (
    <Group gap="xs" wrap="wrap" component="figure" m={0} aria-label={t('readiness.scale.label')}>
      <Text size="sm" fw={600} component="figcaption">
        {t('readiness.scale.label')}:
      </Text>
      {MATURITY_SCORES.map((score) => (
        <Badge key={score} color={scoreColor(score)} variant="light" tt="none">
          {labels.scoreText(score)}
        </Badge>
      ))}
    </Group>
  );
}
