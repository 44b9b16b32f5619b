import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { type PlanIndicator, useMeasurements } from '../api.ts';
import { MeasurementForm } from './measurement-form.tsx';
import type { Account } from './measurement-input.ts';
import { MeasurementItem } from './measurement-item.tsx';
import { ProgressChart } from './progress-chart.tsx';

interface Props {
  indicator: PlanIndicator;
  period: { start: number; end: number };
  canContribute: boolean;
  canJudge: boolean;
  account: Account;
}

/** The values measured after adoption: the progress chart, the entry form, and each value with its checks. */
export function MeasurementsSection({ indicator, period, canContribute, canJudge, account }: Props) {
  const { t } = useTranslation();
  const measurements = useMeasurements(indicator.planId, indicator.id);
  const chartId = useId();
  const listId = useId();
  const years = Array.from({ length: period.end - period.start + 1 }, (_, i) => period.start + i);

  if (measurements.error)
    return <QueryError error={measurements.error} onRetry={() => measurements.refetch()} />;
  if (!measurements.data) return <PageLoader />;

  return (
    <Stack gap="md">
      <Stack component="section" aria-labelledby={chartId} gap="xs">
        <Title order={3} size="h4" id={chartId}>
          {t('indicators.chart.title')}
        </Title>
        <ProgressChart indicator={indicator} measurements={measurements.data} period={period} />
      </Stack>
      <Stack component="section" aria-labelledby={listId} gap="sm">
        <Title order={3} size="h4" id={listId}>
          {t('indicators.measurements.title')}
        </Title>
        {canContribute && (
          <Paper withBorder p="sm">
            <Text fw={600} size="sm" mb="xs">
              {t('indicators.measurements.new')}
            </Text>
            <MeasurementForm indicator={indicator} years={years} userName={account.name} />
          </Paper>
        )}
        {measurements.data.length === 0 ? (
          <Alert color="blue">{t('indicators.measurements.empty')}</Alert>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {measurements.data.map((m) => (
              <MeasurementItem
                key={m.id}
                measurement={m}
                indicator={indicator}
                years={years}
                canContribute={canContribute}
                canJudge={canJudge}
                account={account}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
