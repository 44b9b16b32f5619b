import { Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import type { Pillar } from '../workbench/api.ts';
import type { Program } from './api.ts';
import { ganttOption } from './gantt-option.ts';
import type { PillarGroup } from './group-by-pillar.ts';

interface GanttChartProps {
  groups: PillarGroup<Pillar, Program>[];
  years: number[];
  programCount: number;
}

/** The programmes as bars over the years; on a narrow screen the rows are labelled by code only. */
export function GanttChart({ groups, years, programCount }: GanttChartProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const labelWidth = wide ? 260 : 72;
  const label = t('roadmap.roadmap.ganttLabel', { count: programCount, start: years[0], end: years.at(-1) });

  const gantt = useMemo(
    () =>
      ganttOption(
        groups,
        years,
        language,
        {
          programs: t('roadmap.roadmap.otherPrograms'),
          quickWins: t('roadmap.quickWin'),
          opd: t('roadmap.column.leadOpd'),
          years: t('roadmap.column.years'),
          budget: t('roadmap.column.budget'),
        },
        labelWidth,
        label,
      ),
    [groups, years, language, labelWidth, label, t],
  );

  return (
    <div>
      <Chart option={gantt.option} height={gantt.height} label={label} />
      {gantt.scrolls && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('roadmap.roadmap.scrollHint')}
        </Text>
      )}
    </div>
  );
}
