import './i18n/register.ts';
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { usePlanIndicators } from './api.ts';
import { parseFilters } from './list/filters.ts';
import { IndicatorList } from './list/indicator-list.tsx';
import { ProgressView } from './overview/progress-view.tsx';
import { QualityView } from './overview/quality-view.tsx';
import { SelectIndicator } from './select/select-indicator.tsx';
import { useIndicatorNames } from './use-names.ts';

const VIEWS = ['list', 'quality', 'progress'] as const;
type View = (typeof VIEWS)[number];

/**
 * /plans/:planId/indicators — the indicators the plan adopted: the list by pillar, the quality of their
 * data (what fails, who must start collecting), and how they stand against their targets. The view is
 * part of the address (`?view=quality`), so each can be linked to and projected.
 */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const { plan, can } = usePlanContext();
  const names = useIndicatorNames();
  const indicators = usePlanIndicators(plan.id);
  const [params, setParams] = useSearchParams();
  const [selecting, setSelecting] = useState(false);
  const view: View = VIEWS.find((v) => v === params.get('view')) ?? 'list';
  // Selecting is the admin's (the API asks `administer`); everyone else sees no button for it.
  const canSelect = can('administer');

  if (indicators.error) return <QueryError error={indicators.error} onRetry={() => indicators.refetch()} />;
  if (names.error) return <QueryError error={names.error} onRetry={names.retry} />;
  if (!indicators.data || !names.data) return <PageLoader />;

  const setView = (next: string | null) => {
    const nextParams = new URLSearchParams(params);
    if (next && next !== 'list') nextParams.set('view', next);
    else nextParams.delete('view');
    setParams(nextParams);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Title order={2} size="h3">
            {t('indicators.title')}
          </Title>
          <Text size="sm" mt={4}>
            {t('indicators.intro')}
          </Text>
          {!canSelect && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('indicators.readOnly')}
            </Text>
          )}
        </div>
        {canSelect && <Button onClick={() => setSelecting(true)}>{t('indicators.select.open')}</Button>}
      </Group>
      <Tabs value={view} onChange={setView} keepMounted={false}>
        <Tabs.List mb="md">
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`indicators.views.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="list">
          <IndicatorList planId={plan.id} indicators={indicators.data} names={names.data} />
        </Tabs.Panel>
        <Tabs.Panel value="quality">
          <QualityView planId={plan.id} indicators={indicators.data} names={names.data} />
        </Tabs.Panel>
        <Tabs.Panel value="progress">
          <ProgressView planId={plan.id} names={names.data} />
        </Tabs.Panel>
      </Tabs>
      {canSelect && (
        <SelectIndicator
          opened={selecting}
          onClose={() => setSelecting(false)}
          names={names.data}
          indicators={indicators.data}
          pillarId={parseFilters(params).pillar}
        />
      )}
    </Stack>
  );
}
