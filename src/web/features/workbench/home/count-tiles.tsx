import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { formatNumber, formatRupiah, formatRupiahShort } from '../../../lib/format.ts';
import type { PlanSummary } from './api.ts';
import { HomeSection } from './home-section.tsx';
import { elementCoverage } from './plan-overview.ts';

/** The plan's key figures as tiles: two per row on a phone, four on a wide screen. */
export function CountTiles({ summary }: { summary: PlanSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const count = (value: number) => formatNumber(value, language);
  const of = (total: number) => t('workbench.home.counts.ofTotal', { total: count(total) });
  const elements = elementCoverage(summary);
  const pillarsWithPrograms = summary.pillars.length - summary.gaps.pillarsWithoutPrograms.length;
  const review = summary.counts.byReviewStatus;
  const { plan, budget } = summary;
  const { leadOpds, indicators } = summary.counts;
  const withoutTargets = summary.gaps.indicatorsWithoutTargets.length;

  return (
    <HomeSection title={t('workbench.home.counts.title')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Tile label={t('workbench.home.counts.programs')} value={count(summary.counts.programs)} />
        <Tile label={t('workbench.home.counts.quickWins')} value={count(summary.counts.quickWins)} />
        <Tile
          label={t('workbench.home.counts.leadOpds')}
          value={count(leadOpds)}
          detail={of(leadOpds + summary.gaps.opdsWithoutPrograms.length)}
        />
        <Tile
          label={t('workbench.home.counts.pillars')}
          value={count(pillarsWithPrograms)}
          detail={of(summary.pillars.length)}
        />
        <Tile
          label={t('workbench.home.counts.elements')}
          value={count(elements.covered)}
          detail={of(elements.total)}
        />
        <Tile
          label={t('workbench.home.counts.indicators')}
          value={count(indicators)}
          detail={
            withoutTargets > 0
              ? t('workbench.home.counts.withoutTargets', { count: withoutTargets })
              : indicators > 0
                ? t('workbench.home.counts.allTargeted')
                : undefined
          }
        />
        <Tile
          label={t('workbench.home.counts.budget')}
          value={formatRupiahShort(budget.total, language)}
          title={formatRupiah(budget.total, language)}
          detail={t('workbench.home.counts.period', { start: plan.periodStart, end: plan.periodEnd })}
        />
        <Tile
          label={t('workbench.home.counts.accepted')}
          value={count(review.accepted ?? 0)}
          detail={t('workbench.home.counts.review', {
            needsRevision: count(review.needs_revision ?? 0),
            pending: count(review.pending ?? 0),
          })}
        />
      </SimpleGrid>
    </HomeSection>
  );
}

interface TileProps {
  label: string;
  value: string;
  detail?: string | undefined;
  /** The exact figure behind a shortened one, on hover. */
  title?: string;
}

/** One figure with its name; a named group, so that a screen reader reads the name with the number. */
function Tile({ label, value, detail, title }: TileProps) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="sm" c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text fw={700} fz={{ base: 'lg', sm: 'xl' }} title={title}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}
