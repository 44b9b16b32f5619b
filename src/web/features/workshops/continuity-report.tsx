import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTINUITY_CLASSES, type ContinuityClass } from '../../../shared/domain.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { useContinuity } from './api.ts';
import { type ContinuityRow, continuityRows, phasePeople } from './continuity.ts';
import { CONTINUITY_COLORS, roman } from './phases.ts';

/**
 * Whether each OPD sent the same people to every Bimtek held so far (the seed asks for it: what they
 * learn carries through). A count per class doubles as its filter; the table shows who came when.
 */
export function ContinuityReport() {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const report = useContinuity(plan.id);
  const [only, setOnly] = useState<ContinuityClass | null>(null);

  if (report.isPending) return <PageLoader />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => report.refetch()} />;
  const { heldPhases, totals, opds } = report.data;
  const rows = continuityRows(report.data, only);

  return (
    <Stack>
      <div>
        <Title order={2} size="h3">
          {t('workshops.continuity.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('workshops.continuity.intro')}
        </Text>
      </div>
      {heldPhases.length === 0 ? (
        <Text c="dimmed">{t('workshops.continuity.noneHeld')}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {CONTINUITY_CLASSES.map((c) => (
              <Paper
                key={c}
                component="button"
                type="button"
                withBorder
                p="sm"
                aria-pressed={only === c}
                onClick={() => setOnly(only === c ? null : c)}
                style={{
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'flex-start',
                  textAlign: 'left',
                  cursor: 'pointer',
                  borderColor: only === c ? `var(--mantine-color-${CONTINUITY_COLORS[c]}-6)` : undefined,
                  borderWidth: only === c ? 2 : undefined,
                }}
              >
                <Text component="span" display="block" size="xl" fw={700} c={`${CONTINUITY_COLORS[c]}.8`}>
                  {totals[c]}
                </Text>
                <Text component="span" display="block" size="sm" fw={600}>
                  {t(`workshops.continuity.class.${c}`)}
                </Text>
                <Text component="span" display="block" size="xs" c="dimmed">
                  {t(`workshops.continuity.classHint.${c}`)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {t('workshops.continuity.showing', { shown: rows.length, total: opds.length })}
            </Text>
            {only && (
              <Button variant="subtle" size="compact-sm" onClick={() => setOnly(null)}>
                {t('workshops.continuity.showAll')}
              </Button>
            )}
          </Group>
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" aria-label={t('workshops.continuity.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workshops.continuity.opd')}</Table.Th>
                  <Table.Th w={180}>{t('workshops.continuity.classColumn')}</Table.Th>
                  {heldPhases.map((p) => (
                    <Table.Th key={p}>{t('workshops.continuity.phase', { phase: roman(p) })}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <ContinuityTableRow key={row.opdId} row={row} phases={heldPhases} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

function ContinuityTableRow({ row, phases }: { row: ContinuityRow; phases: number[] }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Text size="sm" fw={600}>
          {row.name}
        </Text>
        <Text size="xs" c="dimmed">
          {row.code}
        </Text>
      </Table.Th>
      <Table.Td>
        <Badge color={CONTINUITY_COLORS[row.classification]} variant="light">
          {t(`workshops.continuity.class.${row.classification}`)}
        </Badge>
      </Table.Td>
      {phases.map((phase) => {
        const people = phasePeople(row, phase);
        return (
          <Table.Td key={phase}>
            {people.length === 0 ? (
              <Text size="sm" c="red.8">
                {t('workshops.continuity.missed')}
              </Text>
            ) : (
              people.map((p) => (
                <Text key={p.id} size="sm" fw={p.joined ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>
                  {p.fullName}
                  {p.joined && (
                    <Badge
                      ml={4}
                      size="xs"
                      color="orange"
                      variant="outline"
                      title={t('workshops.continuity.joinedTitle')}
                    >
                      {t('workshops.continuity.joined')}
                    </Badge>
                  )}
                </Text>
              ))
            )}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}
