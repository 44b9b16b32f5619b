import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Person, type PersonBody, personApi } from './api.ts';
import { FormAlert, FormButtons, SaveConflict } from './form-parts.tsx';
import { useRecordSave } from './use-record-save.ts';

type PersonValues = { fullName: string; email: string; phone: string };

/** The API's own rule for a phone number (src/server/features/organisation/schema.ts). */
const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const valuesOf = (person: Person | null): PersonValues => ({
  fullName: person?.fullName ?? '',
  email: person?.email ?? '',
  phone: person?.phone ?? '',
});

const bodyOf = (values: PersonValues): PersonBody => ({
  fullName: values.fullName.trim(),
  email: values.email.trim() || null,
  phone: values.phone.trim() || null,
});

export interface PersonFormProps {
  regionId: string;
  person: Person | null;
  onSaved: (person: Person) => void;
  onCancel: () => void;
  cancelLabel?: string;
}

/** A person's name and how to reach them; their positions are recorded beside (positions-section.tsx). */
export function PersonForm({ regionId, person, onSaved, onCancel, cancelLabel }: PersonFormProps) {
  const { t } = useTranslation();
  const form = useForm<PersonValues>({
    initialValues: valuesOf(person),
    validate: {
      fullName: (value) => (value.trim().length < 2 ? t('organisation.errors.tooShort') : null),
      email: (value) =>
        value.trim() === '' || EMAIL.test(value.trim()) ? null : t('organisation.errors.email'),
      phone: (value) =>
        value.trim() === '' || PHONE.test(value.trim()) ? null : t('organisation.errors.phone'),
    },
  });
  const save = useRecordSave({
    regionId,
    record: person,
    form,
    bodyOf,
    create: (body) => personApi.create(regionId, body),
    update: personApi.update,
    onSaved,
  });

  return (
    <>
      <form onSubmit={form.onSubmit(save.submit)} noValidate>
        <Stack>
          <FormAlert message={save.alert} />
          <TextInput
            label={t('organisation.people.fullName')}
            description={t('organisation.people.fullNameHint')}
            required
            maxLength={200}
            autoComplete="off"
            {...form.getInputProps('fullName')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('organisation.people.email')}
              type="email"
              maxLength={254}
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('organisation.people.phone')}
              type="tel"
              maxLength={26}
              autoComplete="off"
              {...form.getInputProps('phone')}
            />
          </SimpleGrid>
          <FormButtons saving={save.saving} onCancel={onCancel} cancelLabel={cancelLabel} />
        </Stack>
      </form>
      <SaveConflict
        conflict={save.conflict}
        saving={save.saving}
        fields={[
          { key: 'fullName', label: t('organisation.people.fullName') },
          { key: 'email', label: t('organisation.people.email') },
          { key: 'phone', label: t('organisation.people.phone') },
        ]}
      />
    </>
  );
}
