import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteMeasurement } from '../api.ts';

interface Props {
  measurementId: string;
  planId: string;
  /** Opens the correction form; null where the value may not be corrected (a verified one). */
  onCorrect: (() => void) | null;
}

/** What those who enter values may do to one: correct it while it is unverified, or delete it after asking. */
export function MeasurementActions({ measurementId, planId, onCorrect }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteMeasurement(planId);
  const [confirming, setConfirming] = useState(false);
  return (
    <Group gap="xs" mt="xs" justify="flex-end">
      {confirming ? (
        <>
          <Text size="sm">{t('indicators.measurements.deleteConfirm')}</Text>
          <Button
            size="compact-sm"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(measurementId)}
          >
            {t('indicators.measurements.delete')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
            {t('indicators.judge.cancel')}
          </Button>
        </>
      ) : (
        <>
          {onCorrect && (
            <Button size="compact-sm" variant="light" onClick={onCorrect}>
              {t('indicators.correct.open')}
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirming(true)}>
            {t('indicators.measurements.delete')}
          </Button>
        </>
      )}
    </Group>
  );
}
