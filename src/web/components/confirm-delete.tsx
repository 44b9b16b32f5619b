import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';

/** The dialog's words, translated by the feature. */
export interface ConfirmDeleteWords {
  open: string;
  title: string;
  /** The question, naming what goes. */
  confirm: string;
  cancel: string;
  submit: string;
}

interface Props {
  words: ConfirmDeleteWords;
  // biome-ignore lint/suspicious/noExplicitAny: any delete mutation without variables; its answer is not read
  remove: UseMutationResult<any, Error, void>;
  /** A refusal the feature words itself (e.g. 409: the record has progress reports); else the problem's text. */
  refusal?: (error: Error) => string | null;
  /** After the deletion succeeded: tell the user and leave the screen. */
  onDeleted: () => void;
}

/** A delete button that asks once, shows why the server refused, and hands over once the record is gone. */
export function ConfirmDelete({ words, remove, refusal, onDeleted }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const close = () => {
    setOpened(false);
    remove.reset();
  };

  return (
    <>
      <Button variant="light" color="red" onClick={() => setOpened(true)}>
        {words.open}
      </Button>
      <Modal opened={opened} onClose={close} title={words.title}>
        <Stack>
          <Text>{words.confirm}</Text>
          {remove.error && (
            <Alert color="red" role="alert">
              {refusal?.(remove.error) ?? problemMessage(t, remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {words.cancel}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}
            >
              {words.submit}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
