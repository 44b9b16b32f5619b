import { Anchor, Badge, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatRupiah, formatRupiahShort } from '../../lib/format.ts';
import type { Pillar } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { sumAmounts } from './amounts.ts';
import type { Program } from './api.ts';
import type { PillarGroup } from './group-by-pillar.ts';
import { nameIn } from './names.ts';

const nowrap = { whiteSpace: 'nowrap' } as const;

function YearCell({ program, year }: { program: Program; year: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lines = program.budgets.filter((line) => line.year === year);
  if (lines.length > 0) {
    const amount = sumAmounts(lines.map((line) => line.amount));
    return (
      <Table.Td ta="right" style={nowrap} title={formatRupiah(amount, language)}>
        {formatRupiahShort(amount, language)}
      </Table.Td>
    );
  }
  if (year < program.startYear || year > program.endYear) return <Table.Td />;
  return (
    <Table.Td ta="center">
      <span aria-hidden="true">•</span>
      <VisuallyHidden>{t('roadmap.roadmap.running')}</VisuallyHidden>
    </Table.Td>
  );
}

/**
 * The Gantt chart as a table, programmes × years, for screen readers and small screens: each pillar is a
 * row group headed by its name; a year's cell holds that year's budget, or a dot when the programme runs
 * without one.
 */
export function ScheduleTable({
  groups,
  years,
}: {
  groups: PillarGroup<Pillar, Program>[];
  years: number[];
}) {
  const { t } = useTranslation();
  const { plan } = usePlanContext();
  const language = currentLanguage();
  const columns = 4 + years.length;

  return (
    <Table.ScrollContainer minWidth={520 + years.length * 70}>
      <Table verticalSpacing={6} striped={false} highlightOnHover>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>
          {t('roadmap.roadmap.tableCaption')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('roadmap.column.code')}</Table.Th>
            <Table.Th>{t('roadmap.column.program')}</Table.Th>
            <Table.Th>{t('roadmap.column.leadOpd')}</Table.Th>
            {years.map((year) => (
              <Table.Th key={year} ta="right">
                {year}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('roadmap.column.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {groups
          .filter((group) => group.programs.length > 0)
          .map(({ pillar, programs }) => (
            <Table.Tbody key={pillar.id}>
              <Table.Tr bg="var(--mantine-color-gray-0)">
                <Table.Th scope="rowgroup" colSpan={columns}>
                  {nameIn(pillar, language)}
                </Table.Th>
              </Table.Tr>
              {programs.map((program) => (
                <Table.Tr key={program.id}>
                  <Table.Td style={nowrap}>{program.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/plans/${plan.id}/programs/${program.id}`} size="sm">
                      {program.title}
                    </Anchor>
                    {program.isQuickWin && (
                      <Badge color="orange" variant="light" size="sm" ml={6}>
                        {t('roadmap.quickWin')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{program.leadOpdCode}</Table.Td>
                  {years.map((year) => (
                    <YearCell key={year} program={program} year={year} />
                  ))}
                  <Table.Td ta="right" style={nowrap} title={formatRupiah(program.budgetTotal, language)}>
                    {formatRupiahShort(program.budgetTotal, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          ))}
      </Table>
    </Table.ScrollContainer>
  );
}
