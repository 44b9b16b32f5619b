import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Plan } from '../api.ts';
import { HomeSection } from './home-section.tsx';
import { type PhaseState, phaseStates, ROMAN } from './plan-overview.ts';

const STATUS_COLORS = { draft: 'gray', review: 'yellow', adopted: 'teal', implementing: 'blue' } as const;
const STATE_COLORS: Record<PhaseState, string> = { done: 'teal', current: 'blue', upcoming: 'gray' };

/** Where the plan stands: its status in words, its adoption, and the four Bimtek phases. */
export function StatusSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const phases = phaseStates(plan.status, plan.currentPhase);
  const phasesHeadingId = useId();
  return (
    <HomeSection title={t('workbench.home.status.title')}>
      {/* The period is in the plan's header above; here the status is said in words. */}
      <Group gap="sm" wrap="wrap" align="center">
        <Badge color={STATUS_COLORS[plan.status]} size="lg">
          {t(`plans.status.${plan.status}`)}
        </Badge>
        <Text>{t(`workbench.home.status.explain.${plan.status}`)}</Text>
      </Group>
      <Adoption plan={plan} />
      <Text fw={600} size="sm" id={phasesHeadingId}>
        {t('workbench.home.status.phases')}
      </Text>
      {plan.currentPhase === null && plan.status === 'draft' && (
        <Text size="sm" c="dimmed">
          {t('workbench.home.status.notStarted')}
        </Text>
      )}
      <SimpleGrid
        component="ol"
        aria-labelledby={phasesHeadingId}
        cols={{ base: 2, md: 4 }}
        spacing="xs"
        p={0}
        m={0}
      >
        {phases.map(({ phase, state }) => (
          <Paper
            key={phase}
            component="li"
            withBorder
            p="xs"
            style={{
              listStyle: 'none',
              borderColor: state === 'current' ? 'var(--mantine-color-blue-6)' : undefined,
            }}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <Group justify="space-between" gap={4} wrap="wrap">
              <Text fw={700} size="sm">
                {t('workbench.home.status.phase', { number: ROMAN[phase] })}
              </Text>
              <Badge variant="light" size="sm" color={STATE_COLORS[state]}>
                {t(`workbench.home.status.state.${state}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t(`workbench.home.status.work.${phase}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </HomeSection>
  );
}

/** The regulation that adopted the plan and its date, as far as they were recorded. */
function Adoption({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const instrument = plan.adoptionInstrument;
  const date = plan.adoptedOn ? formatDate(plan.adoptedOn, currentLanguage()) : null;
  if (instrument && date)
    return <Text size="sm">{t('workbench.home.status.adoptedWith', { instrument, date })}</Text>;
  if (date) return <Text size="sm">{t('workbench.home.status.adoptedOn', { date })}</Text>;
  if (instrument) return <Text size="sm">{t('workbench.home.status.adoptedBy', { instrument })}</Text>;
  return null;
}
