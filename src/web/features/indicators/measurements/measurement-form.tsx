import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type PlanIndicator, useCreateMeasurement } from '../api.ts';
import { isRatio } from '../ratio-labels.ts';
import { useUploadEvidence } from './evidence-upload.ts';
import { placeMeasurementErrors } from './measurement-correction.ts';
import { MeasurementFields, showsPeriodDates, useMeasurementForm } from './measurement-fields.tsx';
import { type MeasurementFormValues, measurementBody } from './measurement-input.ts';

interface Props {
  indicator: PlanIndicator;
  years: number[];
  /** The signed-in person, who usually reports the value themselves. */
  userName: string;
}

/**
 * A measured value for one period: typed, or computed from numerator and denominator as they are
 * typed; with its evidence, a link or a file (checked here, then again by the server). It is saved as
 * submitted: a second person verifies it.
 */
export function MeasurementForm({ indicator, years, userName }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'id';
  const { catalog } = indicator;
  const create = useCreateMeasurement(indicator.planId, indicator.id);
  const upload = useUploadEvidence(indicator.planId);
  const [uploadFailed, setUploadFailed] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const thisYear = new Date().getFullYear();
  const initial: MeasurementFormValues = {
    periodYear: String(years.includes(thisYear - 1) ? thisYear - 1 : (years[0] ?? '')),
    periodStart: '',
    periodEnd: '',
    mode: isRatio(catalog) ? 'ratio' : 'value',
    value: '',
    numerator: '',
    denominator: '',
    evidenceUrl: '',
    file: null,
    note: '',
    submittedBy: userName,
  };
  const form = useMeasurementForm(catalog, initial, language);
  // The session may arrive after the form: the reporter is then filled in, unless something was typed.
  // Through a ref: the form's functions change with every render (its rules are a function), and an
  // effect depending on them would set the field on every render.
  const formRef = useRef(form);
  formRef.current = form;
  useEffect(() => {
    if (userName) formRef.current.setFieldValue('submittedBy', (typed) => typed || userName);
  }, [userName]);

  const submit = form.onSubmit((v) => {
    setUploadFailed(null);
    setUnplaced([]);
    create.mutate(measurementBody(v), {
      onSuccess: (saved) => {
        // The value is saved either way: the form starts afresh for the next one, keeping the year,
        // the way of entry and the reporter.
        const reset = () =>
          form.setValues({ ...initial, periodYear: v.periodYear, mode: v.mode, submittedBy: v.submittedBy });
        const done = () => {
          notifications.show({
            color: 'teal',
            message: t('indicators.measurements.saved', { year: saved.periodYear }),
          });
          reset();
        };
        if (!v.file) return done();
        upload.mutate(
          { measurementId: saved.id, file: v.file },
          {
            onSuccess: done,
            // Only the file was refused: say why; it is attached again to the saved value, in the list.
            onError: (error) => {
              reset();
              setUploadFailed(
                t('indicators.evidence.uploadFailed', {
                  reason:
                    error instanceof ApiError
                      ? (error.fieldMessages().file ?? problemMessage(t, error))
                      : problemMessage(t, error),
                }),
              );
            },
          },
        );
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const placed = placeMeasurementErrors(error.fields, {
          mode: v.mode,
          periodDates: showsPeriodDates(indicator),
        });
        form.setErrors(placed.fields);
        setUnplaced(placed.unplaced);
      },
    });
  });
  const failed = create.error instanceof ApiError ? create.error.fields.length === 0 : Boolean(create.error);

  return (
    <form onSubmit={submit} noValidate aria-label={t('indicators.measurements.formLabel')}>
      <Stack gap="sm">
        {create.error && (failed || unplaced.length > 0) && (
          <Alert color="red" role="alert">
            {failed ? problemMessage(t, create.error) : unplaced.join(' · ')}
          </Alert>
        )}
        {uploadFailed && (
          <Alert color="yellow" role="alert">
            {uploadFailed}
          </Alert>
        )}
        <MeasurementFields form={form} indicator={indicator} years={years} language={language} withFile />
        <Group>
          <Button type="submit" loading={create.isPending || upload.isPending}>
            {t('indicators.measurements.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
