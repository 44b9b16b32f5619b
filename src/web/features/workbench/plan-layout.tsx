import { Alert, Anchor, Badge, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import type { Permission } from '../../../shared/access-rules.ts';
import { ApiError } from '../../api/problem.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { phaseNumeral } from '../../lib/format.ts';
import { isUuid } from '../../lib/ids.ts';
import { useCan } from '../auth/use-can.ts';
import { useRegion } from '../regions/api.ts';
import { useElements, usePillars, usePlan } from './api.ts';
import { PlanContext, type PlanContextValue } from './plan-context.ts';
import classes from './plan-layout.module.css';

const STATUS_COLORS = { draft: 'gray', review: 'yellow', adopted: 'teal', implementing: 'blue' } as const;

/** The workbench's screens, in the order a regency meets them through Bimtek I–IV. */
const SCREENS = [
  { path: '', label: 'workbench.nav.home' },
  { path: 'organisation', label: 'workbench.nav.organisation' },
  { path: 'workshops', label: 'workbench.nav.workshops' },
  { path: 'readiness', label: 'workbench.nav.readiness' },
  { path: 'vision', label: 'workbench.nav.vision' },
  { path: 'programs', label: 'workbench.nav.programs' },
  { path: 'quick-wins', label: 'workbench.nav.quickWins' },
  { path: 'roadmap', label: 'workbench.nav.roadmap' },
  { path: 'indicators', label: 'workbench.nav.indicators' },
  { path: 'documents', label: 'workbench.nav.documents' },
] as const;

/** The frame of every screen of one plan: its title and status, the screens' navigation, the screen. */
export function PlanLayout() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const known = isUuid(planId);
  const plan = usePlan(planId);
  const region = useRegion(plan.data?.regionId ?? '');
  const pillars = usePillars(planId);
  const elements = useElements(planId);
  const canAt = useCan();

  const value = useMemo<PlanContextValue | null>(() => {
    if (!plan.data || !region.data || !pillars.data || !elements.data) return null;
    const place = {
      regionId: plan.data.regionId,
      planId: plan.data.id,
      planStatus: plan.data.status,
      opdIds: [] as string[],
    };
    return {
      plan: plan.data,
      region: region.data,
      pillars: pillars.data,
      elements: elements.data,
      place,
      can: (permission: Permission, opdIds: string[] = []) => canAt(permission, { ...place, opdIds }),
    };
  }, [plan.data, region.data, pillars.data, elements.data, canAt]);

  const missing = !known || (plan.error instanceof ApiError && plan.error.status === 404);
  if (missing)
    return (
      <Alert color="yellow" title={t('errors.notFound')}>
        <Anchor component={Link} to="/">
          {t('errors.backHome')}
        </Anchor>
      </Alert>
    );
  const failed = [plan, region, pillars, elements].find((q) => q.isError);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!value) return <PageLoader />;

  return (
    <PlanContext.Provider value={value}>
      <Stack gap="md">
        <div>
          <Anchor component={Link} to={`/regions/${value.region.id}`} size="sm">
            {value.region.name}
          </Anchor>
          <Group gap="sm" wrap="wrap" align="center">
            <Title order={1} size="h2">
              {value.plan.title}
            </Title>
            <Badge color={STATUS_COLORS[value.plan.status]}>{t(`plans.status.${value.plan.status}`)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('plans.period', { start: value.plan.periodStart, end: value.plan.periodEnd })}
            {value.plan.currentPhase != null &&
              ` · ${t('plans.phase', { phase: phaseNumeral(value.plan.currentPhase) })}`}
          </Text>
        </div>
        <ScrollArea type="never" component="nav" aria-label={t('workbench.nav.label')}>
          <Group gap={4} wrap="nowrap" className={classes.nav}>
            {SCREENS.map((screen) => (
              <NavLink
                key={screen.path}
                to={`/plans/${planId}${screen.path ? `/${screen.path}` : ''}`}
                end={screen.path === ''}
                className={classes.link}
              >
                {t(screen.label)}
              </NavLink>
            ))}
          </Group>
        </ScrollArea>
        <Outlet />
      </Stack>
    </PlanContext.Provider>
  );
}
