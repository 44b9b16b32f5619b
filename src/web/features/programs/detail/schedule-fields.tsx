import { Fieldset, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRAM_HORIZONS } from '../../../../shared/domain.ts';
import { yearsBetween } from './budget-grid.ts';
import type { ProgramForm } from './form-types.ts';

/** Horizon, years (inside the plan period) and the quick-win flag. */
export function ScheduleFields({
  form,
  period,
}: {
  form: ProgramForm;
  period: { start: number; end: number };
}) {
  const { t } = useTranslation();
  const years = yearsBetween(period.start, period.end).map(String);
  // A programme stored before the plan's period moved keeps showing its years.
  const options = (current: string | null) =>
    current && !years.includes(current) ? [current, ...years] : years;

  return (
    <Fieldset legend={t('program.sections.schedule')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Select
            label={t('program.fields.horizon')}
            required
            allowDeselect={false}
            data={PROGRAM_HORIZONS.map((h) => ({
              value: String(h),
              label: t('program.horizon', { count: h }),
            }))}
            {...form.getInputProps('horizon')}
          />
          <Select
            label={t('program.fields.startYear')}
            required
            allowDeselect={false}
            data={options(form.values.startYear)}
            {...form.getInputProps('startYear')}
          />
          <Select
            label={t('program.fields.endYear')}
            required
            allowDeselect={false}
            data={options(form.values.endYear)}
            {...form.getInputProps('endYear')}
          />
        </SimpleGrid>
        <Switch
          label={t('program.fields.isQuickWin')}
          description={t('program.form.quickWinHint')}
          {...form.getInputProps('isQuickWin', { type: 'checkbox' })}
        />
      </Stack>
    </Fieldset>
  );
}
