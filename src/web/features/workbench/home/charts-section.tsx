import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart } from '../../../components/chart.tsx';
import { currentLanguage, type Language } from '../../../i18n/i18n.ts';
import { formatNumber, formatRupiah, formatRupiahShort } from '../../../lib/format.ts';
import type { PlanSummary } from './api.ts';
import {
  type AmountFormats,
  amountBarsOption,
  type Bar,
  countBarsOption,
  describedAs,
  yearBarsOption,
} from './chart-options.ts';
import { HomeSection } from './home-section.tsx';

const CHART_HEIGHT = 280;
/** Two bars per pillar need more room than one. */
const COUNT_CHART_HEIGHT = 340;

/** Budget and programmes per pillar, budget per year and per funding source, each with an empty state. */
export function ChartsSection({ summary }: { summary: PlanSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const options = useChartOptions(summary, language);
  const hasPrograms = summary.counts.programs > 0;
  const hasBudget = Number(summary.budget.total) > 0;
  const worksheet = `/plans/${summary.plan.id}/programs`;
  const noPrograms = <EmptyChart message={t('workbench.home.charts.noPrograms')} link={worksheet} />;
  // The way to the worksheet is offered once, under the programmes chart.
  const noBudget = <EmptyChart message={t('workbench.home.charts.noBudget')} />;

  return (
    <HomeSection title={t('workbench.home.charts.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartCard title={t('workbench.home.charts.budgetByPillar')}>
          {hasBudget ? (
            <Chart
              option={options.budgetByPillar}
              height={CHART_HEIGHT}
              label={t('workbench.home.charts.budgetByPillar')}
            />
          ) : (
            noBudget
          )}
        </ChartCard>
        <ChartCard title={t('workbench.home.charts.programsByPillar')}>
          {hasPrograms ? (
            <Chart
              option={options.programsByPillar}
              height={COUNT_CHART_HEIGHT}
              label={t('workbench.home.charts.programsByPillar')}
            />
          ) : (
            noPrograms
          )}
        </ChartCard>
        <ChartCard title={t('workbench.home.charts.budgetByYear')}>
          {hasBudget ? (
            <Chart
              option={options.budgetByYear}
              height={CHART_HEIGHT}
              label={t('workbench.home.charts.budgetByYear')}
            />
          ) : (
            noBudget
          )}
        </ChartCard>
        <ChartCard title={t('workbench.home.charts.budgetBySource')}>
          {hasBudget ? (
            <Chart
              option={options.budgetBySource}
              height={CHART_HEIGHT}
              label={t('workbench.home.charts.budgetBySource')}
            />
          ) : (
            noBudget
          )}
        </ChartCard>
      </SimpleGrid>
    </HomeSection>
  );
}

/** The four charts' options, rebuilt only when the data or the language changes (a new option redraws). */
function useChartOptions(summary: PlanSummary, language: Language) {
  const { t } = useTranslation();
  return useMemo(() => {
    const formats: AmountFormats = {
      short: (amount) => formatRupiahShort(amount, language),
      full: (amount) => formatRupiah(amount, language),
    };
    const pillarName = (pillar: { nameId: string; nameEn: string }) =>
      language === 'en' ? pillar.nameEn : pillar.nameId;
    const amounts = (title: string, bars: Bar[], draw: typeof amountBarsOption) =>
      describedAs(
        draw(bars, t('workbench.home.charts.budget'), formats),
        title,
        bars.map((bar) => `${bar.label} ${formats.short(bar.value)}`),
      );

    const programsName = t('workbench.home.charts.programs');
    const quickWinsName = t('workbench.home.charts.quickWins');
    const count = (value: number) => formatNumber(value, language);
    return {
      budgetByPillar: amounts(
        t('workbench.home.charts.budgetByPillar'),
        summary.pillars.map((p) => ({ label: pillarName(p), value: Number(p.budgetTotal) })),
        amountBarsOption,
      ),
      programsByPillar: describedAs(
        countBarsOption(summary.pillars.map(pillarName), [
          { name: programsName, values: summary.pillars.map((p) => p.programCount) },
          { name: quickWinsName, values: summary.pillars.map((p) => p.quickWinCount) },
        ]),
        t('workbench.home.charts.programsByPillar'),
        summary.pillars.map(
          (p) =>
            `${pillarName(p)}: ${programsName} ${count(p.programCount)}, ${quickWinsName} ${count(p.quickWinCount)}`,
        ),
      ),
      budgetByYear: amounts(
        t('workbench.home.charts.budgetByYear'),
        summary.budget.byYear.map((y) => ({ label: String(y.year), value: Number(y.amount) })),
        yearBarsOption,
      ),
      budgetBySource: amounts(
        t('workbench.home.charts.budgetBySource'),
        summary.budget.bySource.map((s) => ({
          label: t(`workbench.home.sources.${s.source}`),
          value: Number(s.amount),
        })),
        amountBarsOption,
      ),
    };
  }, [summary, language, t]);
}

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Said instead of drawing an empty chart, with the way to the screen that fills it. */
function EmptyChart({ message, link }: { message: string; link?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" justify="center" mih={120}>
      <Text c="dimmed" size="sm">
        {message}
      </Text>
      {link && (
        <Anchor component={Link} to={link} size="sm">
          {t('workbench.home.charts.openWorksheet')}
        </Anchor>
      )}
    </Stack>
  );
}
