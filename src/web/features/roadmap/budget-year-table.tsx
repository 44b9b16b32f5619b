import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatRupiah } from '../../lib/format.ts';
import type { BudgetGroup } from './budget-option.ts';
import type { BudgetTable } from './budget-table.ts';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The budget chart's numbers, year × group, with the totals a budget officer checks first. */
export function BudgetYearTable({
  table,
  groups,
  caption,
}: {
  table: BudgetTable;
  groups: BudgetGroup[];
  caption: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const money = (amount: string | undefined) => formatRupiah(amount ?? '0', language);

  return (
    <Table.ScrollContainer minWidth={90 + (groups.length + 1) * 140}>
      <Table verticalSpacing={6} fz="sm" highlightOnHover>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('roadmap.column.year')}</Table.Th>
            {groups.map((group) => (
              <Table.Th key={group.key} ta="right">
                {group.label}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('roadmap.column.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.years.map((row) => (
            <Table.Tr key={row.year}>
              <Table.Th scope="row">{row.year}</Table.Th>
              {groups.map((group) => (
                <Table.Td key={group.key} ta="right" style={nowrap}>
                  {money(row.cells[group.key])}
                </Table.Td>
              ))}
              <Table.Td ta="right" style={nowrap} fw={600}>
                {money(row.total)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('roadmap.column.total')}</Table.Th>
            {groups.map((group) => (
              <Table.Th key={group.key} ta="right" style={nowrap}>
                {money(table.totals[group.key])}
              </Table.Th>
            ))}
            <Table.Th ta="right" style={nowrap}>
              {money(table.total)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
