import { Alert, Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PLAN_MAX_YEARS, YEAR_MAX, YEAR_MIN } from '../../../shared/domain.ts';
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import type { RequestBody } from '../../api/types.ts';
import type { Plan, Region } from './api.ts';

type PlanCreate = RequestBody<'createPlan'>;

/**
 * Starts a regency's master plan: a title and a period of up to ten years, with the six pillars and
 * their elements in place (DOMAIN.md), then opens its workbench.
 */
export function CreatePlanForm({ region, onCancel }: { region: Region; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const start = new Date().getFullYear() + 1;
  const form = useForm({
    initialValues: {
      title: `Masterplan Smart City ${region.name} ${start}–${start + 9}`,
      periodStart: start,
      periodEnd: start + 9,
    },
    validate: {
      title: (value) => (value.trim().length < 3 ? t('plans.create.titleRequired') : null),
      periodEnd: (end, values) =>
        end < values.periodStart || end - values.periodStart + 1 > PLAN_MAX_YEARS
          ? t('plans.create.periodInvalid', { max: PLAN_MAX_YEARS })
          : null,
    },
  });
  const create = useMutation({
    mutationFn: (body: PlanCreate) => api<Plan>('/plans', { method: 'POST', body }),
    onSuccess: async (plan) => {
      await client.invalidateQueries({ queryKey: ['plans'] });
      navigate(`/plans/${plan.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError) form.setErrors(error.fieldMessages());
    },
  });
  const fieldErrors = create.error instanceof ApiError ? create.error.fieldMessages() : {};
  const formError =
    create.error && Object.keys(fieldErrors).length === 0 ? problemMessage(t, create.error) : null;

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        create.mutate({
          regionId: region.id,
          ...values,
          title: values.title.trim(),
          withDefaultPillars: true,
        }),
      )}
      noValidate
    >
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('plans.create.title')} required {...form.getInputProps('title')} />
        <Group grow>
          <NumberInput
            label={t('plans.create.periodStart')}
            min={YEAR_MIN}
            max={YEAR_MAX}
            allowDecimal={false}
            thousandSeparator=""
            required
            {...form.getInputProps('periodStart')}
          />
          <NumberInput
            label={t('plans.create.periodEnd')}
            min={YEAR_MIN}
            max={YEAR_MAX}
            allowDecimal={false}
            thousandSeparator=""
            required
            {...form.getInputProps('periodEnd')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('plans.create.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('plans.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
