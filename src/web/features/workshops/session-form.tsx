import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../api/problem-message.ts';
import type { RequestBody } from '../../api/types.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useRefreshPlan } from '../workbench/api.ts';
import type { Session, Workshop } from './api.ts';
import { fromLocalInput, toLocalInput } from './date-input.ts';
import { orBlank, orNull } from './form-values.ts';
import { useRecordSave } from './use-record-save.ts';

const showInstant = (value: unknown) =>
  typeof value === 'string' ? formatDateTime(value, currentLanguage()) : '—';

interface SessionFormProps {
  planId: string;
  workshop: Workshop;
  /** null: a new session, numbered after the last one. */
  session: Session | null;
  nextOrdinal: number;
  onDone: () => void;
}

/** Adds a session to a Bimtek phase or changes one: order, title, time, venue, narasumber, agenda. */
export function SessionForm({ planId, workshop, session, nextOrdinal, onDone }: SessionFormProps) {
  const { t } = useTranslation();
  const refresh = useRefreshPlan(planId);
  const form = useForm({
    initialValues: {
      ordinal: session?.ordinal ?? nextOrdinal,
      title: session?.title ?? '',
      startsAt: toLocalInput(session?.startsAt ?? (workshop.startsOn ? `${workshop.startsOn}T09:00` : null)),
      endsAt: toLocalInput(session?.endsAt),
      // A phase is usually held in one hall: a new session starts there.
      venue: session ? orBlank(session.venue) : orBlank(workshop.venue),
      facilitator: orBlank(session?.facilitator),
      agenda: orBlank(session?.agenda),
    },
    validate: {
      title: (v) => (v.trim().length < 3 ? t('workshops.sessionForm.titleRequired') : null),
      startsAt: (v) => (fromLocalInput(v) ? null : t('workshops.sessionForm.startsAtRequired')),
      endsAt: (v, values) => {
        const end = fromLocalInput(v);
        const start = fromLocalInput(values.startsAt);
        return end && start && end < start ? t('workshops.sessionForm.endsBeforeStart') : null;
      },
    },
  });
  const saver = useRecordSave<Session>({
    record: session,
    itemPath: '/sessions',
    create: (fields) =>
      api<Session>(`/workshops/${workshop.id}/sessions`, {
        method: 'POST',
        body: fields as RequestBody<'createSession'>,
      }),
    onSaved: async () => {
      await refresh();
      onDone();
    },
    setErrors: form.setErrors,
    // The only duplicate a session can be is its number within the phase.
    explain: (error) =>
      error.status === 409 && error.kind === 'conflict'
        ? { ordinal: t('workshops.sessionForm.ordinalTaken') }
        : null,
  });
  const labels = {
    ordinal: t('workshops.sessionForm.ordinal'),
    title: t('workshops.sessionForm.title'),
    startsAt: t('workshops.sessionForm.startsAt'),
    endsAt: t('workshops.sessionForm.endsAt'),
    venue: t('workshops.sessionForm.venue'),
    facilitator: t('workshops.sessionForm.facilitator'),
    agenda: t('workshops.sessionForm.agenda'),
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        saver.save({
          ordinal: v.ordinal,
          title: v.title.trim(),
          startsAt: fromLocalInput(v.startsAt),
          endsAt: fromLocalInput(v.endsAt),
          venue: orNull(v.venue),
          facilitator: orNull(v.facilitator),
          agenda: orNull(v.agenda),
        }),
      )}
    >
      <Stack>
        {saver.error != null && (
          <Alert color="red" role="alert">
            {typeof saver.error === 'string' ? saver.error : problemMessage(t, saver.error)}
          </Alert>
        )}
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <NumberInput
            label={labels.ordinal}
            min={1}
            max={999}
            allowDecimal={false}
            required
            w={90}
            {...form.getInputProps('ordinal')}
          />
          <TextInput label={labels.title} required style={{ flex: 1 }} {...form.getInputProps('title')} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={labels.startsAt}
            required
            {...form.getInputProps('startsAt')}
          />
          <TextInput type="datetime-local" label={labels.endsAt} {...form.getInputProps('endsAt')} />
        </SimpleGrid>
        <TextInput label={labels.venue} {...form.getInputProps('venue')} />
        <TextInput label={labels.facilitator} {...form.getInputProps('facilitator')} />
        <Textarea
          label={labels.agenda}
          description={t('workshops.sessionForm.agendaHint')}
          autosize
          minRows={3}
          {...form.getInputProps('agenda')}
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
          fields={Object.entries(labels).map(([key, label]) => ({
            key,
            label,
            format: key === 'startsAt' || key === 'endsAt' ? showInstant : undefined,
          }))}
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
