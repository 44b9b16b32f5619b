import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type Program, useDeleteProgram } from './api.ts';

interface Props {
  program: Program;
  planId: string;
  /** Told before the screen is left, so that it forgets the programme once gone. */
  onDeleted: () => void;
}

/** Deletes the programme after asking once; back to the worksheet of its pillar afterwards. */
export function DeleteProgram({ program, planId, onDeleted }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const remove = useDeleteProgram(planId, program.id);
  const close = () => {
    setOpened(false);
    remove.reset();
  };

  return (
    <>
      <Button variant="light" color="red" onClick={() => setOpened(true)}>
        {t('program.delete.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('program.delete.title')}>
        <Stack>
          <Text>{t('program.delete.confirm', { code: program.code, title: program.title })}</Text>
          {remove.error && (
            <Alert color="red" role="alert">
              {remove.error instanceof ApiError && remove.error.status === 409
                ? t('program.delete.hasProgress')
                : problemMessage(t, remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('program.delete.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    onDeleted();
                    notifications.show({ message: t('program.delete.done', { code: program.code }) });
                    navigate(`/plans/${planId}/programs?pillar=${encodeURIComponent(program.pillarKey)}`);
                  },
                })
              }
            >
              {t('program.delete.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
