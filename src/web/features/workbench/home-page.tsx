import { Stack } from '@mantine/core';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { usePlanSummary } from './home/api.ts';
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

  if (summary.isError) return <QueryError error={summary.error} onRetry={() => summary.refetch()} />;
  if (!summary.data) return <PageLoader />;

  return (
    <Stack gap="xl">
      <StatusSection plan={plan} />
      <CountTiles summary={summary.data} />
      <ChartsSection summary={summary.data} />
      <GapsSection summary={summary.data} />
    </Stack>
  );
}
