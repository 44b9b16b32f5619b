import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problem-message.ts';
import { useRefreshRegion } from '../workbench/api.ts';
import { usedBy } from './problems.ts';

export interface DeleteRecordProps {
  regionId: string;
  /** The button: "Hapus OPD". */
  label: string;
  /** The question asked before deleting, naming the record. */
  question: string;
  /** What to do instead when the record is still in use (e.g. deactivate the OPD). */
  inUseHint?: string;
  remove: () => Promise<void>;
  onDeleted: () => void;
}

/**
 * Deleting asks once more, in place; a record other records still point at is refused by the API
 * (409), and the user reads what still uses it instead of a technical message.
 */
export function DeleteRecord(props: DeleteRecordProps) {
  const { t } = useTranslation();
  const refresh = useRefreshRegion(props.regionId);
  const [confirming, setConfirming] = useState(false);
  const deletion = useMutation({
    mutationFn: props.remove,
    onSuccess: async () => {
      props.onDeleted();
      await refresh();
    },
  });
  const user = usedBy(deletion.error);

  return (
    <Stack gap="xs">
      {deletion.error && (
        <Alert color="red" role="alert" title={user ? t('organisation.delete.refused') : undefined}>
          {user ? t(`organisation.delete.inUse.${user}`) : problemMessage(t, deletion.error)}
          {user && props.inUseHint && <Text size="sm">{props.inUseHint}</Text>}
        </Alert>
      )}
      {confirming ? (
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{props.question}</Text>
          <Button color="red" size="xs" loading={deletion.isPending} onClick={() => deletion.mutate()}>
            {t('organisation.delete.confirm')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
            {t('organisation.actions.cancel')}
          </Button>
        </Group>
      ) : (
        <Group>
          <Button variant="subtle" color="red" size="xs" onClick={() => setConfirming(true)}>
            {props.label}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
