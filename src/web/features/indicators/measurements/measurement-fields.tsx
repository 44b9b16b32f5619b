import { FileInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n.ts';
import type { PlanIndicator } from '../api.ts';
import { formatValue } from '../values.ts';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_MEGABYTES } from './evidence-check.ts';
import {
  type MeasurementFormValues,
  type MeasurementProblem,
  measurementProblems,
} from './measurement-input.ts';
import { ValueFields } from './value-fields.tsx';

export type MeasurementFormApi = UseFormReturnType<MeasurementFormValues>;

/** The entry form's state, checked by the API's own rules in the reader's words before anything is sent. */
export function useMeasurementForm(
  catalog: PlanIndicator['catalog'],
  initialValues: MeasurementFormValues,
  language: Language,
): MeasurementFormApi {
  const { t } = useTranslation();
  const word = (problem: MeasurementProblem) => {
    if (problem.key === 'evidence')
      return t(`indicators.evidence.problem.${problem.problem}`, { max: EVIDENCE_MAX_MEGABYTES });
    const { key, ...params } = problem;
    const limit = 'limit' in problem ? { limit: formatValue(problem.limit, language) } : {};
    return t(`indicators.validation.${key}`, { ...params, ...limit });
  };
  return useForm<MeasurementFormValues>({
    initialValues,
    validate: (values) =>
      Object.fromEntries(Object.entries(measurementProblems(values, catalog)).map(([k, p]) => [k, word(p)])),
  });
}

/** Whether the form shows the period's start and end: only for indicators measured more than yearly. */
export const showsPeriodDates = (indicator: Pick<PlanIndicator, 'frequency'>) =>
  indicator.frequency !== 'yearly';

interface Props {
  form: MeasurementFormApi;
  indicator: PlanIndicator;
  years: number[];
  language: Language;
  /** A file is uploaded with a new value; a saved value's files are managed in its card. */
  withFile: boolean;
}

/** The inputs of a measured value: period, value, evidence, note and reporter. */
export function MeasurementFields({ form, indicator, years, language, withFile }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('indicators.measurements.year')}
          required
          allowDeselect={false}
          data={years.map(String)}
          {...form.getInputProps('periodYear')}
        />
        {showsPeriodDates(indicator) && (
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
      <ValueFields form={form} catalog={indicator.catalog} language={language} />
      <SimpleGrid cols={{ base: 1, sm: withFile ? 2 : 1 }} spacing="sm">
        <TextInput
          label={t('indicators.evidence.url')}
          type="url"
          placeholder="https://"
          maxLength={2000}
          {...form.getInputProps('evidenceUrl')}
        />
        {withFile && (
          <FileInput
            label={t('indicators.evidence.file')}
            description={t('indicators.evidence.fileHint', { max: EVIDENCE_MAX_MEGABYTES })}
            accept={EVIDENCE_ACCEPT}
            clearable
            {...form.getInputProps('file')}
          />
        )}
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
    </>
  );
}
