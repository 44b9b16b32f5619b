import { Alert, Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import type { Plan } from '../workbench/api.ts';
import { updatePlan } from './api.ts';
import { useRecordForm } from './use-record-form.ts';

export interface VisionCardProps {
  plan: Plan;
  editable: boolean;
  onChanged: () => Promise<unknown>;
}

/** The plan's vision: read by everyone, written by the admin in a large text kept as a draft until saved. */
export function VisionCard({ plan, editable, onChanged }: VisionCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="vision-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="vision-heading">
          {t('vision.visionText.heading')}
        </Title>
        {editable ? (
          <VisionForm plan={plan} onChanged={onChanged} />
        ) : plan.vision ? (
          <Text size="lg" fs="italic" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {plan.vision}
          </Text>
        ) : (
          <Text c="dimmed">{t('vision.visionText.none')}</Text>
        )}
      </Stack>
    </Card>
  );
}

function VisionForm({ plan, onChanged }: { plan: Plan; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const record = useRecordForm<{ vision: string }, Plan>({
    initial: { vision: plan.vision ?? '' },
    version: plan.version,
    draftKey: `plan:${plan.id}:vision`,
    save: (changes, version) =>
      updatePlan(plan.id, {
        ...(changes.vision === undefined ? {} : { vision: changes.vision.trim() || null }),
        ...(version === null ? {} : { version }),
      }),
    toValues: (saved) => ({ vision: saved.vision ?? '' }),
    onSaved: onChanged,
  });
  const dirty = record.form.isDirty();

  return (
    <form onSubmit={record.onSubmit} noValidate>
      <Stack gap="sm">
        {record.draftRestored && (
          <Text size="sm" c="dimmed">
            {t('draft.restored')}{' '}
            <Anchor component="button" type="button" size="sm" onClick={record.reset}>
              {t('draft.discard')}
            </Anchor>
          </Text>
        )}
        {record.formError && (
          <Alert color="red" role="alert">
            {record.formError}
          </Alert>
        )}
        <Textarea
          label={t('vision.visionText.label')}
          description={t('vision.visionText.description')}
          autosize
          minRows={3}
          maxRows={12}
          {...record.form.getInputProps('vision')}
        />
        <Group gap="sm">
          <Button type="submit" loading={record.saving} disabled={!dirty}>
            {t('vision.visionText.save')}
          </Button>
          {dirty && (
            <Button type="button" variant="default" onClick={record.reset}>
              {t('vision.visionText.cancel')}
            </Button>
          )}
          <Text size="sm" c="teal" role="status">
            {record.saved && !dirty ? t('vision.form.saved') : ''}
          </Text>
        </Group>
      </Stack>
      {record.conflict && (
        <ConflictDialog fields={[{ key: 'vision', label: t('vision.fields.vision') }]} {...record.conflict} />
      )}
    </form>
  );
}
