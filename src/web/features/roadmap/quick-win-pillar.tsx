import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatRupiah } from '../../lib/format.ts';
import type { Pillar } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { sumAmounts } from './amounts.ts';
import type { Program } from './api.ts';
import { nameIn } from './names.ts';
import { yearSpan } from './plan-years.ts';
import { ReviewBadge } from './review-badge.tsx';

/** One pillar's quick wins, or where to choose one when it has none yet. */
export function QuickWinPillar({ pillar, programs }: { pillar: Pillar; programs: Program[] }) {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const language = currentLanguage();
  const headingId = useId();
  const name = nameIn(pillar, language);

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {name}
          </Title>
          <Badge variant="light" color={programs.length ? 'orange' : 'gray'}>
            {t('roadmap.quickWins.count', { count: programs.length })}
          </Badge>
        </Group>
        {programs.length === 0 ? (
          <Text size="sm">
            {t('roadmap.quickWins.none')}{' '}
            <Anchor
              component={Link}
              to={`/plans/${plan.id}/programs?pillar=${encodeURIComponent(pillar.key)}`}
            >
              {t('roadmap.quickWins.openWorksheet', { pillar: name })}
            </Anchor>
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table
              verticalSpacing="xs"
              layout="fixed"
              aria-label={t('roadmap.quickWins.tableLabel', { pillar: name })}
            >
              <Table.Thead>
                <Table.Tr>
                  {/* Fixed widths: the pillars' tables line up one under the other. */}
                  <Table.Th w={90}>{t('roadmap.column.code')}</Table.Th>
                  <Table.Th>{t('roadmap.column.program')}</Table.Th>
                  <Table.Th w="26%">{t('roadmap.column.leadOpd')}</Table.Th>
                  <Table.Th w={100}>{t('roadmap.column.years')}</Table.Th>
                  <Table.Th w={150} ta="right">
                    {t('roadmap.column.budget')}
                  </Table.Th>
                  <Table.Th w={160}>{t('roadmap.column.reviewStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.map((program) => (
                  <Table.Tr key={program.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{program.code}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/plans/${plan.id}/programs/${program.id}`}>
                        {program.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{program.leadOpdName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {yearSpan(program.startYear, program.endYear)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatRupiah(program.budgetTotal, language)}
                    </Table.Td>
                    <Table.Td>
                      <ReviewBadge status={program.reviewStatus} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              {programs.length > 1 && (
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={4}>{t('roadmap.column.total')}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatRupiah(sumAmounts(programs.map((p) => p.budgetTotal)), language)}
                    </Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Tfoot>
              )}
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
