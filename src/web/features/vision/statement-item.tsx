import { Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from './confirm-delete.tsx';
import { StatementForm } from './statement-form.tsx';
import type { FormValues } from './use-record-form.ts';

interface Statement {
  id: string;
  text: string;
  version: number;
}

export interface StatementItemProps<R extends Statement> {
  statement: R;
  editable: boolean;
  labels: { field: string; edit: string; delete: string; deleteTitle: string; deleteBody: string };
  /** Drafts of this statement's edits are kept under this key. */
  draftKey: string;
  save: (changes: Partial<FormValues>, version: number | null) => Promise<R>;
  remove: () => Promise<unknown>;
  /** Refreshes the plan after a change. */
  onChanged: () => Promise<unknown>;
}

/** One goal or strategy: its text, and for its editors an in-place edit and a confirmed deletion. */
export function StatementItem<R extends Statement>(props: StatementItemProps<R>) {
  const { t } = useTranslation();
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const { statement, labels } = props;
  const textId = useId();

  if (editing)
    return (
      <StatementForm<R>
        fields={[{ key: 'text', label: labels.field, main: true }]}
        initial={{ text: statement.text }}
        version={statement.version}
        draftKey={props.draftKey}
        save={props.save}
        toValues={(saved) => ({ text: saved.text })}
        onDone={async (saved) => {
          if (saved) await props.onChanged();
          edit.close();
        }}
      />
    );

  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
      <Text
        id={textId}
        size="sm"
        style={{ flex: '1 1 14rem', minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
      >
        {statement.text}
      </Text>
      {props.editable && (
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={edit.open}
            aria-label={labels.edit}
            aria-describedby={textId}
          >
            {t('vision.actions.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={del.open}
            aria-label={labels.delete}
            aria-describedby={textId}
          >
            {t('vision.actions.delete')}
          </Button>
          <ConfirmDelete
            opened={deleting}
            title={labels.deleteTitle}
            message={labels.deleteBody}
            remove={props.remove}
            onClose={del.close}
            onDeleted={props.onChanged}
          />
        </Group>
      )}
    </Group>
  );
}
