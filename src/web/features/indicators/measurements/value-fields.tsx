import { SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n.ts';
import type { PlanIndicator } from '../api.ts';
import { ratioLabels } from '../ratio-labels.ts';
import { formatValue } from '../values.ts';
import { enteredValue, type MeasurementFormValues } from './measurement-input.ts';

interface Props {
  form: UseFormReturnType<MeasurementFormValues>;
  catalog: PlanIndicator['catalog'];
  language: Language;
}

/**
 * The value itself: typed directly, or as numerator and denominator with the value they give shown as
 * they are typed (numerator ÷ denominator × the catalogue's multiplier, as the server computes it).
 */
export function ValueFields({ form, catalog, language }: Props) {
  const { t } = useTranslation();
  const { values } = form;
  const computed = values.mode === 'ratio' ? enteredValue(values, catalog) : null;
  const labels = ratioLabels(catalog, language);
  return (
    <>
      <SegmentedControl
        aria-label={t('indicators.measurements.mode')}
        data={[
          { value: 'value', label: t('indicators.measurements.modeValue') },
          { value: 'ratio', label: t('indicators.measurements.modeRatio') },
        ]}
        {...form.getInputProps('mode')}
        style={{ alignSelf: 'flex-start' }}
      />
      {values.mode === 'value' ? (
        <TextInput
          label={t('indicators.measurements.value')}
          description={t('indicators.fields.unit', { unit: catalog.unit })}
          required
          inputMode="decimal"
          maw={320}
          {...form.getInputProps('value')}
        />
      ) : (
        <Stack gap={4}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('indicators.measurements.numerator')}
              description={labels.numerator ?? undefined}
              required
              inputMode="decimal"
              {...form.getInputProps('numerator')}
            />
            <TextInput
              label={t('indicators.measurements.denominator')}
              description={labels.denominator ?? undefined}
              required
              inputMode="decimal"
              {...form.getInputProps('denominator')}
            />
          </SimpleGrid>
          <Text size="sm" aria-live="polite">
            {t('indicators.measurements.computed', {
              value: computed === null ? '—' : formatValue(computed, language),
              unit: catalog.unit,
              multiplier: catalog.multiplier ? formatValue(catalog.multiplier, language) : '1',
            })}
          </Text>
        </Stack>
      )}
    </>
  );
}
