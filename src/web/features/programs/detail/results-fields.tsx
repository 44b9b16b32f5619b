import { Fieldset, MultiSelect, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramForm } from './form-types.ts';
import type { ProgramLookups } from './lookups.ts';

const TEXTS = ['innovation', 'output', 'outcome'] as const;

/** What the programme brings: its innovation, output and outcome, and the kecamatan it reaches. */
export function ResultsFields({ form, lookups }: { form: ProgramForm; lookups: ProgramLookups }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('program.sections.results')}>
      <Stack gap="sm">
        {TEXTS.map((name) => (
          <Textarea
            key={name}
            label={t(`program.fields.${name}`)}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps(name)}
          />
        ))}
        <MultiSelect
          label={t('program.fields.kecamatanIds')}
          description={t('program.form.kecamatanHint')}
          placeholder={form.values.kecamatanIds.length === 0 ? t('program.wholeRegency') : undefined}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('program.form.nothingFound')}
          data={lookups.kecamatan.map((k) => ({ value: k.id, label: k.name }))}
          {...form.getInputProps('kecamatanIds')}
        />
      </Stack>
    </Fieldset>
  );
}
