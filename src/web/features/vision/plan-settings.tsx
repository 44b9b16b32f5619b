import { Alert, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PlanStatus, WORKSHOP_PHASES } from '../../../shared/domain.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate, phaseNumeral } from '../../lib/format.ts';
import type { Plan } from '../workbench/api.ts';
import { type PlanUpdate, updatePlan } from './api.ts';
import { isAdopted, statusChoices } from './plan-status.ts';
import { useRecordForm } from './use-record-form.ts';

interface SettingsValues extends Record<string, string> {
  status: PlanStatus;
  /** NO_PHASE while no workshop has started, else '1'…'4'. */
  currentPhase: string;
  rpjmdReference: string;
  adoptionInstrument: string;
  adoptedOn: string;
}

/** A select's option needs a value: this one stands for "no phase yet" (null). */
const NO_PHASE = 'none';

const valuesOf = (plan: Plan): SettingsValues => ({
  status: plan.status,
  currentPhase: plan.currentPhase === null ? NO_PHASE : String(plan.currentPhase),
  rpjmdReference: plan.rpjmdReference ?? '',
  adoptionInstrument: plan.adoptionInstrument ?? '',
  adoptedOn: plan.adoptedOn ?? '',
});

const text = (value: string) => value.trim() || null;

function bodyOf(changes: Partial<SettingsValues>): PlanUpdate {
  const body: PlanUpdate = {};
  if (changes.status !== undefined) body.status = changes.status;
  if (changes.currentPhase !== undefined)
    body.currentPhase =
      changes.currentPhase === NO_PHASE ? null : (Number(changes.currentPhase) as PlanUpdate['currentPhase']);
  if (changes.rpjmdReference !== undefined) body.rpjmdReference = text(changes.rpjmdReference);
  if (changes.adoptionInstrument !== undefined) body.adoptionInstrument = text(changes.adoptionInstrument);
  if (changes.adoptedOn !== undefined) body.adoptedOn = text(changes.adoptedOn);
  return body;
}

export interface PlanSettingsProps {
  plan: Plan;
  editable: boolean;
  onChanged: () => Promise<unknown>;
}

/** Where the plan stands: status with adoption, Bimtek phase, RPJMD reference; the admin changes them. */
export function PlanSettings({ plan, editable, onChanged }: PlanSettingsProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="settings-heading">
          {t('vision.settings.heading')}
        </Title>
        {editable ? <SettingsForm plan={plan} onChanged={onChanged} /> : <SettingsSummary plan={plan} />}
      </Stack>
    </Card>
  );
}

function SettingsSummary({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const rows = [
    [t('vision.settings.status'), t(`plans.status.${plan.status}`)],
    [
      t('vision.settings.phase'),
      plan.currentPhase === null
        ? t('vision.settings.phaseNone')
        : t('plans.phase', { phase: phaseNumeral(plan.currentPhase) }),
    ],
    [t('vision.settings.rpjmd'), plan.rpjmdReference],
    ...(isAdopted(plan.status)
      ? [
          [t('vision.settings.instrument'), plan.adoptionInstrument],
          [t('vision.settings.adoptedOn'), plan.adoptedOn && formatDate(plan.adoptedOn, currentLanguage())],
        ]
      : []),
  ];
  return (
    <Stack gap="xs" component="dl" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {value || t('vision.settings.notSet')}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function SettingsForm({ plan, onChanged }: { plan: Plan; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const record = useRecordForm<SettingsValues, Plan>({
    initial: valuesOf(plan),
    version: plan.version,
    draftKey: `plan:${plan.id}:settings`,
    validate: {
      adoptedOn: (value, values) =>
        isAdopted(values.status) && !value ? t('vision.settings.adoptedOnRequired') : null,
    },
    save: (changes, version) =>
      updatePlan(plan.id, { ...bodyOf(changes), ...(version === null ? {} : { version }) }),
    toValues: valuesOf,
    onSaved: onChanged,
  });
  const { form } = record;
  const dirty = form.isDirty();
  const labels: Record<keyof SettingsValues, string> = {
    status: t('vision.settings.status'),
    currentPhase: t('vision.settings.phase'),
    rpjmdReference: t('vision.settings.rpjmd'),
    adoptionInstrument: t('vision.settings.instrument'),
    adoptedOn: t('vision.settings.adoptedOn'),
  };

  return (
    <form onSubmit={record.onSubmit} noValidate>
      <Stack gap="sm">
        {record.formError && (
          <Alert color="red" role="alert">
            {record.formError}
          </Alert>
        )}
        <Select
          label={labels.status}
          description={t('vision.settings.statusDescription')}
          data={statusChoices(plan.status).map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        {isAdopted(form.values.status) && (
          <>
            <TextInput
              label={labels.adoptionInstrument}
              description={t('vision.settings.instrumentDescription')}
              {...form.getInputProps('adoptionInstrument')}
            />
            <TextInput type="date" label={labels.adoptedOn} required {...form.getInputProps('adoptedOn')} />
          </>
        )}
        <Select
          label={labels.currentPhase}
          data={[
            { value: NO_PHASE, label: t('vision.settings.phaseNone') },
            ...WORKSHOP_PHASES.map((p) => ({
              value: String(p),
              label: t('plans.phase', { phase: phaseNumeral(p) }),
            })),
          ]}
          allowDeselect={false}
          {...form.getInputProps('currentPhase')}
        />
        <TextInput
          label={labels.rpjmdReference}
          description={t('vision.settings.rpjmdDescription')}
          {...form.getInputProps('rpjmdReference')}
        />
        <Group gap="sm">
          <Button type="submit" loading={record.saving} disabled={!dirty}>
            {t('vision.settings.save')}
          </Button>
          {dirty && (
            <Button type="button" variant="default" onClick={record.reset}>
              {t('vision.settings.cancel')}
            </Button>
          )}
          <Text size="sm" c="teal" role="status">
            {record.saved && !dirty ? t('vision.form.saved') : ''}
          </Text>
        </Group>
      </Stack>
      {record.conflict && (
        <ConflictDialog
          fields={Object.entries(labels).map(([key, label]) => ({ key, label }))}
          {...record.conflict}
        />
      )}
    </form>
  );
}
