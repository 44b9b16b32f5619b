import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import { type Kecamatan, type KecamatanBody, kecamatanApi } from './api.ts';
import { DeleteRecord } from './delete-record.tsx';
import { FormAlert, FormButtons, SaveConflict } from './form-parts.tsx';
import { useRecordSave } from './use-record-save.ts';

type KecamatanValues = {
  code: string;
  name: string;
  /** '' while empty: what NumberInput holds before a number is typed. */
  population: number | string;
  /** Kept as typed (a decimal, comma or point); the API stores it as a decimal string. */
  areaKm2: string;
};

const valuesOf = (kecamatan: Kecamatan | null): KecamatanValues => ({
  code: kecamatan?.code ?? '',
  name: kecamatan?.name ?? '',
  population: kecamatan?.population ?? '',
  areaKm2: kecamatan?.areaKm2 ?? '',
});

const decimal = (text: string) => text.trim().replace(',', '.');

const bodyOf = (values: KecamatanValues): KecamatanBody => ({
  code: values.code.trim(),
  name: values.name.trim(),
  population: values.population === '' ? null : Number(values.population),
  areaKm2: decimal(values.areaKm2) || null,
});

export interface KecamatanFormProps {
  regionId: string;
  kecamatan: Kecamatan | null;
  onDone: () => void;
}

/** Adds or changes a kecamatan of the region, with its BPS code, population and area. */
export function KecamatanForm({ regionId, kecamatan, onDone }: KecamatanFormProps) {
  const { t } = useTranslation();
  const form = useForm<KecamatanValues>({
    initialValues: valuesOf(kecamatan),
    validate: {
      code: (value) => (value.trim() === '' ? t('organisation.errors.required') : null),
      name: (value) => (value.trim().length < 2 ? t('organisation.errors.tooShort') : null),
      population: (value) =>
        value === '' || (Number.isInteger(Number(value)) && Number(value) >= 0)
          ? null
          : t('organisation.errors.wholeNumber'),
      areaKm2: (value) => {
        const text = decimal(value);
        return text === '' || (/^\d+(\.\d+)?$/.test(text) && Number(text) > 0)
          ? null
          : t('organisation.errors.positiveNumber');
      },
    },
  });
  const save = useRecordSave({
    regionId,
    record: kecamatan,
    form,
    bodyOf,
    create: (body) => kecamatanApi.create(regionId, body),
    update: kecamatanApi.update,
    onSaved: onDone,
  });

  return (
    <>
      <form onSubmit={form.onSubmit(save.submit)} noValidate>
        <Stack>
          <FormAlert message={save.alert} />
          <TextInput
            label={t('organisation.kecamatan.code')}
            description={t('organisation.kecamatan.codeHint')}
            required
            maxLength={20}
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('organisation.kecamatan.name')}
            required
            maxLength={120}
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('organisation.kecamatan.population')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={currentLanguage() === 'id' ? '.' : ','}
              decimalSeparator={currentLanguage() === 'id' ? ',' : '.'}
              {...form.getInputProps('population')}
            />
            <TextInput
              label={t('organisation.kecamatan.area')}
              inputMode="decimal"
              {...form.getInputProps('areaKm2')}
            />
          </SimpleGrid>
          <FormButtons saving={save.saving} onCancel={onDone} />
          {kecamatan && (
            <DeleteRecord
              regionId={regionId}
              label={t('organisation.kecamatan.delete')}
              question={t('organisation.kecamatan.deleteQuestion', { name: kecamatan.name })}
              remove={() => kecamatanApi.remove(kecamatan.id)}
              onDeleted={onDone}
            />
          )}
        </Stack>
      </form>
      <SaveConflict
        conflict={save.conflict}
        saving={save.saving}
        fields={[
          { key: 'code', label: t('organisation.kecamatan.code') },
          { key: 'name', label: t('organisation.kecamatan.name') },
          { key: 'population', label: t('organisation.kecamatan.population') },
          { key: 'areaKm2', label: t('organisation.kecamatan.area') },
        ]}
      />
    </>
  );
}
