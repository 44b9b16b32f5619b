import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramForm } from './form-types.ts';
import { missionLabel, opdLabel, type ProgramLookups } from './lookups.ts';

interface Props {
  form: ProgramForm;
  lookups: ProgramLookups;
  /** Whether the signed-in account may hand the programme to this OPD (the server would refuse). */
  mayLead: (opdId: string) => boolean;
}

/** Who is responsible and who helps, and the RPJMD mission and programmes the programme serves. */
export function OrganisationFields({ form, lookups, mayLead }: Props) {
  const { t } = useTranslation();
  const { leadOpdId, supportingOpdIds } = form.values;
  // An inactive OPD still shows where the programme already names it.
  const shown = lookups.opds.filter((o) => o.active || o.id === leadOpdId || supportingOpdIds.includes(o.id));
  const leadProps = form.getInputProps('leadOpdId');

  return (
    <Fieldset legend={t('program.sections.organisation')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('program.fields.leadOpdId')}
            required
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('program.form.nothingFound')}
            data={shown
              .filter((o) => o.id === leadOpdId || mayLead(o.id))
              .map((o) => ({ value: o.id, label: opdLabel(o) }))}
            {...leadProps}
            onChange={(value) => {
              leadProps.onChange(value);
              // The lead is not its own supporter: the API refuses that.
              if (value && supportingOpdIds.includes(value))
                form.setFieldValue(
                  'supportingOpdIds',
                  supportingOpdIds.filter((id) => id !== value),
                );
            }}
          />
          <MultiSelect
            label={t('program.fields.supportingOpdIds')}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t('program.form.nothingFound')}
            data={shown.filter((o) => o.id !== leadOpdId).map((o) => ({ value: o.id, label: opdLabel(o) }))}
            {...form.getInputProps('supportingOpdIds')}
          />
        </SimpleGrid>
        <Select
          label={t('program.fields.missionId')}
          clearable
          placeholder={t('program.form.noMission')}
          data={lookups.missions.map((m) => ({ value: m.id, label: missionLabel(m) }))}
          {...form.getInputProps('missionId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('program.fields.rpjmdProgram')}
            maxLength={500}
            {...form.getInputProps('rpjmdProgram')}
          />
          <TextInput
            label={t('program.fields.renstraProgram')}
            maxLength={500}
            {...form.getInputProps('renstraProgram')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
