import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import { usePlanContext } from '../workbench/plan-context.ts';
import type { Workshop } from './api.ts';
import { formatDays } from './format-span.ts';
import { PhaseForm } from './phase-form.tsx';
import { roman } from './phases.ts';
import { SessionList } from './session-list.tsx';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

/** One Bimtek phase: when, where, who leads it and what it yields, then its sessions. */
export function PhasePanel({ phase, workshop }: { phase: number; workshop: Workshop | undefined }) {
  const { t } = useTranslation();
  const { plan, can } = usePlanContext();
  const [editing, edit] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 36em)');
  const mayRun = can('runWorkshops');
  const label = roman(phase);

  const form = (
    <Modal
      opened={editing}
      onClose={edit.close}
      size="lg"
      fullScreen={phone}
      title={t(workshop ? 'workshops.phaseForm.editTitle' : 'workshops.phaseForm.createTitle', {
        phase: label,
      })}
    >
      <PhaseForm planId={plan.id} phase={phase} workshop={workshop ?? null} onDone={edit.close} />
    </Modal>
  );

  // The form keeps its place in the tree whichever branch shows: a phase scheduled meanwhile by a
  // colleague must not wipe what the user typed.
  if (!workshop)
    return (
      <Stack>
        <Alert color="gray" title={t('workshops.phase.missing', { phase: label })}>
          {mayRun ? (
            <Button mt="xs" onClick={edit.open}>
              {t('workshops.phase.create', { phase: label })}
            </Button>
          ) : (
            t('workshops.phase.missingReadOnly')
          )}
        </Alert>
        {form}
      </Stack>
    );

  const days = formatDays(workshop.startsOn, workshop.endsOn, currentLanguage());
  return (
    <Stack>
      <Stack>
        <Paper withBorder p="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
            <Title order={2} size="h3">
              {workshop.title}
            </Title>
            {mayRun && (
              <Button variant="light" size="xs" onClick={edit.open}>
                {t('workshops.phase.edit')}
              </Button>
            )}
          </Group>
          <Stack gap={4}>
            <Detail label={t('workshops.phase.dates')}>{days ?? t('workshops.phase.noDates')}</Detail>
            {workshop.venue && <Detail label={t('workshops.phase.venue')}>{workshop.venue}</Detail>}
            {workshop.facilitators && (
              <Detail label={t('workshops.phase.facilitators')}>{workshop.facilitators}</Detail>
            )}
            {workshop.output && <Detail label={t('workshops.phase.output')}>{workshop.output}</Detail>}
          </Stack>
        </Paper>
        <SessionList workshop={workshop} />
      </Stack>
      {form}
    </Stack>
  );
}
