import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, type ConflictField } from './conflict-dialog.tsx';

/** What a record's editor hook (a programme's, an indicator's) gives the form around its fields. */
export interface RecordFormState {
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  hasChanges: boolean;
  formError: string | null | undefined;
  /** Someone saved the record since this form was opened. */
  outdated: boolean;
  /** Typed values came back from an earlier visit's draft. */
  draftRestored: boolean;
  discardDraft: () => void;
  /** A save refused with 409: the versions to merge. */
  conflict:
    | {
        base: Record<string, unknown>;
        mine: Record<string, unknown>;
        theirs: Record<string, unknown> & { version: number };
        resolve: (merged: Record<string, unknown>, version: number) => void;
        cancel: () => void;
      }
    | null
    | undefined
    | false;
}

/** The form's own words, translated by the feature (its i18n keys are its own). */
export interface RecordFormWords {
  /** The form's accessible name. */
  label: string;
  outdated: string;
  failed: string;
  unsaved: string;
  noChanges: string;
  reset: string;
  save: string;
}

interface Props {
  editor: RecordFormState;
  words: RecordFormWords;
  conflictFields: ConflictField[];
  /** False: the fields only, to read; no save bar. */
  editable?: boolean;
  children: ReactNode;
}

/**
 * The frame every record's detail form shares: the restored-draft notice, the "changed meanwhile" and
 * failure alerts, the fields, a save bar that stays in sight once something is typed, and the merge
 * dialog when a save meets someone else's newer version.
 */
export function RecordForm({ editor, words, conflictFields, editable = true, children }: Props) {
  const { t } = useTranslation();
  const { conflict } = editor;
  return (
    <>
      <form onSubmit={editor.submit} noValidate aria-label={words.label}>
        <Stack gap="md">
          {editor.draftRestored && (
            <Alert color="blue">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('draft.restored')}</Text>
                <Button size="compact-sm" variant="light" onClick={editor.discardDraft}>
                  {t('draft.discard')}
                </Button>
              </Group>
            </Alert>
          )}
          {editor.outdated && <Alert color="yellow">{words.outdated}</Alert>}
          {editor.formError && (
            <Alert color="red" role="alert" title={words.failed}>
              {editor.formError}
            </Alert>
          )}
          {children}
          {editable && (
            // Kept in sight once something is typed, so a long form never hides its save button.
            <Paper
              withBorder
              shadow={editor.hasChanges ? 'sm' : undefined}
              p="xs"
              style={editor.hasChanges ? { position: 'sticky', bottom: 0, zIndex: 5 } : undefined}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text
                  size="sm"
                  c={editor.hasChanges ? undefined : 'dimmed'}
                  aria-live="polite"
                  visibleFrom="sm"
                >
                  {editor.hasChanges ? words.unsaved : words.noChanges}
                </Text>
                <Group gap="xs" wrap="nowrap" ml="auto">
                  <Button variant="default" disabled={!editor.hasChanges} onClick={editor.discardDraft}>
                    {words.reset}
                  </Button>
                  <Button type="submit" loading={editor.saving} disabled={!editor.hasChanges}>
                    {words.save}
                  </Button>
                </Group>
              </Group>
            </Paper>
          )}
        </Stack>
      </form>
      {conflict && (
        <ConflictDialog
          key={conflict.theirs.version}
          opened
          fields={conflictFields}
          base={conflict.base}
          mine={conflict.mine}
          theirs={conflict.theirs}
          saving={editor.saving}
          onResolve={conflict.resolve}
          onCancel={conflict.cancel}
        />
      )}
    </>
  );
}
