import { Alert, Anchor, Button, Grid, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/problem.ts';
import { HistoryDrawer } from '../../../components/history-drawer.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { isUuid } from '../../../lib/ids.ts';
import { useSession } from '../../auth/api.ts';
import { useRefreshPlan } from '../../workbench/api.ts';
import { usePlanContext } from '../../workbench/plan-context.ts';
import {
  indicatorKeys,
  type PlanIndicator,
  useForgetPlanIndicator,
  useMeasurements,
  usePlanIndicator,
  usePlanPrograms,
} from '../api.ts';
import { MeasurementsSection } from '../measurements/measurements-section.tsx';
import { useIndicatorNames } from '../use-names.ts';
import { DeleteIndicator } from './delete-indicator.tsx';
import { fieldLabel } from './field-labels.ts';
import { IndicatorEditor } from './indicator-editor.tsx';
import { IndicatorHeader } from './indicator-header.tsx';

/**
 * /plans/:planId/indicators/:planIndicatorId — one indicator of the plan: its baseline, yearly targets,
 * six-criteria assessment and data availability in one form; its measured values with evidence and a
 * second person's verdict; the progress chart; history and restore.
 */
export function IndicatorDetail() {
  const { t } = useTranslation();
  const { planIndicatorId = '' } = useParams();
  const { plan, can } = usePlanContext();
  const known = isUuid(planIndicatorId);
  const indicator = usePlanIndicator(plan.id, known ? planIndicatorId : '');
  const names = useIndicatorNames();
  const programs = usePlanPrograms(plan.id);
  const measurements = useMeasurements(plan.id, known ? planIndicatorId : '');
  const session = useSession();
  const refresh = useRefreshPlan(plan.id);
  const [historyOpen, setHistoryOpen] = useState(false);
  const reloadRef = useRef<((fresh: PlanIndicator) => void) | null>(null);
  const deleted = useRef(false);
  const forget = useForgetPlanIndicator(plan.id, planIndicatorId);
  useEffect(
    () => () => {
      if (deleted.current) forget();
    },
    [forget],
  );
  const refetch = indicator.refetch;
  const afterRestore = useCallback(async () => {
    const fresh = await refetch();
    if (fresh.data) reloadRef.current?.(fresh.data);
    void refresh();
  }, [refetch, refresh]);

  const missing =
    !known ||
    (indicator.error instanceof ApiError && indicator.error.status === 404) ||
    (indicator.data && indicator.data.planId !== plan.id);
  if (missing)
    return (
      <Alert color="yellow" title={t('errors.notFound')}>
        <Anchor component={Link} to={`/plans/${plan.id}/indicators`}>
          {t('indicators.detail.back')}
        </Anchor>
      </Alert>
    );
  const failed = [indicator, programs].find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (names.error) return <QueryError error={names.error} onRetry={names.retry} />;
  if (!indicator.data || !names.data || !programs.data) return <PageLoader />;

  const pi = indicator.data;
  const producer = pi.producerOpdId ? [pi.producerOpdId] : [];
  // The API's rules: changing it asks `contribute` for its producer (and for a new producer), entering
  // values the same, judging them `administer`; removing it `administer`, and only while unmeasured.
  const canEdit = can('contribute', producer);
  const canContribute = canEdit;
  const canJudge = can('administer');
  const canReadHistory = can('readInternal');
  const canDelete = can('administer') && measurements.data?.length === 0;
  const account = { name: session.data?.user.name ?? '', email: session.data?.user.email ?? '' };
  const period = { start: plan.periodStart, end: plan.periodEnd };
  const name = names.data.name(pi.catalog);

  return (
    <Stack gap="md">
      <IndicatorHeader
        indicator={pi}
        names={names.data}
        actions={
          <>
            {canReadHistory && (
              <Button variant="default" onClick={() => setHistoryOpen(true)}>
                {t('history.open')}
              </Button>
            )}
            {canDelete && (
              <DeleteIndicator
                indicator={pi}
                name={name}
                onDeleted={() => {
                  deleted.current = true;
                }}
              />
            )}
          </>
        }
      />
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('indicators.detail.readOnly')}
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <IndicatorEditor
            indicator={pi}
            names={names.data}
            programs={programs.data}
            period={period}
            editable={canEdit}
            mayProduce={(opdId) =>
              can('contribute', opdId ? [...producer, opdId] : producer) && (opdId !== null || canJudge)
            }
            reloadRef={reloadRef}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <MeasurementsSection
            indicator={pi}
            period={period}
            canContribute={canContribute}
            canJudge={canJudge}
            account={account}
          />
        </Grid.Col>
      </Grid>
      {canReadHistory && (
        <HistoryDrawer
          opened={historyOpen}
          onClose={() => setHistoryOpen(false)}
          path={`/plan-indicators/${pi.id}`}
          queryKey={indicatorKeys.one(plan.id, pi.id)}
          what={t('indicators.detail.historyWhat', { code: pi.catalog.code })}
          currentVersion={pi.version}
          fieldLabel={(field) => fieldLabel(t, field)}
          // Bringing a version back is the regency admin's call (the API asks `administer`).
          canRestore={can('administer')}
          onRestored={afterRestore}
        />
      )}
    </Stack>
  );
}
