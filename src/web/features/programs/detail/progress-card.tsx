import { Badge, Card, DataList, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error.tsx';
import { formatNumber, formatRupiah } from '../../../lib/format.ts';
import { useProgramProgress } from './api.ts';
import type { ProgramLookups } from './lookups.ts';

/** The latest progress report after adoption, read-only: reports are filed on the monitoring screens. */
export function ProgressCard({
  programId,
  planId,
  lookups,
}: {
  programId: string;
  planId: string;
  lookups: ProgramLookups;
}) {
  const { t } = useTranslation();
  const latest = useProgramProgress(planId, programId);
  const report = latest.data;

  return (
    <Card withBorder component="section" aria-labelledby="program-progress">
      <Stack gap="sm">
        <Title order={2} size="h4" id="program-progress">
          {t('program.progress.title')}
        </Title>
        {latest.isError && <QueryError error={latest.error} onRetry={() => latest.refetch()} />}
        {report === null && (
          <Text size="sm" c="dimmed">
            {t('program.progress.none')}
          </Text>
        )}
        {report && (
          <DataList gap="xs" labelWidth={140}>
            <DataList.Item>
              <DataList.ItemLabel>{t('program.progress.period')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {report.quarter
                  ? t('program.progress.quarter', { year: report.year, quarter: report.quarter })
                  : report.year}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('program.progress.status')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Badge variant="light">{t(`program.progress.statuses.${report.status}`)}</Badge>
              </DataList.ItemValue>
            </DataList.Item>
            {report.realisationPercent !== null && (
              <DataList.Item>
                <DataList.ItemLabel>{t('program.progress.realisation')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  {formatNumber(Number(report.realisationPercent), lookups.language, 1)}%
                </DataList.ItemValue>
              </DataList.Item>
            )}
            {report.budgetRealised !== null && (
              <DataList.Item>
                <DataList.ItemLabel>{t('program.progress.budgetRealised')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  {formatRupiah(report.budgetRealised, lookups.language)}
                </DataList.ItemValue>
              </DataList.Item>
            )}
            {report.note && (
              <DataList.Item>
                <DataList.ItemLabel>{t('program.progress.note')}</DataList.ItemLabel>
                <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{report.note}</DataList.ItemValue>
              </DataList.Item>
            )}
          </DataList>
        )}
      </Stack>
    </Card>
  );
}
