import { type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordForm } from '../../../components/record-form.tsx';
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
  const { form } = editor;
  const readOnly = !editable;
  const unit = indicator.catalog.unit;

  return (
    <RecordForm
      editor={editor}
      words={{
        label: t('indicators.detail.formLabel'),
        outdated: t('indicators.detail.outdated'),
        failed: t('indicators.detail.failed'),
        unsaved: t('indicators.detail.unsaved'),
        noChanges: t('indicators.detail.noChanges'),
        reset: t('indicators.detail.reset'),
        save: t('indicators.detail.save'),
      }}
      conflictFields={fields}
      editable={editable}
    >
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
    </RecordForm>
  );
}
