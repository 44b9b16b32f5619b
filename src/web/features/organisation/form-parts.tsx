import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, type ConflictField } from '../../components/conflict-dialog.tsx';
import type { SaveConflictState } from './use-record-save.ts';

/** A failure the form could not put next to a field. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}

export function FormButtons({
  saving,
  onCancel,
  cancelLabel,
}: {
  saving: boolean;
  onCancel: () => void;
  /** "Tutup" once there is nothing left to cancel (the record is saved). */
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel ?? t('organisation.actions.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {t('organisation.actions.save')}
      </Button>
    </Group>
  );
}

/** The three-way merge shown when someone else saved the same record while it was being edited. */
export function SaveConflict({
  conflict,
  saving,
  fields,
}: {
  conflict: SaveConflictState | null;
  saving: boolean;
  fields: ConflictField[];
}) {
  if (!conflict) return null;
  return (
    <ConflictDialog
      opened
      fields={fields}
      base={conflict.base}
      mine={conflict.mine}
      theirs={conflict.theirs}
      saving={saving}
      onResolve={conflict.resolve}
      onCancel={conflict.cancel}
    />
  );
}
