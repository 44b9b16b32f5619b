import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '../../../api/problem-message.ts';
import { type PlanIndicator, useDeletePlanIndicator } from '../api.ts';

/**
 * Removes the indicator from the plan after a confirmation. Shown only while it has no measurements:
 * the API keeps monitoring evidence and refuses the removal of a measured indicator.
 */
export function DeleteIndicator({
  indicator,
  name,
  onDeleted,
}: {
  indicator: PlanIndicator;
  name: string;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const remove = useDeletePlanIndicator(indicator.planId, indicator.id);
  return (
    <>
      <Button variant="default" color="red" onClick={dialog.open}>
        {t('indicators.delete.open')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('indicators.delete.title')}>
        <Stack>
          <Text>{t('indicators.delete.confirm', { name })}</Text>
          {remove.error && (
            <Alert color="red" role="alert">
              {problemMessage(t, remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              {t('indicators.delete.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    onDeleted();
                    notifications.show({ color: 'teal', message: t('indicators.delete.done', { name }) });
                    navigate(`/plans/${indicator.planId}/indicators`);
                  },
                })
              }
            >
              {t('indicators.delete.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
