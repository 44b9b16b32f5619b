import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AvailabilityMatrix } from '../api.ts';
import { WHOLE } from '../badges.tsx';
import type { IndicatorNames } from '../use-names.ts';

export const AVAILABILITY_COLORS = { produced: 'teal', partial: 'yellow', not_available: 'red' } as const;

/**
 * OPD × indicator: who holds the data of each indicator. The producer's own cell is filled in; a
 * producer missing from the matrix shows as not recorded. Wide plans scroll inside the table's box.
 */
export function AvailabilityTable({
  planId,
  matrix,
  names,
}: {
  planId: string;
  matrix: AvailabilityMatrix;
  names: IndicatorNames;
}) {
  const { t } = useTranslation();
  if (matrix.indicators.length === 0) return <Text c="dimmed">{t('indicators.matrix.empty')}</Text>;
  const rows = [...matrix.indicators].sort(
    (a, b) =>
      names.pillars.findIndex((p) => p.id === a.pillarId) -
        names.pillars.findIndex((p) => p.id === b.pillarId) || a.code.localeCompare(b.code),
  );
  return (
    <>
      <Group gap="xs">
        {(['produced', 'partial', 'not_available'] as const).map((status) => (
          <Badge key={status} variant="light" color={AVAILABILITY_COLORS[status]} tt="none">
            {t(`indicators.availability.${status}`)}
          </Badge>
        ))}
        <Text size="xs" c="dimmed">
          {t('indicators.matrix.legend')}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={Math.max(480, 260 + matrix.opds.length * 96)} maxHeight={640}>
        <Table stickyHeader withColumnBorders verticalSpacing={4} aria-label={t('indicators.matrix.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('indicators.list.columns.indicator')}</Table.Th>
              {matrix.opds.map((opd) => (
                <Table.Th key={opd.id} title={opd.name} style={{ fontSize: 12 }}>
                  {opd.code}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.planIndicatorId}>
                <Table.Th scope="row" fw={400} style={{ minWidth: 240 }}>
                  <Anchor
                    component={Link}
                    to={`/plans/${planId}/indicators/${row.planIndicatorId}`}
                    size="sm"
                  >
                    {row.code} · {names.name(row)}
                  </Anchor>
                </Table.Th>
                {matrix.opds.map((opd) => {
                  const cell = row.cells.find((c) => c.opdId === opd.id);
                  const producer = row.producerOpdId === opd.id;
                  return (
                    <Table.Td key={opd.id} title={cell?.note ?? undefined}>
                      {cell ? (
                        <Badge
                          size="sm"
                          tt="none"
                          variant={producer ? 'filled' : 'light'}
                          color={AVAILABILITY_COLORS[cell.status]}
                        >
                          {t(`indicators.availability.${cell.status}`)}
                        </Badge>
                      ) : producer ? (
                        <Badge size="sm" tt="none" styles={WHOLE} variant="outline" color="gray">
                          {t('indicators.gap.unrecorded')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
