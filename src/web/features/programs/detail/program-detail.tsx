import { Alert, Anchor, Button, Grid, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/problem.ts';
import { HistoryDrawer } from '../../../components/history-drawer.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { isUuid } from '../../../lib/ids.ts';
import { useRefreshPlan } from '../../workbench/api.ts';
import { usePlanContext } from '../../workbench/plan-context.ts';
import { type Program, programKey, useForgetProgram, useProgram } from './api.ts';
import { DeleteProgram } from './delete-program.tsx';
import { fieldLabel } from './field-labels.ts';
import { useProgramLookups } from './lookups.ts';
import { ProgramEditor } from './program-editor.tsx';
import { ProgramHeader } from './program-header.tsx';
import { ProgramView } from './program-view.tsx';
import { ProgressCard } from './progress-card.tsx';
import { ReviewPanel } from './review-panel.tsx';

/** /plans/:planId/programs/:programId — one action programme: its form or its values, reviews, history. */
export function ProgramDetail() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const { plan, can } = usePlanContext();
  const known = isUuid(programId);
  const program = useProgram(plan.id, known ? programId : '');
  const lookups = useProgramLookups();
  const refresh = useRefreshPlan(plan.id);
  const [historyOpen, setHistoryOpen] = useState(false);
  const reloadRef = useRef<((fresh: Program) => void) | null>(null);
  const deleted = useRef(false);
  const forget = useForgetProgram(plan.id, programId);
  useEffect(
    () => () => {
      if (deleted.current) forget();
    },
    [forget],
  );

  const refetch = program.refetch;
  const afterRestore = useCallback(async () => {
    const fresh = await refetch();
    if (fresh.data) reloadRef.current?.(fresh.data);
    void refresh();
  }, [refetch, refresh]);

  const missing =
    !known ||
    (program.error instanceof ApiError && program.error.status === 404) ||
    (program.data && program.data.planId !== plan.id);
  if (missing)
    return (
      <Alert color="yellow" title={t('errors.notFound')}>
        <Anchor component={Link} to={`/plans/${plan.id}/programs`}>
          {t('program.back')}
        </Anchor>
      </Alert>
    );
  if (program.error) return <QueryError error={program.error} onRetry={() => program.refetch()} />;
  if (lookups.error) return <QueryError error={lookups.error} onRetry={lookups.retry} />;
  if (!program.data || !lookups.data) return <PageLoader />;

  const p = program.data;
  const canEdit = can('contribute', [p.leadOpdId]);
  const canReadHistory = can('readInternal');
  // The form's budget table needs the full width of a laptop; the values alone fit beside the reviews.
  const split = canEdit ? 'xl' : 'lg';
  const actions = (
    <>
      {canReadHistory && (
        <Button variant="default" onClick={() => setHistoryOpen(true)}>
          {t('history.open')}
        </Button>
      )}
      {canEdit && (
        <DeleteProgram
          program={p}
          planId={plan.id}
          onDeleted={() => {
            deleted.current = true;
          }}
        />
      )}
    </>
  );

  return (
    <Stack gap="md">
      <ProgramHeader program={p} planId={plan.id} lookups={lookups.data} actions={actions} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, [split]: 8 }} order={1}>
          {canEdit ? (
            <ProgramEditor
              program={p}
              planId={plan.id}
              lookups={lookups.data}
              period={{ start: plan.periodStart, end: plan.periodEnd }}
              mayLead={(opdId) => can('contribute', [p.leadOpdId, opdId])}
              reloadRef={reloadRef}
            />
          ) : (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('program.readOnly')}
              </Text>
              <ProgramView program={p} lookups={lookups.data} />
            </Stack>
          )}
        </Grid.Col>
        {/* Beside the form on wide screens; stacked, first for those who only read and review. */}
        <Grid.Col span={{ base: 12, [split]: 4 }} order={{ base: canEdit ? 2 : 0, [split]: 2 }}>
          <Stack gap="md">
            {canReadHistory && (
              <ReviewPanel
                program={p}
                planId={plan.id}
                lookups={lookups.data}
                canReview={can('review')}
                onStale={() => void program.refetch()}
              />
            )}
            <ProgressCard programId={p.id} planId={plan.id} lookups={lookups.data} />
          </Stack>
        </Grid.Col>
      </Grid>
      {canReadHistory && (
        <HistoryDrawer
          opened={historyOpen}
          onClose={() => setHistoryOpen(false)}
          path={`/programs/${p.id}`}
          queryKey={programKey(plan.id, p.id)}
          what={t('program.historyWhat', { code: p.code })}
          currentVersion={p.version}
          fieldLabel={(field) => fieldLabel(t, field)}
          // Bringing a version back is the regency admin's call (the API asks `administer`).
          canRestore={can('administer')}
          onRestored={afterRestore}
        />
      )}
    </Stack>
  );
}
