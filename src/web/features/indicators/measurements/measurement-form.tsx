import {
  Alert,
  Button,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type PlanIndicator, useCreateMeasurement } from '../api.ts';
import { formatValue } from '../values.ts';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_MEGABYTES } from './evidence-check.ts';
import { useUploadEvidence } from './evidence-upload.ts';
import {
  type MeasurementFormValues,
  type MeasurementProblem,
  measurementBody,
  measurementProblems,
} from './measurement-input.ts';
import { ValueFields } from './value-fields.tsx';

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
  const thisYear = new Date().getFullYear();
  const initial: MeasurementFormValues = {
    periodYear: String(years.includes(thisYear - 1) ? thisYear - 1 : (years[0] ?? '')),
    periodStart: '',
    periodEnd: '',
    mode: catalog.numeratorLabel ? 'ratio' : 'value',
    value: '',
    numerator: '',
    denominator: '',
    evidenceUrl: '',
    file: null,
    note: '',
    submittedBy: userName,
  };
  const word = (problem: MeasurementProblem) => {
    if (problem.key === 'evidence')
      return t(`indicators.evidence.problem.${problem.problem}`, { max: EVIDENCE_MAX_MEGABYTES });
    const { key, ...params } = problem;
    const limit = 'limit' in problem ? { limit: formatValue(problem.limit, language) } : {};
    return t(`indicators.validation.${key}`, { ...params, ...limit });
  };
  const form = useForm<MeasurementFormValues>({
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(Object.entries(measurementProblems(values, catalog)).map(([k, p]) => [k, word(p)])),
  });
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
        if (error instanceof ApiError) form.setErrors(error.fieldMessages());
      },
    });
  });
  const unplaced =
    create.error instanceof ApiError ? create.error.fields.length === 0 : Boolean(create.error);

  return (
    <form onSubmit={submit} noValidate aria-label={t('indicators.measurements.formLabel')}>
      <Stack gap="sm">
        {create.error && unplaced && (
          <Alert color="red" role="alert">
            {problemMessage(t, create.error)}
          </Alert>
        )}
        {uploadFailed && (
          <Alert color="yellow" role="alert">
            {uploadFailed}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('indicators.measurements.year')}
            required
            allowDeselect={false}
            data={years.map(String)}
            {...form.getInputProps('periodYear')}
          />
          {indicator.frequency !== 'yearly' && (
            <>
              <TextInput
                type="date"
                label={t('indicators.measurements.periodStart')}
                {...form.getInputProps('periodStart')}
              />
              <TextInput
                type="date"
                label={t('indicators.measurements.periodEnd')}
                {...form.getInputProps('periodEnd')}
              />
            </>
          )}
        </SimpleGrid>
        <ValueFields form={form} catalog={catalog} language={language} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('indicators.evidence.url')}
            type="url"
            placeholder="https://"
            maxLength={2000}
            {...form.getInputProps('evidenceUrl')}
          />
          <FileInput
            label={t('indicators.evidence.file')}
            description={t('indicators.evidence.fileHint', { max: EVIDENCE_MAX_MEGABYTES })}
            accept={EVIDENCE_ACCEPT}
            clearable
            {...form.getInputProps('file')}
          />
        </SimpleGrid>
        <Textarea
          label={t('indicators.measurements.note')}
          autosize
          minRows={1}
          maxLength={2000}
          {...form.getInputProps('note')}
        />
        <TextInput
          label={t('indicators.measurements.submittedBy')}
          description={t('indicators.measurements.submittedByHint')}
          required
          maxLength={200}
          maw={360}
          {...form.getInputProps('submittedBy')}
        />
        <Group>
          <Button type="submit" loading={create.isPending || upload.isPending}>
            {t('indicators.measurements.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
