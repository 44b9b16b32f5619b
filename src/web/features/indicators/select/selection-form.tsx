import { Alert, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { COLLECTION_FREQUENCIES } from '../../../../shared/domain.ts';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { type CatalogEntry, type PlanIndicator, type ProgramOption, useSelectIndicator } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';

interface Values {
  pillarId: string | null;
  elementId: string | null;
  producerOpdId: string | null;
  frequency: string;
  programIds: string[];
}

interface Props {
  planId: string;
  entry: CatalogEntry;
  names: IndicatorNames;
  programs: ProgramOption[];
  /** The pillar the list is filtered on, if any: most selections are made pillar by pillar. */
  pillarId: string | null;
  onSelected: (indicator: PlanIndicator) => void;
  onBack: () => void;
}

/** Where the chosen indicator sits in the plan: pillar and element, the OPD producing its data, links. */
export function SelectionForm({ planId, entry, names, programs, pillarId, onSelected, onBack }: Props) {
  const { t } = useTranslation();
  const select = useSelectIndicator(planId);
  const form = useForm<Values>({
    initialValues: { pillarId, elementId: null, producerOpdId: null, frequency: 'yearly', programIds: [] },
    validate: { pillarId: (v) => (v ? null : t('indicators.validation.required')) },
  });
  const { values } = form;
  const elements = names.elements.filter((e) => e.pillarId === values.pillarId);
  // Programmes of the chosen pillar first: an indicator usually measures its own pillar's programmes.
  const programData = [...programs]
    .sort(
      (a, b) =>
        Number(b.pillarId === values.pillarId) - Number(a.pillarId === values.pillarId) ||
        a.code.localeCompare(b.code),
    )
    .map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }));

  const submit = form.onSubmit((v) =>
    select.mutate(
      {
        catalogId: entry.id,
        pillarId: v.pillarId as string,
        elementId: v.elementId,
        producerOpdId: v.producerOpdId,
        frequency: v.frequency as PlanIndicator['frequency'],
        programIds: v.programIds,
      },
      {
        onSuccess: onSelected,
        onError: (error) => {
          if (error instanceof ApiError) form.setErrors(error.fieldMessages());
        },
      },
    ),
  );
  const duplicate = select.error instanceof ApiError && select.error.status === 409;

  return (
    <form onSubmit={submit} noValidate aria-label={t('indicators.select.formLabel')}>
      <Stack gap="sm">
        <Paper withBorder p="xs">
          <Text size="xs" c="dimmed">
            {entry.code} · {t(`indicators.theme.${entry.theme}`)} · {entry.unit}
          </Text>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {names.name(entry)}
          </Text>
          <Button variant="subtle" size="compact-sm" mt={4} onClick={onBack}>
            {t('indicators.select.another')}
          </Button>
        </Paper>
        {select.error &&
          (duplicate || !(select.error instanceof ApiError && select.error.fields.length > 0)) && (
            <Alert color="red" role="alert">
              {duplicate ? t('indicators.select.duplicate') : problemMessage(t, select.error)}
            </Alert>
          )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('indicators.fields.pillarId')}
            required
            data={names.pillars.map((p) => ({ value: p.id, label: names.name(p) }))}
            {...form.getInputProps('pillarId')}
            onChange={(value) => {
              form.setFieldValue('pillarId', value);
              form.setFieldValue('elementId', null);
            }}
          />
          <Select
            label={t('indicators.fields.elementId')}
            placeholder={t('indicators.select.noElement')}
            data={elements.map((e) => ({ value: e.id, label: names.name(e) }))}
            disabled={!values.pillarId}
            clearable
            {...form.getInputProps('elementId')}
          />
          <Select
            label={t('indicators.fields.producerOpdId')}
            description={t('indicators.fields.producerHint')}
            data={names.opds.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
            searchable
            clearable
            {...form.getInputProps('producerOpdId')}
          />
          <Select
            label={t('indicators.fields.frequency')}
            allowDeselect={false}
            data={COLLECTION_FREQUENCIES.map((f) => ({ value: f, label: t(`indicators.frequency.${f}`) }))}
            {...form.getInputProps('frequency')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('indicators.fields.programIds')}
          description={t('indicators.fields.programsHint')}
          data={programData}
          searchable
          clearable
          hidePickedOptions
          {...form.getInputProps('programIds')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={select.isPending}>
            {t('indicators.select.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
