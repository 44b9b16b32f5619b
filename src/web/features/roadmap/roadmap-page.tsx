import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { useAllPrograms } from './api.ts';
import { BudgetSection } from './budget-section.tsx';
import { groupByPillar } from './group-by-pillar.ts';
import { PillarFilter, usePillarFilter } from './pillar-filter.tsx';
import { planYears } from './plan-years.ts';
import { ProgramSchedule } from './program-schedule.tsx';

/** Book 4 of the master plan: the programmes year by year over the plan period, and the yearly budget. */
export function RoadmapPage() {
  const { t } = useTranslation();
  const { plan, pillars } = usePlanContext();
  const programs = useAllPrograms(plan.id);
  const filter = usePillarFilter(pillars);

  const schedule = useMemo(() => {
    if (!programs.data) return null;
    const shown = filter.pillar ? [filter.pillar] : pillars;
    const years = planYears(
      plan.periodStart,
      plan.periodEnd,
      programs.data.flatMap((program) => [program.startYear, program.endYear]),
    );
    return { groups: groupByPillar(shown, programs.data), years };
  }, [programs.data, filter.pillar, pillars, plan.periodStart, plan.periodEnd]);

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('roadmap.roadmap.title')}</Title>
        <Text c="dimmed" size="sm" maw={720}>
          {t('roadmap.roadmap.intro')}
        </Text>
      </div>
      <PillarFilter pillars={pillars} value={filter.pillar} onChange={filter.choose} />
      {programs.isError ? (
        <QueryError error={programs.error} onRetry={() => programs.refetch()} />
      ) : !schedule ? (
        <PageLoader />
      ) : (
        <ProgramSchedule groups={schedule.groups} years={schedule.years} />
      )}
      <BudgetSection />
    </Stack>
  );
}
