import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { INDICATOR_DIRECTIONS, INDICATOR_THEMES } from '../../../../shared/domain.ts';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type CatalogEntry, useCreateLocalIndicator } from '../api.ts';

interface Values {
  code: string;
  nameId: string;
  nameEn: string;
  theme: string | null;
  unit: string;
  direction: string;
  reference: string;
}

/**
 * A regency's own indicator (a national index, a regional target the standards do not have), added to
 * the catalogue as local to the region, then selected like any other.
 */
export function LocalIndicatorForm({
  regionId,
  onCreated,
  onCancel,
}: {
  regionId: string;
  onCreated: (entry: CatalogEntry) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateLocalIndicator(regionId);
  const required = t('indicators.validation.required');
  const form = useForm<Values>({
    initialValues: {
      code: '',
      nameId: '',
      nameEn: '',
      theme: null,
      unit: '',
      direction: 'increase',
      reference: '',
    },
    validate: {
      code: (v) =>
        !v.trim()
          ? required
          : /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/.test(v.trim())
            ? null
            : t('indicators.validation.code'),
      nameId: (v) => (v.trim() ? null : required),
      nameEn: (v) => (v.trim() ? null : required),
      theme: (v) => (v ? null : required),
      unit: (v) => (v.trim() ? null : required),
    },
  });

  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        regionId,
        source: 'local',
        code: values.code.trim(),
        nameId: values.nameId.trim(),
        nameEn: values.nameEn.trim(),
        theme: values.theme as CatalogEntry['theme'],
        unit: values.unit.trim(),
        direction: values.direction as CatalogEntry['direction'],
        reference: values.reference.trim() || null,
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.status === 409) form.setFieldError('code', t('indicators.validation.codeTaken'));
          else form.setErrors(error.fieldMessages());
        },
      },
    ),
  );
  const placed =
    create.error instanceof ApiError && (create.error.status === 409 || create.error.fields.length > 0);

  return (
    <form onSubmit={submit} noValidate aria-label={t('indicators.local.title')}>
      <Stack gap="sm">
        {create.error && !placed && (
          <Alert color="red" role="alert">
            {problemMessage(t, create.error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('indicators.local.code')}
            required
            maxLength={60}
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('indicators.local.reference')}
            maxLength={60}
            {...form.getInputProps('reference')}
          />
          <TextInput
            label={t('indicators.local.nameId')}
            required
            maxLength={300}
            {...form.getInputProps('nameId')}
          />
          <TextInput
            label={t('indicators.local.nameEn')}
            required
            maxLength={300}
            {...form.getInputProps('nameEn')}
          />
          <Select
            label={t('indicators.select.theme')}
            required
            searchable
            data={INDICATOR_THEMES.map((th) => ({ value: th, label: t(`indicators.theme.${th}`) }))}
            {...form.getInputProps('theme')}
          />
          <TextInput
            label={t('indicators.local.unit')}
            description={t('indicators.local.unitHint')}
            required
            maxLength={60}
            {...form.getInputProps('unit')}
          />
          <Select
            label={t('indicators.local.direction')}
            required
            allowDeselect={false}
            data={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`indicators.direction.${d}`) }))}
            {...form.getInputProps('direction')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('indicators.local.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('indicators.local.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
