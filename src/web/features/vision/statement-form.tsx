import { Alert, Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { type FormValues, useRecordForm } from './use-record-form.ts';

export interface StatementField {
  key: string;
  label: string;
  description?: string;
  /** The statement itself: a required, growing text area. Others are optional. */
  main?: boolean;
}

interface Stored {
  version: number;
}

export interface StatementFormProps<R extends Stored> {
  fields: StatementField[];
  initial: FormValues;
  /** null for a statement not created yet. */
  version: number | null;
  draftKey: string;
  save: (changes: Partial<FormValues>, version: number | null) => Promise<R>;
  toValues: (record: R) => FormValues;
  /** After a save (the record stored) or a cancel. */
  onDone: (saved: R | null) => unknown;
}

/**
 * Adds or edits one statement of the plan (a mission, goal or strategy) in place: the API's field
 * errors beside their field, what was typed kept on failure and in a draft, a merge on a stale save.
 * Escape cancels, as it closes the dialogs.
 */
export function StatementForm<R extends Stored>(props: StatementFormProps<R>) {
  const { t } = useTranslation();
  const required = (value: string) => (value.trim() === '' ? t('vision.form.required') : null);
  const record = useRecordForm<FormValues, R>({
    initial: props.initial,
    version: props.version,
    draftKey: props.draftKey,
    validate: Object.fromEntries(props.fields.filter((f) => f.main).map((f) => [f.key, required])),
    save: props.save,
    toValues: props.toValues,
    onSaved: (saved) => props.onDone(saved),
  });
  const firstField = useRef<HTMLTextAreaElement>(null);
  // The form opens on a click: the cursor goes where the typing starts.
  useEffect(() => firstField.current?.focus(), []);
  const cancel = () => {
    record.reset();
    void props.onDone(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !record.conflict) cancel();
  };

  return (
    <form onSubmit={record.onSubmit} onKeyDown={onKeyDown} noValidate>
      <Stack gap="xs">
        {record.draftRestored && (
          <Text size="sm" c="dimmed">
            {t('draft.restored')}{' '}
            <Anchor component="button" type="button" size="sm" onClick={record.reset}>
              {t('draft.discard')}
            </Anchor>
          </Text>
        )}
        {record.formError && (
          <Alert color="red" role="alert">
            {record.formError}
          </Alert>
        )}
        {props.fields.map((field, index) =>
          field.main ? (
            <Textarea
              key={field.key}
              label={field.label}
              description={field.description}
              required
              autosize
              minRows={2}
              maxRows={8}
              ref={index === 0 ? firstField : undefined}
              {...record.form.getInputProps(field.key)}
            />
          ) : (
            <Textarea
              key={field.key}
              label={field.label}
              description={field.description}
              autosize
              minRows={1}
              maxRows={4}
              {...record.form.getInputProps(field.key)}
            />
          ),
        )}
        <Group gap="xs">
          <Button type="submit" size="sm" loading={record.saving}>
            {t('vision.form.save')}
          </Button>
          <Button type="button" size="sm" variant="default" onClick={cancel}>
            {t('vision.form.cancel')}
          </Button>
        </Group>
      </Stack>
      {record.conflict && (
        <ConflictDialog
          fields={props.fields.map((f) => ({ key: f.key, label: f.label }))}
          {...record.conflict}
        />
      )}
    </form>
  );
}
