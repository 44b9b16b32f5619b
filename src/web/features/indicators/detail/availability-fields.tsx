import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATA_AVAILABILITY } from '../../../../shared/domain.ts';
import type { IndicatorNames } from '../use-names.ts';
import type { SectionProps } from './form-types.ts';
import type { AvailabilityRow } from './indicator-values.ts';

/**
 * Which OPDs hold the indicator's data, and how fully: produced, partly, not available. The producing
 * OPD belongs here too; its own row tells whether it must start collecting.
 */
export function AvailabilityFields({ form, readOnly, names }: SectionProps & { names: IndicatorNames }) {
  const { t } = useTranslation();
  const rows = form.values.availability;
  const producer = form.values.producerOpdId;
  const setRows = (update: (rows: AvailabilityRow[]) => AvailabilityRow[]) => {
    form.setFieldValue('availability', update);
    // Rows are named by position: after an add or a removal the old messages point at other rows.
    form.clearErrors();
  };
  const add = (opdId: string | null) =>
    setRows((all) => [...all, { opdId, status: opdId === producer ? 'produced' : 'partial', note: '' }]);
  const producerMissing = producer !== null && !rows.some((r) => r.opdId === producer);
  const opdOptions = names.opds.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }));

  return (
    <Fieldset legend={t('indicators.detail.sections.availability')}>
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('indicators.availabilityForm.empty')}
          </Text>
        )}
        {rows.map((row, i) => {
          const opd = names.opdCode(row.opdId) || String(i + 1);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id before an OPD is chosen
            <Paper key={i} withBorder p="xs">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <Select
                  size="xs"
                  label={t('indicators.availabilityForm.opd')}
                  searchable
                  readOnly={readOnly}
                  data={opdOptions}
                  {...form.getInputProps(`availability.${i}.opdId`)}
                />
                <Select
                  size="xs"
                  label={t('indicators.availabilityForm.status')}
                  aria-label={t('indicators.availabilityForm.statusOf', { opd })}
                  allowDeselect={false}
                  readOnly={readOnly}
                  data={DATA_AVAILABILITY.map((s) => ({
                    value: s,
                    label: t(`indicators.availability.${s}`),
                  }))}
                  {...form.getInputProps(`availability.${i}.status`)}
                />
                <TextInput
                  size="xs"
                  label={t('indicators.availabilityForm.note')}
                  maxLength={1000}
                  readOnly={readOnly}
                  {...form.getInputProps(`availability.${i}.note`)}
                />
              </SimpleGrid>
              {row.opdId === producer && producer !== null && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('indicators.availabilityForm.isProducer')}
                </Text>
              )}
              {!readOnly && (
                <Group justify="flex-end" mt={4}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('indicators.availabilityForm.remove', { opd })}
                    onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              )}
            </Paper>
          );
        })}
        {!readOnly && (
          <Group gap="xs">
            <Button variant="light" size="compact-sm" onClick={() => add(null)}>
              {t('indicators.availabilityForm.add')}
            </Button>
            {producerMissing && (
              <Button variant="subtle" size="compact-sm" onClick={() => add(producer)}>
                {t('indicators.availabilityForm.addProducer', { opd: names.opdCode(producer) })}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
