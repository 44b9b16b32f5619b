import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useMissions, useRefreshPlan } from '../workbench/api.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { useGoals, useStrategies } from './api.ts';
import { FillInChecklist } from './fill-in-checklist.tsx';
import { MissionSection } from './mission-section.tsx';
import { PlanHistory } from './plan-history.tsx';
import { PlanSettings } from './plan-settings.tsx';
import { missingParts } from './statements.ts';
import { StrategySection } from './strategy-section.tsx';
import { VisionCard } from './vision-card.tsx';

/**
 * Vision and strategy (Bimtek I and III): the vision, the missions in order with their goals, the
 * strategies of each pillar, and the plan's status and references. The regency admin writes; everyone
 * who may read the plan sees the same content without edit controls.
 */
export function VisionPage() {
  const { t } = useTranslation();
  const { plan, pillars, can } = usePlanContext();
  const missions = useMissions(plan.id);
  const goals = useGoals(plan.id);
  const strategies = useStrategies(plan.id);
  const refresh = useRefreshPlan(plan.id);
  const editable = can('administer');
  useDocumentTitle(`${t('vision.title')} · ${plan.title}`);

  const failed = [missions, goals, strategies].find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!missions.data || !goals.data || !strategies.data) return <PageLoader />;

  const missing = missingParts({
    vision: plan.vision,
    missionIds: missions.data.map((m) => m.id),
    goalMissionIds: goals.data.map((g) => g.missionId),
    pillarIds: pillars.map((p) => p.id),
    strategyPillarIds: strategies.data.map((s) => s.pillarId),
  });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ flex: '1 1 20rem' }}>
          <Title order={2}>{t('vision.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('vision.intro')}
          </Text>
          {!editable && (
            <Text c="dimmed" size="sm">
              {t('vision.readOnly')}
            </Text>
          )}
        </div>
        {can('readInternal') && <PlanHistory plan={plan} canRestore={editable} onRestored={refresh} />}
      </Group>
      {missing.length > 0 && <FillInChecklist parts={missing} editable={editable} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <VisionCard plan={plan} editable={editable} onChanged={refresh} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PlanSettings plan={plan} editable={editable} onChanged={refresh} />
        </Grid.Col>
      </Grid>
      <MissionSection
        planId={plan.id}
        missions={missions.data}
        goals={goals.data}
        editable={editable}
        onChanged={refresh}
      />
      <StrategySection
        planId={plan.id}
        pillars={pillars}
        strategies={strategies.data}
        editable={editable}
        onChanged={refresh}
      />
    </Stack>
  );
}
