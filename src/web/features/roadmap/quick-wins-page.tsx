import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatRupiah } from '../../lib/format.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import { sumAmounts } from './amounts.ts';
import { useQuickWins } from './api.ts';
import { groupByPillar } from './group-by-pillar.ts';
import { QuickWinPillar } from './quick-win-pillar.tsx';

/** Book 3 of the master plan: the quick wins chosen per pillar (Bimtek III, finalised in IV). */
export function QuickWinsPage() {
  const { t } = useTranslation();
  const { plan, pillars } = usePlanContext();
  const quickWins = useQuickWins(plan.id);

  if (quickWins.isError) return <QueryError error={quickWins.error} onRetry={() => quickWins.refetch()} />;
  if (!quickWins.data) return <PageLoader />;
  const groups = groupByPillar(pillars, quickWins.data);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('roadmap.quickWins.title')}</Title>
        <Text c="dimmed" size="sm" maw={720}>
          {t('roadmap.quickWins.intro')}
        </Text>
      </div>
      <Text>
        {t('roadmap.quickWins.summary', {
          count: quickWins.data.length,
          covered: groups.filter((g) => g.programs.length > 0).length,
          pillars: pillars.length,
          budget: formatRupiah(sumAmounts(quickWins.data.map((p) => p.budgetTotal)), currentLanguage()),
        })}
      </Text>
      {groups.map(({ pillar, programs }) => (
        <QuickWinPillar key={pillar.id} pillar={pillar} programs={programs} />
      ))}
    </Stack>
  );
}
