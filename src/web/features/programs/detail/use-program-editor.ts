import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import { useFormDraft } from '../../../components/use-form-draft.ts';
import { sameValue } from '../../../lib/merge.ts';
import { type Program, type ProgramChange, useUpdateProgram } from './api.ts';
import { placeFieldErrors } from './field-errors.ts';
import { changedFields, fieldsOf, formValuesOf, type ProgramFormValues } from './program-values.ts';

/** What the form was opened on: a save is a change against this version, and merges from it on a 409. */
interface Base {
  values: ProgramFormValues;
  version: number;
}

/** Kept in the browser while unsaved: the input, and the version it was typed against. */
interface ProgramDraft {
  form: ProgramFormValues;
  base: ProgramFormValues;
  baseVersion: number;
}

const baseOf = (program: Program): Base => ({ values: formValuesOf(program), version: program.version });

/**
 * The editing of one programme: the form, its draft in the browser, the save with the version it was
 * based on, and the merge when someone else saved first (409). Typed input is never reset by a failure.
 */
export function useProgramEditor(program: Program, planId: string) {
  const { t } = useTranslation();
  const update = useUpdateProgram(planId, program.id);
  const [base, setBase] = useState<Base>(() => baseOf(program));
  const [theirs, setTheirs] = useState<Program | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const required = t('program.validation.required');
  const form = useForm<ProgramFormValues>({
    initialValues: base.values,
    validate: {
      code: (v) => (!v.trim() ? required : /\s/.test(v.trim()) ? t('program.validation.codeSpaces') : null),
      title: (v) => (v.trim().length < 3 ? t('program.validation.titleShort') : null),
      pillarId: (v) => (v ? null : required),
      elementId: (v) => (v ? null : required),
      leadOpdId: (v) => (v ? null : required),
      horizon: (v) => (v ? null : required),
      startYear: (v) => (v ? null : required),
      endYear: (v, values) =>
        !v
          ? required
          : values.startYear && Number(v) < Number(values.startYear)
            ? t('program.validation.endBeforeStart')
            : null,
    },
  });
  const formRef = useRef(form);
  formRef.current = form;

  const baseFields = useMemo(() => fieldsOf(base.values), [base.values]);
  const mine = useMemo(() => fieldsOf(form.values), [form.values]);
  const changes = useMemo(() => changedFields(baseFields, mine), [baseFields, mine]);
  const hasChanges = Object.keys(changes).length > 0;

  const draftValues = useMemo<ProgramDraft>(
    () => ({ form: form.values, base: base.values, baseVersion: base.version }),
    [form.values, base],
  );
  const draft = useFormDraft<ProgramDraft>({
    key: `program:${program.id}`,
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
  const settle = useCallback((saved: Program) => {
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
  }, []);

  // A newer programme arrived (a review, a refetch, this very save): take it when it holds what the form
  // holds or nothing is typed; with other input, only note its version when it changed none of the
  // form's fields, else the save merges through the 409.
  const [outdated, setOutdated] = useState(false);
  useEffect(() => {
    if (program.version <= base.version) {
      setOutdated(false);
      return;
    }
    const fresh = fieldsOf(formValuesOf(program));
    if (!hasChanges || sameValue(fresh, mine)) settle(program);
    else if (sameValue(fresh, baseFields)) setBase((b) => ({ ...b, version: program.version }));
    else setOutdated(true);
  }, [program, base.version, baseFields, mine, hasChanges, settle]);

  const onSaved = (saved: Program) => {
    settle(saved);
    notifications.show({ color: 'teal', message: t('program.form.saved', { code: saved.code }) });
  };

  const onFailed = (error: Error, sent: ProgramChange) => {
    if (!(error instanceof ApiError)) {
      setFormError(problemMessage(t, error));
      return;
    }
    if (error.kind === 'stale-version' && error.current) {
      setTheirs(error.current as Program);
      return;
    }
    setTheirs(null);
    // The only other conflict a change can meet: the code is another programme's.
    if (error.status === 409) {
      formRef.current.setFieldError('code', t('program.validation.codeTaken'));
      return;
    }
    const placed = placeFieldErrors(error.fields, sent.changes);
    formRef.current.setErrors(placed.fields);
    const placedAny = Object.keys(placed.fields).length > 0;
    const message =
      placed.unplaced.length > 0 || placedAny ? placed.unplaced.join(' · ') : problemMessage(t, error);
    // Nothing typed is lost: the form keeps it, and so does the draft in this browser.
    setFormError(error.kind === 'network' ? `${message} ${t('program.form.keptLocally')}` : message || null);
  };

  const send = (change: ProgramChange) => {
    setFormError(null);
    update.mutate(change, { onSuccess: onSaved, onError: (error) => onFailed(error, change) });
  };

  return {
    form,
    submit: form.onSubmit(() => send({ changes, version: base.version })),
    saving: update.isPending,
    hasChanges,
    formError,
    outdated,
    draftRestored: draft.restored !== null,
    discardDraft: () => settle(program),
    /** After a restore from the history: the stored programme replaces whatever the form held. */
    reload: settle,
    conflict: theirs && {
      base: baseFields,
      mine,
      theirs: { ...fieldsOf(formValuesOf(theirs)), version: theirs.version },
      resolve: (merged: Record<string, unknown>, version: number) =>
        send({ changes: merged as ProgramChange['changes'], version }),
      cancel: () => setTheirs(null),
    },
  };
}
