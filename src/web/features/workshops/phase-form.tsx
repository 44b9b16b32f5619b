import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../api/problem-message.ts';
import type { RequestBody } from '../../api/types.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { useRefreshPlan } from '../workbench/api.ts';
import type { Workshop } from './api.ts';
import { orBlank, orNull } from './form-values.ts';
import { roman } from './phases.ts';
import { useRecordSave } from './use-record-save.ts';

interface PhaseFormProps {
  planId: string;
  phase: number;
  /** null: the phase is scheduled now. */
  workshop: Workshop | null;
  onDone: () => void;
}

/** Schedules a Bimtek phase or changes it: title, dates, venue, the narasumber and the expected output. */
export function PhaseForm({ planId, phase, workshop, onDone }: PhaseFormProps) {
  const { t } = useTranslation();
  const refresh = useRefreshPlan(planId);
  const form = useForm({
    initialValues: {
      title: workshop?.title ?? t('workshops.phaseForm.defaultTitle', { phase: roman(phase) }),
      startsOn: orBlank(workshop?.startsOn),
      endsOn: orBlank(workshop?.endsOn),
      venue: orBlank(workshop?.venue),
      facilitators: orBlank(workshop?.facilitators),
      output: orBlank(workshop?.output),
    },
    validate: {
      title: (v) => (v.trim().length < 3 ? t('workshops.phaseForm.titleRequired') : null),
      endsOn: (v, values) =>
        v && values.startsOn && v < values.startsOn ? t('workshops.phaseForm.endsBeforeStart') : null,
    },
  });
  const saver = useRecordSave<Workshop>({
    record: workshop,
    itemPath: '/workshops',
    create: (fields) =>
      api<Workshop>(`/plans/${planId}/workshops`, {
        method: 'POST',
        body: { phase, ...fields } as RequestBody<'createWorkshop'>,
      }),
    onSaved: async () => {
      await refresh();
      onDone();
    },
    setErrors: form.setErrors,
    // Scheduled meanwhile by a colleague: the phase exists now; refreshing shows it.
    explain: (error) => {
      if (error.status !== 409 || error.kind !== 'conflict') return null;
      void refresh();
      return t('workshops.phaseForm.alreadyScheduled', { phase: roman(phase) });
    },
  });
  const labels = {
    title: t('workshops.phaseForm.title'),
    startsOn: t('workshops.phaseForm.startsOn'),
    endsOn: t('workshops.phaseForm.endsOn'),
    venue: t('workshops.phaseForm.venue'),
    facilitators: t('workshops.phaseForm.facilitators'),
    output: t('workshops.phaseForm.output'),
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        saver.save({
          title: v.title.trim(),
          startsOn: orNull(v.startsOn),
          endsOn: orNull(v.endsOn),
          venue: orNull(v.venue),
          facilitators: orNull(v.facilitators),
          output: orNull(v.output),
        }),
      )}
    >
      <Stack>
        {saver.error != null && (
          <Alert color="red" role="alert">
            {typeof saver.error === 'string' ? saver.error : problemMessage(t, saver.error)}
          </Alert>
        )}
        <TextInput label={labels.title} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput type="date" label={labels.startsOn} {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={labels.endsOn} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <TextInput label={labels.venue} {...form.getInputProps('venue')} />
        <Textarea
          label={labels.facilitators}
          description={t('workshops.phaseForm.facilitatorsHint')}
          autosize
          minRows={2}
          {...form.getInputProps('facilitators')}
        />
        <Textarea
          label={labels.output}
          description={t('workshops.phaseForm.outputHint')}
          autosize
          minRows={2}
          {...form.getInputProps('output')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('workshops.form.cancel')}
          </Button>
          <Button type="submit" loading={saver.saving}>
            {t('workshops.form.save')}
          </Button>
        </Group>
      </Stack>
      {saver.conflict && (
        <ConflictDialog
          opened
          fields={Object.entries(labels).map(([key, label]) => ({ key, label }))}
          base={saver.conflict.base}
          mine={saver.conflict.mine}
          theirs={saver.conflict.theirs}
          saving={saver.saving}
          onResolve={saver.resolve}
          onCancel={saver.cancelConflict}
        />
      )}
    </form>
  );
}
