import { Button, Fieldset, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n.ts';
import type { SectionProps } from './form-types.ts';
import { fillTargetLine } from './target-line.ts';

/**
 * A target for each year of the plan period, typed in a table (one row a year, so it fits a phone as
 * well as a projector). The empty years between known values can be filled on the straight line.
 */
export function TargetsTable({
  form,
  readOnly,
  years,
  unit,
}: SectionProps & { years: number[]; unit: string }) {
  const { t } = useTranslation();
  const { targets } = form.values;
  const setTarget = (year: number, value: string) => {
    form.setFieldValue('targets', (all) => ({ ...all, [year]: value }));
    form.clearFieldError(`targets.${year}`);
  };
  const fill = () =>
    form.setFieldValue('targets', (all) =>
      fillTargetLine(
        all,
        years,
        { year: form.values.baselineYear, value: form.values.baselineValue },
        currentLanguage(),
      ),
    );

  return (
    <Fieldset legend={t('indicators.detail.sections.targets')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('indicators.targets.hint', { unit })}
        </Text>
        <Table
          withTableBorder
          verticalSpacing={4}
          maw={420}
          aria-label={t('indicators.detail.sections.targets')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('indicators.targets.year')}</Table.Th>
              <Table.Th>{t('indicators.targets.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((year) => (
              <Table.Tr key={year}>
                <Table.Th scope="row">{year}</Table.Th>
                <Table.Td>
                  <TextInput
                    aria-label={t('indicators.targets.cell', { year })}
                    inputMode="decimal"
                    size="xs"
                    readOnly={readOnly}
                    value={targets[year] ?? ''}
                    onChange={(event) => setTarget(year, event.currentTarget.value)}
                    error={form.errors[`targets.${year}`]}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {form.errors.targets && (
          <Text size="sm" c="red" role="alert">
            {form.errors.targets}
          </Text>
        )}
        {!readOnly && (
          <Button variant="light" size="compact-sm" onClick={fill} style={{ alignSelf: 'flex-start' }}>
            {t('indicators.targets.fill')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
