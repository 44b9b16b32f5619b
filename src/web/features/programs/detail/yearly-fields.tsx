import { Alert, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type FundingSource } from '../../../../shared/domain.ts';
import { formatRupiah } from '../../../lib/format.ts';
import { type Amount, amountValue, budgetTotals, yearOf, yearsBetween } from './budget-grid.ts';
import { BudgetTable } from './budget-table.tsx';
import type { ProgramForm } from './form-types.ts';
import type { ProgramLookups } from './lookups.ts';

/** The yearly budget by funding source and the yearly targets, over the programme's years. */
export function YearlyFields({ form, lookups }: { form: ProgramForm; lookups: ProgramLookups }) {
  const { t } = useTranslation();
  const { budgets, targets } = form.values;
  const years = yearsBetween(yearOf(form.values.startYear), yearOf(form.values.endYear));
  const total = budgetTotals(budgets, years).total;
  // Input kept for years the programme no longer covers is not saved: say so before it goes.
  const dropped =
    Object.keys(budgets).some(
      (y) => !years.includes(Number(y)) && FUNDING_SOURCES.some((s) => amountValue(budgets[y]?.[s]) !== 0),
    ) || Object.keys(targets).some((y) => !years.includes(Number(y)) && targets[y]?.trim());

  const setAmount = (year: number, source: FundingSource, amount: Amount) => {
    form.setFieldValue('budgets', (grid) => ({ ...grid, [year]: { ...grid[year], [source]: amount } }));
    form.clearFieldError(`budgets.${year}.${source}`);
  };
  const setTarget = (year: number, target: string) => {
    form.setFieldValue('targets', (all) => ({ ...all, [year]: target }));
    form.clearFieldError(`targets.${year}`);
  };

  return (
    <>
      <Fieldset legend={t('program.sections.budget')}>
        <Stack gap="sm">
          <Text size="sm">
            {t('program.budget.totalBudget')}: <b>{formatRupiah(total, lookups.language)}</b>
          </Text>
          {years.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('program.budget.noYears')}
            </Text>
          ) : (
            <BudgetTable
              years={years}
              grid={budgets}
              language={lookups.language}
              onChange={setAmount}
              errors={form.errors}
            />
          )}
          {form.errors.budgets && (
            <Text size="sm" c="red" role="alert">
              {form.errors.budgets}
            </Text>
          )}
          {dropped && (
            <Alert color="yellow" p="xs">
              {t('program.budget.outsideYears')}
            </Alert>
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('program.sections.targets')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {years.map((year) => (
            <TextInput
              key={year}
              label={t('program.targets.year', { year })}
              maxLength={1000}
              value={targets[year] ?? ''}
              onChange={(event) => setTarget(year, event.currentTarget.value)}
              error={form.errors[`targets.${year}`]}
            />
          ))}
        </SimpleGrid>
        {form.errors.targets && (
          <Text size="sm" c="red" role="alert">
            {form.errors.targets}
          </Text>
        )}
      </Fieldset>
    </>
  );
}
