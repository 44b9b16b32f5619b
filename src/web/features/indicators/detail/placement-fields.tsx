import { Fieldset, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COLLECTION_FREQUENCIES } from '../../../../shared/domain.ts';
import type { PlanIndicator, ProgramOption } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import type { SectionProps } from './form-types.ts';

interface Props extends SectionProps {
  names: IndicatorNames;
  programs: ProgramOption[];
  /** Whether the account may name `opdId` as producer (an OPD participant only their own OPD). */
  mayProduce: (opdId: string | null) => boolean;
}

/** Where the indicator sits in the plan, who produces its data and how often, what it measures. */
export function PlacementFields({ form, readOnly, names, programs, mayProduce }: Props) {
  const { t } = useTranslation();
  const { values } = form;
  const elements = names.elements.filter((e) => e.pillarId === values.pillarId);
  return (
    <Fieldset legend={t('indicators.detail.sections.placement')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('indicators.fields.pillarId')}
            required
            readOnly={readOnly}
            allowDeselect={false}
            data={names.pillars.map((p) => ({ value: p.id, label: names.name(p) }))}
            {...form.getInputProps('pillarId')}
            onChange={(value) => {
              if (!value) return;
              form.setFieldValue('pillarId', value);
              form.setFieldValue('elementId', null);
            }}
          />
          <Select
            label={t('indicators.fields.elementId')}
            placeholder={t('indicators.select.noElement')}
            readOnly={readOnly}
            clearable
            data={elements.map((e) => ({ value: e.id, label: names.name(e) }))}
            {...form.getInputProps('elementId')}
          />
          <Select
            label={t('indicators.fields.producerOpdId')}
            description={t('indicators.fields.producerHint')}
            readOnly={readOnly}
            searchable
            clearable={mayProduce(null)}
            data={names.opds.map((o) => ({
              value: o.id,
              label: `${o.name} (${o.code})`,
              // An OPD participant may hand the data only to their own OPD: the API would refuse another.
              disabled: !mayProduce(o.id),
            }))}
            {...form.getInputProps('producerOpdId')}
          />
          <Select
            label={t('indicators.fields.frequency')}
            readOnly={readOnly}
            allowDeselect={false}
            data={COLLECTION_FREQUENCIES.map((f) => ({ value: f, label: t(`indicators.frequency.${f}`) }))}
            {...form.getInputProps('frequency')}
            onChange={(value) =>
              value && form.setFieldValue('frequency', value as PlanIndicator['frequency'])
            }
          />
        </SimpleGrid>
        <MultiSelect
          label={t('indicators.fields.programIds')}
          description={t('indicators.fields.programsHint')}
          readOnly={readOnly}
          searchable
          hidePickedOptions
          data={programs.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))}
          {...form.getInputProps('programIds')}
        />
      </Stack>
    </Fieldset>
  );
}
