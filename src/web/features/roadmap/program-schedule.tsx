import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../workbench/api.ts';
import type { Program } from './api.ts';
import { GanttChart } from './gantt-chart.tsx';
import type { PillarGroup } from './group-by-pillar.ts';
import { ScheduleTable } from './schedule-table.tsx';

type View = 'chart' | 'table';

/**
 * The programmes over the years, as a Gantt chart or as the same content in a table. A phone opens on the
 * table, where the chart's bars would be a few pixels wide.
 */
export function ProgramSchedule({
  groups,
  years,
}: {
  groups: PillarGroup<Pillar, Program>[];
  years: number[];
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [chosen, setChosen] = useState<View | null>(null);
  const view: View = chosen ?? (narrow ? 'table' : 'chart');
  const programs = groups.flatMap((group) => group.programs);
  const headingId = useId();

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={3} id={headingId}>
          {t('roadmap.roadmap.scheduleHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('roadmap.roadmap.count', {
            count: programs.length,
            quickWins: programs.filter((program) => program.isQuickWin).length,
          })}
        </Text>
      </div>
      {programs.length === 0 ? (
        <Text>{t('roadmap.roadmap.none')}</Text>
      ) : (
        <Tabs
          value={view}
          onChange={(next) => setChosen(next === 'table' ? 'table' : 'chart')}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('roadmap.roadmap.views')}>
            <Tabs.Tab value="chart">{t('roadmap.roadmap.chartView')}</Tabs.Tab>
            <Tabs.Tab value="table">{t('roadmap.roadmap.tableView')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="chart" pt="sm">
            <GanttChart groups={groups} years={years} programCount={programs.length} />
          </Tabs.Panel>
          <Tabs.Panel value="table" pt="sm">
            <ScheduleTable groups={groups} years={years} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
