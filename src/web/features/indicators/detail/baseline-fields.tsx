import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './form-types.ts';

/** The starting point the targets are measured from: its year, its value and where it comes from. */
export function BaselineFields({ form, readOnly, unit }: SectionProps & { unit: string }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('indicators.detail.sections.baseline')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('indicators.fields.baselineYear')}
          inputMode="numeric"
          maxLength={4}
          readOnly={readOnly}
          {...form.getInputProps('baselineYear')}
        />
        <TextInput
          label={t('indicators.fields.baselineValue')}
          description={t('indicators.fields.unit', { unit })}
          inputMode="decimal"
          readOnly={readOnly}
          {...form.getInputProps('baselineValue')}
        />
        <TextInput
          label={t('indicators.fields.baselineSource')}
          description={t('indicators.fields.baselineSourceHint')}
          maxLength={500}
          readOnly={readOnly}
          {...form.getInputProps('baselineSource')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
