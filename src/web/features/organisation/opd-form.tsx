import { NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { OPD_TYPES, type OpdType } from '../../../shared/domain.ts';
import { type Kecamatan, type Opd, type OpdBody, opdApi } from './api.ts';
import { DeleteRecord } from './delete-record.tsx';
import { FormAlert, FormButtons, SaveConflict } from './form-parts.tsx';
import { useRecordSave } from './use-record-save.ts';

type OpdValues = {
  code: string;
  name: string;
  type: OpdType;
  /** '' for none: a native select's empty choice. */
  kecamatanId: string;
  active: boolean;
};

const valuesOf = (opd: Opd | null): OpdValues => ({
  code: opd?.code ?? '',
  name: opd?.name ?? '',
  type: opd?.type ?? 'office',
  kecamatanId: opd?.kecamatanId ?? '',
  active: opd?.active ?? true,
});

// Only a kecamatan office governs a kecamatan; changing the type away from it drops the link.
const bodyOf = (values: OpdValues): OpdBody => ({
  code: values.code.trim(),
  name: values.name.trim(),
  type: values.type,
  kecamatanId: values.type === 'kecamatan' && values.kecamatanId ? values.kecamatanId : null,
  active: values.active,
});

export interface OpdFormProps {
  regionId: string;
  opd: Opd | null;
  kecamatan: Kecamatan[];
  onDone: () => void;
}

/** Adds or changes an OPD unit; a kecamatan office names the kecamatan it governs. */
export function OpdForm({ regionId, opd, kecamatan, onDone }: OpdFormProps) {
  const { t } = useTranslation();
  const form = useForm<OpdValues>({
    initialValues: valuesOf(opd),
    validate: {
      code: (value) => (value.trim() === '' ? t('organisation.errors.required') : null),
      name: (value) => (value.trim().length < 2 ? t('organisation.errors.tooShort') : null),
      kecamatanId: (value, values) =>
        values.type === 'kecamatan' && !value ? t('organisation.opds.kecamatanRequired') : null,
    },
  });
  const save = useRecordSave({
    regionId,
    record: opd,
    form,
    bodyOf,
    create: (body) => opdApi.create(regionId, body),
    update: opdApi.update,
    onSaved: onDone,
  });
  const kecamatanName = (id: unknown) => kecamatan.find((k) => k.id === id)?.name ?? '—';

  return (
    <>
      <form onSubmit={form.onSubmit(save.submit)} noValidate>
        <Stack>
          <FormAlert message={save.alert} />
          <TextInput
            label={t('organisation.opds.code')}
            description={t('organisation.opds.codeHint')}
            required
            maxLength={40}
            autoCapitalize="characters"
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('organisation.opds.name')}
            required
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <NativeSelect
            label={t('organisation.opds.type')}
            required
            data={OPD_TYPES.map((type) => ({ value: type, label: t(`organisation.opdTypes.${type}`) }))}
            {...form.getInputProps('type')}
          />
          {form.values.type === 'kecamatan' && (
            <NativeSelect
              label={t('organisation.opds.kecamatan')}
              required
              data={[
                { value: '', label: t('organisation.opds.chooseKecamatan'), disabled: true },
                ...kecamatan.map((k) => ({ value: k.id, label: k.name })),
              ]}
              {...form.getInputProps('kecamatanId')}
            />
          )}
          <Switch
            label={t('organisation.opds.activeLabel')}
            description={t('organisation.opds.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <FormButtons saving={save.saving} onCancel={onDone} />
          {opd && (
            <DeleteRecord
              regionId={regionId}
              label={t('organisation.opds.delete')}
              question={t('organisation.opds.deleteQuestion', { name: opd.name })}
              inUseHint={t('organisation.opds.inUseHint')}
              remove={() => opdApi.remove(opd.id)}
              onDeleted={onDone}
            />
          )}
        </Stack>
      </form>
      <SaveConflict
        conflict={save.conflict}
        saving={save.saving}
        fields={[
          { key: 'code', label: t('organisation.opds.code') },
          { key: 'name', label: t('organisation.opds.name') },
          {
            key: 'type',
            label: t('organisation.opds.type'),
            format: (value) => t(`organisation.opdTypes.${value as OpdType}`),
          },
          { key: 'kecamatanId', label: t('organisation.opds.kecamatan'), format: kecamatanName },
          { key: 'active', label: t('organisation.opds.activeLabel') },
        ]}
      />
    </>
  );
}
