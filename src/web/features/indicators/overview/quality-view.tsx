import { Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { type PlanIndicator, useAvailabilityMatrix, useQualityIssues } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import { AvailabilityTable } from './availability-table.tsx';
import { CollectionDuties } from './collection-duties.tsx';
import { IssueList } from './issue-list.tsx';

/**
 * The quality of the plan's data: the indicators that fail verifiability or data availability, each
 * with what would fix it; the data-availability matrix; and per OPD what it must start collecting.
 */
export function QualityView({
  planId,
  indicators,
  names,
}: {
  planId: string;
  indicators: PlanIndicator[];
  names: IndicatorNames;
}) {
  const { t } = useTranslation();
  const issues = useQualityIssues(planId);
  const matrix = useAvailabilityMatrix(planId);
  const issuesId = useId();
  const matrixId = useId();
  const dutiesId = useId();

  const failed = [issues, matrix].find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!issues.data || !matrix.data) return <PageLoader />;

  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby={issuesId} gap="sm">
        <Title order={3} size="h4" id={issuesId}>
          {t('indicators.issues.title')}
        </Title>
        <IssueList planId={planId} issues={issues.data} indicators={indicators} names={names} />
      </Stack>
      <Stack component="section" aria-labelledby={dutiesId} gap="sm">
        <Title order={3} size="h4" id={dutiesId}>
          {t('indicators.duties.title')}
        </Title>
        <CollectionDuties planId={planId} matrix={matrix.data} names={names} />
      </Stack>
      <Stack component="section" aria-labelledby={matrixId} gap="sm">
        <Title order={3} size="h4" id={matrixId}>
          {t('indicators.matrix.title')}
        </Title>
        <AvailabilityTable planId={planId} matrix={matrix.data} names={names} />
      </Stack>
    </Stack>
  );
}
