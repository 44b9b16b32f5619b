import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/problem.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { phaseNumeral } from '../../lib/format.ts';
import { useSession } from '../auth/api.ts';
import { signInPath } from '../auth/next-path.ts';
import { useCan } from '../auth/use-can.ts';
import { catalogPath } from '../catalog/path.ts';
import { isRegionId, type Plan, useRegion, useRegionPlans } from './api.ts';

// The form (and its inputs) loads when an admin opens it: visitors of the public pages never download it.
const CreatePlanForm = lazy(() =>
  import('./create-plan-form.tsx').then((m) => ({ default: m.CreatePlanForm })),
);

const STATUS_COLORS: Record<Plan['status'], string> = {
  draft: 'gray',
  review: 'yellow',
  adopted: 'teal',
  implementing: 'blue',
};

/** A region and its master plans, each opening its workbench; its admin starts a new one here. */
export function RegionPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const region = useRegion(regionId);
  const plans = useRegionPlans(regionId);
  const known = isRegionId(regionId);
  const session = useSession();
  const location = useLocation();
  const can = useCan();
  const [creating, creation] = useDisclosure(false);
  const mayCreate = can('administer', { regionId, planId: null, planStatus: null, opdIds: [] });
  useDocumentTitle(`${region.data?.name ?? t('regions.title')} · ${t('app.name')}`);

  // An address that cannot name a region is not asked for: it is simply not there.
  const missing = !known || (region.error instanceof ApiError && region.error.status === 404);
  if (missing)
    return (
      <Alert color="yellow" title={t('errors.notFound')}>
        <Anchor component={Link} to="/">
          {t('errors.backHome')}
        </Anchor>
      </Alert>
    );
  if (region.isPending) return <PageLoader />;
  if (region.isError) return <QueryError error={region.error} onRetry={() => region.refetch()} />;

  return (
    <Stack>
      <div>
        <Title order={1}>{region.data.name}</Title>
        <Text c="dimmed">{region.data.province}</Text>
        <Anchor component={Link} to={catalogPath(region.data.id)} size="sm">
          {t('regions.regionCatalogLink')}
        </Anchor>
      </div>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('plans.title')}
        </Title>
        {mayCreate && <Button onClick={creation.open}>{t('plans.create.open')}</Button>}
      </Group>
      <Modal opened={creating} onClose={creation.close} title={t('plans.create.heading')} size="lg">
        <Suspense fallback={<PageLoader />}>
          <CreatePlanForm region={region.data} onCancel={creation.close} />
        </Suspense>
      </Modal>
      {plans.isPending && <PageLoader />}
      {plans.isError && <QueryError error={plans.error} onRetry={() => plans.refetch()} />}
      {plans.data?.length === 0 && (
        <Text>
          {t('plans.none')}{' '}
          {session.data === null && (
            <Anchor component={Link} to={signInPath(location.pathname)}>
              {t('plans.signInForDrafts')}
            </Anchor>
          )}
        </Text>
      )}
      {plans.data?.map((plan) => (
        <Card key={plan.id} withBorder>
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Anchor component={Link} to={`/plans/${plan.id}`} fw={600}>
              {plan.title}
            </Anchor>
            <Badge color={STATUS_COLORS[plan.status]}>{t(`plans.status.${plan.status}`)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('plans.period', { start: plan.periodStart, end: plan.periodEnd })}
            {plan.currentPhase !== null &&
              ` · ${t('plans.phase', { phase: phaseNumeral(plan.currentPhase) })}`}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
