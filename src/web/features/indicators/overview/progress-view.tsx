import { Alert, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_CLASSES } from '../../../../shared/indicator-progress.ts';
import { Chart } from '../../../components/chart.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useProgressSummary } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import { PROGRESS_COLORS, pillarOption, yearOption } from './summary-option.ts';

/** How the plan's indicators stand against their targets: for the plan, per pillar and per year. */
export function ProgressView({ planId, names }: { planId: string; names: IndicatorNames }) {
  const { t, i18n } = useTranslation();
  const summary = useProgressSummary(planId);
  const pillarsId = useId();
  const yearsId = useId();
  const data = summary.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the words change with the language only
  const options = useMemo(() => {
    if (!data) return null;
    const className = (c: (typeof PROGRESS_CLASSES)[number]) => t(`indicators.progress.${c}`);
    return {
      pillars: pillarOption(data, { plan: t('indicators.summary.plan'), pillarName: names.name, className }),
      years: yearOption(data, { className }),
    };
  }, [data, i18n.resolvedLanguage, names]);

  if (summary.error) return <QueryError error={summary.error} onRetry={() => summary.refetch()} />;
  if (!data || !options) return <PageLoader />;
  if (data.total === 0) return <Alert color="blue">{t('indicators.list.empty')}</Alert>;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" aria-label={t('indicators.summary.tiles')}>
        {PROGRESS_CLASSES.map((c) => (
          <Paper key={c} withBorder p="sm" style={{ borderLeft: `4px solid ${PROGRESS_COLORS[c]}` }}>
            <Text size="xs" c="dimmed">
              {t(`indicators.progress.${c}`)}
            </Text>
            <Text fw={700} size="xl">
              {data.counts[c]}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm">
        {t('indicators.summary.total', { count: data.total })}
        {data.provisional > 0 && ` ${t('indicators.summary.provisional', { count: data.provisional })}`}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack component="section" aria-labelledby={pillarsId} gap="xs">
            <Title order={3} size="h4" id={pillarsId}>
              {t('indicators.summary.byPillar')}
            </Title>
            <Chart
              option={options.pillars}
              height={100 + (data.pillars.length + 1) * 44}
              label={t('indicators.summary.byPillar')}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack component="section" aria-labelledby={yearsId} gap="xs">
            <Title order={3} size="h4" id={yearsId}>
              {t('indicators.summary.byYear')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('indicators.summary.byYearHint')}
            </Text>
            <Chart option={options.years} height={340} label={t('indicators.summary.byYear')} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
