import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../workbench/api.ts';
import type { ReadinessScore } from './api.ts';
import { isGap, type MatrixCell, scoreColor } from './matrix.ts';
import { ScoreSelect } from './score-select.tsx';
import { useReadinessLabels } from './use-labels.ts';

export type Cell = MatrixCell<Pillar, ReadinessScore>;

interface ReadinessCellProps {
  cell: Cell;
  planId: string;
  editable: boolean;
  onOpen: (cell: Cell) => void;
  /** On a phone the cell names its aspect itself; in the table the column heading does. */
  withAspectName?: boolean;
}

/**
 * One pillar × aspect cell: its score coloured from red (none) to teal (fully integrated), a gap
 * flagged in words as well as colour, and the way to its SWOT notes and evidence.
 */
export function ReadinessCell({ cell, planId, editable, onOpen, withAspectName }: ReadinessCellProps) {
  const { t } = useTranslation();
  const labels = useReadinessLabels();
  const score = cell.record?.score ?? null;
  const color = scoreColor(score);
  const pillarName = labels.pillarName(cell.pillar);
  const aspectName = labels.aspectName(cell.aspect);

  return (
    <Paper
      withBorder
      p="xs"
      bg={`${color}.0`}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
      data-testid={`cell-${cell.pillar.key}-${cell.aspect}`}
    >
      <Stack gap={6}>
        {withAspectName && (
          <Text fw={600} size="sm">
            {aspectName}
          </Text>
        )}
        {editable ? (
          <ScoreSelect
            place={{ planId, pillarId: cell.pillar.id, aspect: cell.aspect }}
            stored={cell.record}
            pillarName={pillarName}
            aspectName={aspectName}
          />
        ) : (
          <Text fw={700}>{score === null ? '–' : labels.scoreText(score)}</Text>
        )}
        <Group gap={6} justify="space-between" wrap="wrap">
          {isGap(score) && (
            <Badge color="red" variant="filled" size="sm">
              {t('readiness.cell.gap')}
            </Badge>
          )}
          {score === null && (
            <Badge color="gray" variant="light" size="sm">
              {t('readiness.cell.notScored')}
            </Badge>
          )}
          {(editable || cell.record) && (
            <Button
              variant="subtle"
              size="compact-xs"
              ml="auto"
              onClick={() => onOpen(cell)}
              aria-label={t('readiness.cell.detailsLabel', { aspect: aspectName, pillar: pillarName })}
            >
              {t('readiness.cell.details')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
