import { Stack } from '@mantine/core';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useIndicatorOverview, useLeadOpdCount, usePlanSummary } from './home/api.ts';
import { ChartsSection } from './home/charts-section.tsx';
import { CountTiles } from './home/count-tiles.tsx';
import { GapsSection } from './home/gaps-section.tsx';
import { StatusSection } from './home/status-section.tsx';
import { usePlanContext } from './plan-context.ts';

/**
 * The plan at a glance: where it stands in the Bimtek, its key figures, programmes and budget per pillar,
 * and what is still missing, each with the way to the screen that fills it.
 */
export function HomePage() {
  const { plan } = usePlanContext();
  const summary = usePlanSummary(plan.id);
  const leadOpds = useLeadOpdCount(plan.id);
  const indicators = useIndicatorOverview(plan.id);

  const failed = [summary, leadOpds, indicators].find((query) => query.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!summary.data || leadOpds.data === undefined || !indicators.data) return <PageLoader />;

  return (
    <Stack gap="xl">
      <StatusSection plan={plan} />
      <CountTiles
        summary={summary.data}
        leadOpds={leadOpds.data}
        indicators={{ total: indicators.data.total, withoutTargets: indicators.data.withoutTargets.length }}
      />
      <ChartsSection summary={summary.data} />
      <GapsSection
        summary={summary.data}
        indicatorsWithoutTargets={indicators.data.withoutTargets}
        indicatorsWithWeakData={indicators.data.weakData}
      />
    </Stack>
  );
}
