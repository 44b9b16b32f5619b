import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES } from '../../../shared/domain.ts';
import { Chart } from '../../components/chart.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { type BudgetGrouping, useBudgetByYear } from './api.ts';
import { type BudgetGroup, budgetOption } from './budget-option.ts';
import { budgetTable } from './budget-table.ts';
import { BudgetYearTable } from './budget-year-table.tsx';
import { nameIn } from './names.ts';
import { planYears } from './plan-years.ts';

/**
 * The plan's budget per year as stacked bars and a table, by pillar or by funding source. Always the whole
 * plan: the pillar filter narrows the schedule, while the yearly totals are what the budget is planned on.
 */
export function BudgetSection() {
  const { t } = useTranslation();
  const { plan, pillars } = usePlanContext();
  const language = currentLanguage();
  const headingId = useId();
  const [grouping, setGrouping] = useState<BudgetGrouping>('pillar');
  const budget = useBudgetByYear(plan.id, grouping);

  const groupingName = t(grouping === 'pillar' ? 'roadmap.budget.byPillar' : 'roadmap.budget.bySource');
  const chartLabel = t('roadmap.budget.chartLabel', { grouping: groupingName.toLowerCase() });

  const view = useMemo(() => {
    if (!budget.data) return null;
    const rows = budget.data.rows;
    const groups: BudgetGroup[] =
      grouping === 'pillar'
        ? pillars.map((pillar) => ({ key: pillar.key, label: nameIn(pillar, language) }))
        : FUNDING_SOURCES.filter((source) => rows.some((row) => row.source === source)).map((source) => ({
            key: source,
            label: t(`roadmap.source.${source}`),
          }));
    const years = planYears(
      plan.periodStart,
      plan.periodEnd,
      rows.flatMap((row) => (row.year === undefined ? [] : [row.year])),
    );
    const table = budgetTable(
      rows,
      (row) => (grouping === 'pillar' ? row.pillarKey : row.source),
      groups.map((group) => group.key),
      years,
    );
    return { groups, table, option: budgetOption(table, groups, language, chartLabel) };
  }, [budget.data, grouping, pillars, plan.periodStart, plan.periodEnd, language, chartLabel, t]);

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={3} id={headingId}>
          {t('roadmap.budget.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('roadmap.budget.intro')}
        </Text>
      </div>
      <div>
        <Text size="sm" fw={500} id={`${headingId}-grouping`} mb={4}>
          {t('roadmap.budget.grouping')}
        </Text>
        <SegmentedControl
          aria-labelledby={`${headingId}-grouping`}
          value={grouping}
          onChange={(next) => setGrouping(next === 'source' ? 'source' : 'pillar')}
          data={[
            { value: 'pillar', label: t('roadmap.budget.byPillar') },
            { value: 'source', label: t('roadmap.budget.bySource') },
          ]}
        />
      </div>
      {budget.isError ? (
        <QueryError error={budget.error} onRetry={() => budget.refetch()} />
      ) : !view ? (
        <PageLoader />
      ) : view.table.total === '0.00' ? (
        <Text>{t('roadmap.budget.none')}</Text>
      ) : (
        <>
          <Chart option={view.option} height={340} label={chartLabel} />
          <BudgetYearTable
            table={view.table}
            groups={view.groups}
            caption={t('roadmap.budget.tableCaption', { grouping: groupingName.toLowerCase() })}
          />
        </>
      )}
    </Stack>
  );
}
