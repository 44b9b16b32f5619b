import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type Measurement, type PlanIndicator, useCorrectMeasurement } from '../api.ts';
import { correctionBody, correctionValues, placeMeasurementErrors } from './measurement-correction.ts';
import { MeasurementFields, showsPeriodDates, useMeasurementForm } from './measurement-fields.tsx';

interface Props {
  measurement: Measurement;
  indicator: PlanIndicator;
  years: number[];
  onClose: () => void;
}

/**
 * A submitted or rejected value corrected in place: the entry form filled in with it, saved as a change
 * of that value. The API makes the correction a new submission, which another account verifies.
 */
export function CorrectionForm({ measurement, indicator, years, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const correct = useCorrectMeasurement(indicator.planId);
  const form = useMeasurementForm(indicator.catalog, correctionValues(measurement, language), language);
  // The version the correction is made against: after a 409 it is the one the user has been warned of.
  const [version, setVersion] = useState(measurement.version);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const year = measurement.periodYear;

  const submit = form.onSubmit((v) => {
    setUnplaced([]);
    correct.mutate(
      { id: measurement.id, changes: correctionBody(v), version },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            message: t('indicators.correct.saved', { year: saved.periodYear }),
          });
          onClose();
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const current = error.current as Partial<Measurement> | undefined;
          if (error.status === 409 && typeof current?.version === 'number') setVersion(current.version);
          const placed = placeMeasurementErrors(error.fields, {
            mode: v.mode,
            periodDates: showsPeriodDates(indicator),
          });
          form.setErrors(placed.fields);
          setUnplaced(placed.unplaced);
        },
      },
    );
  });
  const error = correct.error;
  const stale = error instanceof ApiError && error.status === 409;
  const failed = error instanceof ApiError ? error.fields.length === 0 : Boolean(error);

  return (
    <form onSubmit={submit} noValidate aria-label={t('indicators.correct.formLabel', { year })}>
      <Stack gap="sm">
        {error && (failed || unplaced.length > 0) && (
          <Alert color={stale ? 'yellow' : 'red'} role="alert">
            {stale ? t('indicators.correct.stale') : failed ? problemMessage(t, error) : unplaced.join(' · ')}
          </Alert>
        )}
        <MeasurementFields
          form={form}
          indicator={indicator}
          years={years}
          language={language}
          withFile={false}
        />
        <Group gap="xs">
          <Button type="submit" loading={correct.isPending}>
            {t('indicators.correct.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('indicators.judge.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
