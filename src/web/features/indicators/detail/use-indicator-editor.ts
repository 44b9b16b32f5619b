import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { useFormDraft } from '../../../components/use-form-draft.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { sameValue } from '../../../lib/merge.ts';
import { type IndicatorChange, type PlanIndicator, useUpdatePlanIndicator } from '../api.ts';
import { formatValue } from '../values.ts';
import { placeFieldErrors } from './field-errors.ts';
import { formProblems, type Problem } from './form-problems.ts';
import { changedFields, fieldsOf, formValuesOf, type IndicatorFormValues } from './indicator-values.ts';

/** What the form was opened on: a save is a change against this version, and merges from it on a 409. */
interface Base {
  values: IndicatorFormValues;
  version: number;
}

interface IndicatorDraft {
  form: IndicatorFormValues;
  base: IndicatorFormValues;
  baseVersion: number;
}

/**
 * The editing of one plan indicator: the form, its draft in this browser, the save with the version it
 * was based on, and the merge when someone else saved first (409). Typed input is never reset by a
 * failure. `editable` false shows the same form to read, keeping no draft.
 */
export function useIndicatorEditor(
  indicator: PlanIndicator,
  planId: string,
  periodEnd: number,
  editable: boolean,
) {
  const { t } = useTranslation();
  const update = useUpdatePlanIndicator(planId, indicator.id);
  const baseOf = useCallback(
    (record: PlanIndicator): Base => ({
      values: formValuesOf(record, currentLanguage()),
      version: record.version,
    }),
    [],
  );
  const [base, setBase] = useState<Base>(() => baseOf(indicator));
  const [theirs, setTheirs] = useState<PlanIndicator | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const message = useCallback(
    (problem: Problem) => {
      const { key, ...params } = problem;
      // Bounds come as stored ("100.000000"): said as the reader writes numbers.
      const limit = 'limit' in problem ? { limit: formatValue(problem.limit, currentLanguage()) } : {};
      return t(`indicators.validation.${key}`, { ...params, ...limit });
    },
    [t],
  );
  const limits = { periodEnd, minValue: indicator.catalog.minValue, maxValue: indicator.catalog.maxValue };
  const form = useForm<IndicatorFormValues>({
    initialValues: base.values,
    validate: (values) =>
      Object.fromEntries(Object.entries(formProblems(values, limits)).map(([path, p]) => [path, message(p)])),
  });
  const formRef = useRef(form);
  formRef.current = form;

  const baseFields = useMemo(() => fieldsOf(base.values), [base.values]);
  const mine = useMemo(() => fieldsOf(form.values), [form.values]);
  const changes = useMemo(() => changedFields(baseFields, mine), [baseFields, mine]);
  const hasChanges = Object.keys(changes).length > 0;

  const draftValues = useMemo<IndicatorDraft>(
    () => ({ form: form.values, base: base.values, baseVersion: base.version }),
    [form.values, base],
  );
  const draft = useFormDraft<IndicatorDraft>({
    key: editable ? `planIndicator:${indicator.id}` : null,
    values: draftValues,
    dirty: hasChanges,
    baseVersion: base.version,
    restore: (stored) => {
      formRef.current.setValues(stored.form);
      setBase({ values: stored.base, version: stored.baseVersion });
    },
  });
  const clearDraft = useRef(draft.clear);
  clearDraft.current = draft.clear;

  /** Shows `saved` as the new starting point: the form, its base, no errors, no draft left behind. */
  const settle = useCallback(
    (saved: PlanIndicator) => {
      const next = baseOf(saved);
      setBase(next);
      setTheirs(null);
      setFormError(null);
      clearDraft.current();
      const f = formRef.current;
      f.setInitialValues(next.values);
      f.setValues(next.values);
      f.resetDirty(next.values);
      f.clearErrors();
    },
    [baseOf],
  );

  // A newer record arrived (a refetch, a restore, this very save): take it when nothing is typed or it
  // holds what the form holds; with other input, note only a version that changed none of the form's
  // fields, else the save merges through the 409.
  const [outdated, setOutdated] = useState(false);
  useEffect(() => {
    if (indicator.version <= base.version) {
      setOutdated(false);
      return;
    }
    const fresh = fieldsOf(formValuesOf(indicator, currentLanguage()));
    if (!hasChanges || sameValue(fresh, mine)) settle(indicator);
    else if (sameValue(fresh, baseFields)) setBase((b) => ({ ...b, version: indicator.version }));
    else setOutdated(true);
  }, [indicator, base.version, baseFields, mine, hasChanges, settle]);

  const onFailed = (error: Error, sent: IndicatorChange) => {
    if (!(error instanceof ApiError)) {
      setFormError(problemMessage(t, error));
      return;
    }
    if (error.kind === 'stale-version' && error.current) {
      setTheirs(error.current as PlanIndicator);
      return;
    }
    setTheirs(null);
    const placed = placeFieldErrors(error.fields, sent.changes, formRef.current.values);
    formRef.current.setErrors(placed.fields);
    const placedAny = Object.keys(placed.fields).length > 0;
    const text =
      placed.unplaced.length > 0 || placedAny ? placed.unplaced.join(' · ') : problemMessage(t, error);
    // Nothing typed is lost: the form keeps it, and so does the draft in this browser.
    setFormError(error.kind === 'network' ? `${text} ${t('indicators.detail.keptLocally')}` : text || null);
  };

  const send = (change: IndicatorChange) => {
    setFormError(null);
    update.mutate(change, {
      onSuccess: (saved) => {
        settle(saved);
        notifications.show({
          color: 'teal',
          message: t('indicators.detail.saved', { code: saved.catalog.code }),
        });
      },
      onError: (error) => onFailed(error, change),
    });
  };

  return {
    form,
    submit: form.onSubmit(() => send({ changes, version: base.version })),
    saving: update.isPending,
    hasChanges,
    formError,
    outdated,
    draftRestored: draft.restored !== null,
    discardDraft: () => settle(indicator),
    /** After a restore from the history: the stored record replaces whatever the form held. */
    reload: settle,
    conflict: theirs && {
      base: baseFields as Record<string, unknown>,
      mine: mine as Record<string, unknown>,
      theirs: { ...fieldsOf(formValuesOf(theirs, currentLanguage())), version: theirs.version },
      resolve: (merged: Record<string, unknown>, version: number) =>
        send({ changes: merged as IndicatorChange['changes'], version }),
      cancel: () => setTheirs(null),
    },
  };
}

export type IndicatorEditor = ReturnType<typeof useIndicatorEditor>;
