import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../i18n/i18n.ts';
import type { IndicatorGap, PlanSummary } from './api.ts';
import { HomeSection } from './home-section.tsx';
import { pillarGaps } from './plan-overview.ts';
import { ShortList } from './short-list.tsx';

/**
 * What the plan still lacks, each kind with the way to the screen where it is fixed: the facilitator's
 * to-do list during a Bimtek.
 */
export function GapsSection({ summary }: { summary: PlanSummary }) {
  const { t } = useTranslation();
  const english = currentLanguage() === 'en';
  const name = (named: { nameId: string; nameEn: string }) => (english ? named.nameEn : named.nameId);
  const planPath = `/plans/${summary.plan.id}`;
  const pillars = pillarGaps(summary);
  const opds = summary.gaps.opdsWithoutPrograms;
  // Those with weak data: their data cannot be checked or collected yet (the indicators' quality view).
  const { indicatorsWithoutTargets, indicatorsWithWeakData } = summary.gaps;
  const noPillars = summary.pillars.length === 0;
  const complete =
    !noPillars &&
    pillars.length === 0 &&
    opds.length === 0 &&
    indicatorsWithoutTargets.length === 0 &&
    indicatorsWithWeakData.length === 0;
  const asGaps = (indicators: IndicatorGap[]) =>
    indicators.map((indicator) => ({
      id: indicator.planIndicatorId,
      name: name(indicator),
      code: indicator.code,
    }));

  return (
    <HomeSection title={t('workbench.home.gaps.title')}>
      {complete && <Text c="teal.8">{t('workbench.home.gaps.none')}</Text>}
      {noPillars && <Text>{t('workbench.home.gaps.noPillars')}</Text>}
      {pillars.length > 0 && (
        <GapCard title={t('workbench.home.gaps.pillarsTitle')}>
          <Stack component="ul" gap="sm" p={0} m={0}>
            {pillars.map((gap) => (
              <li key={gap.pillarId} style={{ listStyle: 'none' }}>
                <Text fw={600} size="sm">
                  {name(gap)}
                </Text>
                <Text size="sm">
                  {gap.withoutPrograms
                    ? t('workbench.home.gaps.pillarEmpty')
                    : t('workbench.home.gaps.elementsMissing', {
                        elements: gap.elementsWithoutPrograms.map(name).join(', '),
                      })}
                </Text>
                <Anchor
                  component={Link}
                  to={`${planPath}/programs?pillar=${encodeURIComponent(gap.key)}`}
                  size="sm"
                >
                  {t('workbench.home.gaps.fillPillar', { pillar: name(gap) })}
                </Anchor>
              </li>
            ))}
          </Stack>
        </GapCard>
      )}
      {opds.length > 0 && (
        <GapCard title={t('workbench.home.gaps.opdsTitle')}>
          <Text size="sm">{t('workbench.home.gaps.opdsIntro', { count: opds.length })}</Text>
          <ShortList items={opds.map((opd) => ({ id: opd.opdId, name: opd.name, code: opd.code }))} />
          <Group gap="md">
            <Anchor component={Link} to={`${planPath}/programs`} size="sm">
              {t('workbench.home.gaps.openWorksheet')}
            </Anchor>
            <Anchor component={Link} to={`${planPath}/organisation`} size="sm">
              {t('workbench.home.gaps.openOrganisation')}
            </Anchor>
          </Group>
        </GapCard>
      )}
      {indicatorsWithoutTargets.length > 0 && (
        <GapCard title={t('workbench.home.gaps.indicatorsTitle')}>
          <Text size="sm">
            {t('workbench.home.gaps.indicatorsIntro', { count: indicatorsWithoutTargets.length })}
          </Text>
          <ShortList items={asGaps(indicatorsWithoutTargets)} />
          <Anchor component={Link} to={`${planPath}/indicators`} size="sm">
            {t('workbench.home.gaps.openIndicators')}
          </Anchor>
        </GapCard>
      )}
      {indicatorsWithWeakData.length > 0 && (
        <GapCard title={t('workbench.home.gaps.weakDataTitle')}>
          <Text size="sm">
            {t('workbench.home.gaps.weakDataIntro', { count: indicatorsWithWeakData.length })}
          </Text>
          <ShortList items={asGaps(indicatorsWithWeakData)} />
          <Anchor component={Link} to={`${planPath}/indicators?view=quality`} size="sm">
            {t('workbench.home.gaps.openQuality')}
          </Anchor>
        </GapCard>
      )}
    </HomeSection>
  );
}

function GapCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
