import { Fieldset, Grid, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramForm } from './form-types.ts';
import type { ProgramLookups } from './lookups.ts';

/** Code, title and description, and where the programme sits: its pillar and element. */
export function IdentityFields({ form, lookups }: { form: ProgramForm; lookups: ProgramLookups }) {
  const { t } = useTranslation();
  const pillarId = form.values.pillarId;
  const name = (item: { nameId: string; nameEn: string }) =>
    lookups.language === 'en' ? item.nameEn : item.nameId;
  const elements = lookups.elements.filter((e) => e.pillarId === pillarId);
  const pillarProps = form.getInputProps('pillarId');

  return (
    <Fieldset legend={t('program.sections.identity')}>
      <Stack gap="sm">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('program.fields.code')}
              required
              maxLength={30}
              {...form.getInputProps('code')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('program.fields.title')}
              required
              maxLength={300}
              {...form.getInputProps('title')}
            />
          </Grid.Col>
        </Grid>
        <Textarea
          label={t('program.fields.description')}
          autosize
          minRows={2}
          maxLength={10_000}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('program.fields.pillarId')}
            required
            allowDeselect={false}
            data={lookups.pillars.map((p) => ({ value: p.id, label: name(p) }))}
            {...pillarProps}
            onChange={(value) => {
              pillarProps.onChange(value);
              // An element belongs to one pillar: one of the old pillar no longer fits.
              const element = lookups.elements.find((e) => e.id === form.values.elementId);
              if (element && element.pillarId !== value) form.setFieldValue('elementId', null);
            }}
          />
          <Select
            label={t('program.fields.elementId')}
            required
            allowDeselect={false}
            disabled={!pillarId}
            data={elements.map((e) => ({ value: e.id, label: name(e) }))}
            {...form.getInputProps('elementId')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
