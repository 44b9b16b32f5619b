import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATURITY_MAX, MATURITY_MIN, READINESS_GAP_MAX_SCORE } from '../../../shared/domain.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { usePlanContext } from '../workbench/plan-context.ts';
import { useReadinessScores, useReadinessSummary } from './api.ts';
import { CellDrawer } from './cell-drawer.tsx';
import { GapList } from './gap-list.tsx';
import { buildMatrix } from './matrix.ts';
import { ReadinessCards } from './readiness-cards.tsx';
import type { Cell } from './readiness-cell.tsx';
import { ReadinessRadar } from './readiness-radar.tsx';
import { ReadinessTable } from './readiness-table.tsx';
import { ScaleLegend } from './scale-legend.tsx';

/**
 * Bimtek I's readiness analysis: the pillar × aspect matrix scored 1–5 with its SWOT notes and evidence,
 * the radar of it, and the gaps the plan has to close. Only the regency's admin changes it (the
 * route's `administer`); everyone who may read the plan sees the same values without controls.
 */
export function ReadinessPage() {
  const { t } = useTranslation();
  const { plan, pillars, can } = usePlanContext();
  const editable = can('administer');
  const scores = useReadinessScores(plan.id);
  const summary = useReadinessSummary(plan.id);
  // One layout at a time (not both hidden by CSS), so each score control exists once on the page.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const matrixId = useId();
  const radarId = useId();
  const gapsId = useId();
  const [open, setOpen] = useState<{ pillarId: string; aspect: Cell['aspect']; opened: boolean } | null>(
    null,
  );

  const rows = useMemo(() => buildMatrix(pillars, scores.data ?? []), [pillars, scores.data]);
  // The drawer shows the cell as stored now, so a score chosen in the matrix reaches an open form.
  const openCell =
    open &&
    (rows.find((row) => row.pillar.id === open.pillarId)?.cells.find((cell) => cell.aspect === open.aspect) ??
      null);

  const failed = [scores, summary].find((query) => query.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!scores.data || !summary.data) return <PageLoader />;

  const MatrixView = phone ? ReadinessCards : ReadinessTable;
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {t('readiness.title')}
        </Title>
        <Text size="sm" mt={4}>
          {t('readiness.intro', { min: MATURITY_MIN, max: MATURITY_MAX, gapMax: READINESS_GAP_MAX_SCORE })}
        </Text>
        {!editable && (
          <Text size="sm" c="dimmed" mt={4}>
            {t('readiness.readOnly')}
          </Text>
        )}
      </div>
      <ScaleLegend />
      {pillars.length === 0 ? (
        <Alert color="yellow">{t('readiness.noPillars')}</Alert>
      ) : (
        <Stack component="section" aria-labelledby={matrixId} gap="sm">
          <Title order={2} size="h4" id={matrixId}>
            {t('readiness.matrix.title')}
          </Title>
          {scores.data.length === 0 && (
            <Alert color="blue">{editable ? t('readiness.emptyWriter') : t('readiness.emptyReader')}</Alert>
          )}
          <MatrixView
            rows={rows}
            planId={plan.id}
            editable={editable}
            labelledBy={matrixId}
            onOpen={(cell) => setOpen({ pillarId: cell.pillar.id, aspect: cell.aspect, opened: true })}
          />
        </Stack>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack component="section" aria-labelledby={radarId} gap="sm">
            <Title order={2} size="h4" id={radarId}>
              {t('readiness.radar.title')}
            </Title>
            <ReadinessRadar summary={summary.data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack component="section" aria-labelledby={gapsId} gap="sm">
            <Title order={2} size="h4" id={gapsId}>
              {t('readiness.gaps.title')}
            </Title>
            <GapList summary={summary.data} />
          </Stack>
        </Grid.Col>
      </Grid>
      <CellDrawer
        cell={openCell || null}
        opened={open?.opened ?? false}
        planId={plan.id}
        editable={editable}
        onClose={() => setOpen((current) => current && { ...current, opened: false })}
      />
    </Stack>
  );
}
