import { NumberInput, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type FundingSource } from '../../../../shared/domain.ts';
import type { Language } from '../../../i18n/i18n.ts';
import { formatRupiah } from '../../../lib/format.ts';
import { type Amount, amountValue, type BudgetGrid, budgetTotals } from './budget-grid.ts';

interface Props {
  years: number[];
  grid: BudgetGrid;
  language: Language;
  /** The sources shown as columns; all of them while editing. */
  sources?: readonly FundingSource[];
  /** Given: the cells are inputs. */
  onChange?: (year: number, source: FundingSource, amount: Amount) => void;
  /** Errors by `budgets.<year>.<source>`. */
  errors?: Record<string, ReactNode>;
}

/** Rupiah as people write them: thousands grouped with a dot in Indonesian, a comma in English. */
const SEPARATORS: Record<Language, { thousandSeparator: string; decimalSeparator: string }> = {
  id: { thousandSeparator: '.', decimalSeparator: ',' },
  en: { thousandSeparator: ',', decimalSeparator: '.' },
};

/** The yearly budget by funding source, with the total of each year, of each source and of all. */
export function BudgetTable({
  years,
  grid,
  language,
  sources = FUNDING_SOURCES,
  onChange,
  errors = {},
}: Props) {
  const { t } = useTranslation();
  const totals = budgetTotals(grid, years);
  const money = (value: number) => formatRupiah(value, language);
  const separators = SEPARATORS[language];

  const cell = (year: number, source: FundingSource) => {
    const amount = grid[year]?.[source];
    if (!onChange) return amountValue(amount) === 0 ? '—' : money(amountValue(amount));
    return (
      <NumberInput
        aria-label={t('program.budget.cell', { source: t(`program.funding.${source}`), year })}
        size="xs"
        hideControls
        min={0}
        allowNegative={false}
        decimalScale={2}
        allowedDecimalSeparators={[separators.decimalSeparator]}
        {...separators}
        value={amount ?? ''}
        onChange={(value) => onChange(year, source, value)}
        error={errors[`budgets.${year}.${source}`]}
      />
    );
  };

  return (
    <Table.ScrollContainer minWidth={onChange ? 1080 : 180 + sources.length * 140}>
      <Table striped withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('program.budget.year')}</Table.Th>
            {sources.map((source) => (
              <Table.Th key={source} scope="col">
                {t(`program.funding.${source}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('program.budget.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((year) => (
            <Table.Tr key={year}>
              <Table.Th scope="row">{year}</Table.Th>
              {sources.map((source) => (
                <Table.Td key={source} ta={onChange ? undefined : 'right'} style={{ minWidth: 118 }}>
                  {cell(year, source)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {money(totals.byYear[year] ?? 0)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('program.budget.total')}</Table.Th>
            {sources.map((source) => (
              <Table.Td key={source} ta="right" fw={600}>
                {money(totals.bySource[source])}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={700}>
              <Text span fw={700} size="sm" data-testid="budget-total">
                {money(totals.total)}
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
