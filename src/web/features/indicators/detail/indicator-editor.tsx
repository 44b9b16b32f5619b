import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../../../components/conflict-dialog.tsx';
import type { PlanIndicator, ProgramOption } from '../api.ts';
import type { IndicatorNames } from '../use-names.ts';
import { AssessmentFields } from './assessment-fields.tsx';
import { AvailabilityFields } from './availability-fields.tsx';
import { BaselineFields } from './baseline-fields.tsx';
import { conflictFields } from './conflict-fields.ts';
import { PlacementFields } from './placement-fields.tsx';
import { TargetsTable } from './targets-table.tsx';
import { useIndicatorEditor } from './use-indicator-editor.ts';

interface Props {
  indicator: PlanIndicator;
  names: IndicatorNames;
  programs: ProgramOption[];
  period: { start: number; end: number };
  /** False: the same form, to read (an account that may not change this indicator). */
  editable: boolean;
  mayProduce: (opdId: string | null) => boolean;
  /** Set here: the screen calls it after a version was restored from the history. */
  reloadRef: RefObject<((fresh: PlanIndicator) => void) | null>;
}

/** The indicator's own data in one form: placement, baseline, yearly targets, six criteria, availability. */
export function IndicatorEditor({
  indicator,
  names,
  programs,
  period,
  editable,
  mayProduce,
  reloadRef,
}: Props) {
  const { t } = useTranslation();
  const editor = useIndicatorEditor(indicator, indicator.planId, period.end, editable);
  reloadRef.current = editor.reload;
  const fields = useMemo(() => conflictFields(t, names, programs), [t, names, programs]);
  const years = Array.from({ length: period.end - period.start + 1 }, (_, i) => period.start + i);
  const { form, conflict } = editor;
  const readOnly = !editable;
  const unit = indicator.catalog.unit;

  return (
    <>
      <form onSubmit={editor.submit} noValidate aria-label={t('indicators.detail.formLabel')}>
        <Stack gap="md">
          {editor.draftRestored && (
            <Alert color="blue">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('draft.restored')}</Text>
                <Button size="compact-sm" variant="light" onClick={editor.discardDraft}>
                  {t('draft.discard')}
                </Button>
              </Group>
            </Alert>
          )}
          {editor.outdated && <Alert color="yellow">{t('indicators.detail.outdated')}</Alert>}
          {editor.formError && (
            <Alert color="red" role="alert" title={t('indicators.detail.failed')}>
              {editor.formError}
            </Alert>
          )}
          <PlacementFields
            form={form}
            readOnly={readOnly}
            names={names}
            programs={programs}
            mayProduce={mayProduce}
          />
          <BaselineFields form={form} readOnly={readOnly} unit={unit} />
          <TargetsTable form={form} readOnly={readOnly} years={years} unit={unit} />
          <AssessmentFields form={form} readOnly={readOnly} />
          <AvailabilityFields form={form} readOnly={readOnly} names={names} />
          {editable && (
            // Kept in sight once something is typed, so a long form never hides its save button.
            <Paper
              withBorder
              shadow={editor.hasChanges ? 'sm' : undefined}
              p="xs"
              style={editor.hasChanges ? { position: 'sticky', bottom: 0, zIndex: 5 } : undefined}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text
                  size="sm"
                  c={editor.hasChanges ? undefined : 'dimmed'}
                  aria-live="polite"
                  visibleFrom="sm"
                >
                  {editor.hasChanges ? t('indicators.detail.unsaved') : t('indicators.detail.noChanges')}
                </Text>
                <Group gap="xs" wrap="nowrap" ml="auto">
                  <Button variant="default" disabled={!editor.hasChanges} onClick={editor.discardDraft}>
                    {t('indicators.detail.reset')}
                  </Button>
                  <Button type="submit" loading={editor.saving} disabled={!editor.hasChanges}>
                    {t('indicators.detail.save')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          )}
        </Stack>
      </form>
      {conflict && (
        <ConflictDialog
          key={conflict.theirs.version}
          opened
          fields={fields}
          base={conflict.base}
          mine={conflict.mine}
          theirs={conflict.theirs}
          saving={editor.saving}
          onResolve={conflict.resolve}
          onCancel={conflict.cancel}
        />
      )}
    </>
  );
}
