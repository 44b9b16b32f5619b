import { Alert, Anchor, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanIndicator, QualityIssues } from '../api.ts';
import { GradeBadge } from '../badges.tsx';
import type { IndicatorNames } from '../use-names.ts';
import { type Fix, fixOf, type Problem } from './issue-fix.ts';

/** The fix in the reader's words; the OPD named by its name and code. */
function fixText(t: TFunction, fix: Fix, names: IndicatorNames): string {
  const opd = names.opdName(fix.opdId) || t('indicators.issues.theProducer');
  // Inside a sentence: "(tahunan)", not "(Tahunan)".
  const frequency = fix.frequency
    ? t(`indicators.frequency.${fix.frequency}`).toLocaleLowerCase(names.language)
    : '';
  const main = t(`indicators.issues.fix.${fix.reason}`, { opd, frequency, count: fix.count });
  return fix.otherOpdId
    ? `${main} ${t('indicators.issues.fix.orOther', { other: names.opdName(fix.otherOpdId) })}`
    : main;
}

function ProblemLine({
  problem,
  indicator,
  names,
}: {
  problem: Problem;
  indicator?: PlanIndicator;
  names: IndicatorNames;
}) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <Text size="sm" fw={600} span>
        {t(`indicators.criteria.${problem.criterion}.name`)}
        {problem.score !== null && ` · ${t('indicators.issues.score', { score: problem.score })}`}
      </Text>
      {problem.rationale && (
        <Text size="sm" c="dimmed" fs="italic" style={{ overflowWrap: 'anywhere' }}>
          “{problem.rationale}”
        </Text>
      )}
      <Text size="sm">{fixText(t, fixOf(problem, indicator), names)}</Text>
    </List.Item>
  );
}

/** The indicators failing verifiability or data availability, each problem with what would fix it. */
export function IssueList({
  planId,
  issues,
  indicators,
  names,
}: {
  planId: string;
  issues: QualityIssues;
  indicators: PlanIndicator[];
  names: IndicatorNames;
}) {
  const { t } = useTranslation();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  if (issues.items.length === 0)
    return (
      <Alert color="teal">
        {issues.indicators === 0 ? t('indicators.issues.noIndicators') : t('indicators.issues.none')}
      </Alert>
    );
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('indicators.issues.intro', { count: issues.items.length, total: issues.indicators })}
      </Text>
      <SimpleGrid
        component="ul"
        cols={{ base: 1, lg: 2 }}
        spacing="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {issues.items.map((item) => (
          <Card key={item.planIndicatorId} component="li" withBorder padding="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
                <Text size="xs" c="dimmed">
                  {item.code} · {names.pillarName(item.pillarId)}
                </Text>
                <Anchor
                  component={Link}
                  to={`/plans/${planId}/indicators/${item.planIndicatorId}`}
                  fw={600}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {names.name(item)}
                </Anchor>
              </div>
              {byId.get(item.planIndicatorId) && (
                <GradeBadge quality={(byId.get(item.planIndicatorId) as PlanIndicator).quality} />
              )}
            </Group>
            <List spacing={6} mt="xs" size="sm">
              {item.problems.map((problem) => (
                <ProblemLine
                  key={`${problem.reason}:${problem.opdId ?? ''}`}
                  problem={problem}
                  indicator={byId.get(item.planIndicatorId)}
                  names={names}
                />
              ))}
            </List>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
