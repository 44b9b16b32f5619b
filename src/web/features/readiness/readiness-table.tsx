import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { READINESS_ASPECTS } from '../../../shared/domain.ts';
import { formatNumber } from '../../lib/format.ts';
import type { Pillar } from '../workbench/api.ts';
import type { ReadinessScore } from './api.ts';
import type { MatrixRow } from './matrix.ts';
import { type Cell, ReadinessCell } from './readiness-cell.tsx';
import { useReadinessLabels } from './use-labels.ts';

export interface MatrixViewProps {
  rows: MatrixRow<Pillar, ReadinessScore>[];
  planId: string;
  editable: boolean;
  onOpen: (cell: Cell) => void;
  /** The id of the heading that names the matrix. */
  labelledBy: string;
}

/** The matrix as a table, pillars down and aspects across, each aspect explained in its heading. */
export function ReadinessTable({ rows, planId, editable, onOpen, labelledBy }: MatrixViewProps) {
  const { t, i18n } = useTranslation();
  const labels = useReadinessLabels();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-labelledby={labelledBy} layout="fixed" verticalSpacing="xs" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('readiness.matrix.pillar')}</Table.Th>
            {READINESS_ASPECTS.map((aspect) => (
              <Table.Th key={aspect}>
                <Text fw={700} size="sm">
                  {labels.aspectName(aspect)}
                </Text>
                <Text size="xs" c="dimmed" fw={400}>
                  {t(`readiness.aspects.${aspect}.explain`)}
                </Text>
              </Table.Th>
            ))}
            <Table.Th w={96} ta="right">
              {t('readiness.matrix.average')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.pillar.id}>
              <Table.Th scope="row">{labels.pillarName(row.pillar)}</Table.Th>
              {row.cells.map((cell) => (
                <Table.Td key={cell.aspect}>
                  <ReadinessCell cell={cell} planId={planId} editable={editable} onOpen={onOpen} />
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {row.average === null ? '–' : formatNumber(row.average, language, 1)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
