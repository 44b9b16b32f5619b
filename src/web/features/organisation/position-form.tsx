import { NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { POSITION_ROLES } from '../../../shared/domain.ts';
import { type Opd, type Position, type PositionBody, positionApi } from './api.ts';
import { DeleteRecord } from './delete-record.tsx';
import { FormAlert, FormButtons, SaveConflict } from './form-parts.tsx';
import { useRecordSave } from './use-record-save.ts';

type Role = PositionBody['role'];

type PositionValues = {
  opdId: string;
  title: string;
  /** '' until chosen: the role decides who is expected at the Bimtek, so it is never guessed. */
  role: Role | '';
  /** YYYY-MM-DD from the browser's date input, '' when empty. */
  startDate: string;
  endDate: string;
};

const valuesOf = (position: Position | null): PositionValues => ({
  opdId: position?.opdId ?? '',
  title: position?.title ?? '',
  role: position?.role ?? '',
  startDate: position?.startDate ?? '',
  endDate: position?.endDate ?? '',
});

const bodyOf = (values: PositionValues): PositionBody => ({
  opdId: values.opdId,
  title: values.title.trim(),
  // Validation has made sure a role is chosen before the body is built for a save.
  role: (values.role || 'other') as Role,
  startDate: values.startDate || null,
  endDate: values.endDate || null,
});

export interface PositionFormProps {
  regionId: string;
  personId: string;
  position: Position | null;
  opds: Opd[];
  onDone: () => void;
}

/** A position a person holds or held in an OPD; ending it (an end date) keeps the history of who came. */
export function PositionForm({ regionId, personId, position, opds, onDone }: PositionFormProps) {
  const { t } = useTranslation();
  const form = useForm<PositionValues>({
    initialValues: valuesOf(position),
    validate: {
      opdId: (value) => (value ? null : t('organisation.errors.required')),
      title: (value) => (value.trim().length < 2 ? t('organisation.errors.tooShort') : null),
      role: (value) => (value ? null : t('organisation.errors.required')),
      endDate: (value, values) =>
        value && values.startDate && value < values.startDate
          ? t('organisation.errors.endBeforeStart')
          : null,
    },
  });
  const save = useRecordSave({
    regionId,
    record: position,
    form,
    bodyOf,
    create: (body) => positionApi.create(personId, body),
    update: positionApi.update,
    onSaved: onDone,
  });
  const opdName = (id: unknown) => opds.find((o) => o.id === id)?.name ?? '—';
  // An inactive OPD stays choosable only for the position already in it.
  const choosable = opds.filter((o) => o.active || o.id === position?.opdId);
  const title = position ? t('organisation.positions.editTitle') : t('organisation.positions.addTitle');

  return (
    <Paper withBorder p="sm">
      {/* Named, so that its fields and buttons are told apart from the person's form around it. */}
      <form onSubmit={form.onSubmit(save.submit)} noValidate aria-label={title}>
        <Stack gap="sm">
          <Title order={4} size="h5">
            {title}
          </Title>
          <FormAlert message={save.alert} />
          <NativeSelect
            label={t('organisation.positions.opd')}
            required
            data={[
              { value: '', label: t('organisation.positions.chooseOpd'), disabled: true },
              ...choosable.map((o) => ({ value: o.id, label: `${o.code} — ${o.name}` })),
            ]}
            {...form.getInputProps('opdId')}
          />
          <TextInput
            label={t('organisation.positions.jobTitle')}
            description={t('organisation.positions.jobTitleHint')}
            required
            maxLength={200}
            {...form.getInputProps('title')}
          />
          <NativeSelect
            label={t('organisation.positions.role')}
            required
            data={[
              { value: '', label: '—', disabled: true },
              ...POSITION_ROLES.map((role) => ({ value: role, label: t(`organisation.roles.${role}`) })),
            ]}
            {...form.getInputProps('role')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('organisation.positions.startDate')}
              {...form.getInputProps('startDate')}
            />
            <TextInput
              type="date"
              label={t('organisation.positions.endDate')}
              description={t('organisation.positions.endDateHint')}
              {...form.getInputProps('endDate')}
            />
          </SimpleGrid>
          <FormButtons saving={save.saving} onCancel={onDone} />
          {position && (
            <DeleteRecord
              regionId={regionId}
              label={t('organisation.positions.delete')}
              question={t('organisation.positions.deleteQuestion')}
              remove={() => positionApi.remove(position.id)}
              onDeleted={onDone}
            />
          )}
        </Stack>
      </form>
      <SaveConflict
        conflict={save.conflict}
        saving={save.saving}
        fields={[
          { key: 'opdId', label: t('organisation.positions.opd'), format: opdName },
          { key: 'title', label: t('organisation.positions.jobTitle') },
          {
            key: 'role',
            label: t('organisation.positions.role'),
            format: (value) => t(`organisation.roles.${value as Role}`),
          },
          { key: 'startDate', label: t('organisation.positions.startDate') },
          { key: 'endDate', label: t('organisation.positions.endDate') },
        ]}
      />
    </Paper>
  );
}
