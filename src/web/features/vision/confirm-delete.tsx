import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problem-message.ts';

export interface ConfirmDeleteProps {
  opened: boolean;
  title: string;
  message: string;
  /** Why the deletion cannot happen, known before asking the server (e.g. goals still serve it). */
  blocked?: string | null;
  remove: () => Promise<unknown>;
  /** The reason of a refusal in the reader's words (a record still in use); null for the general one. */
  explain?: (error: unknown) => string | null;
  onClose: () => void;
  onDeleted: () => unknown;
}

/** Asks once before deleting, and says in plain words why a deletion was refused. */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const deletion = useMutation({
    mutationFn: props.remove,
    onSuccess: async () => {
      await props.onDeleted();
      props.onClose();
    },
  });
  const close = () => {
    deletion.reset();
    props.onClose();
  };
  const refusal = deletion.error
    ? (props.explain?.(deletion.error) ?? problemMessage(t, deletion.error))
    : null;

  return (
    <Modal opened={props.opened} onClose={close} title={props.title}>
      <Stack>
        <Text style={{ overflowWrap: 'anywhere' }}>{props.message}</Text>
        {props.blocked && (
          <Alert color="yellow" role="status">
            {props.blocked}
          </Alert>
        )}
        {refusal && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('vision.delete.cancel')}
          </Button>
          <Button
            color="red"
            loading={deletion.isPending}
            disabled={Boolean(props.blocked)}
            onClick={() => deletion.mutate()}
          >
            {t('vision.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
