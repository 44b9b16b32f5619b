import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATURITY_MAX, MATURITY_MIN } from '../../../shared/domain.ts';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import { useFormDraft } from '../../components/use-form-draft.ts';
import type { CellPlace, ReadinessScore } from './api.ts';
import {
  type CellValues,
  changedValues,
  changesOf,
  NOTE_FIELDS,
  NOTE_MAX_LENGTH,
  type NoteField,
  valuesOf,
} from './cell-values.ts';
import { useSaveCell } from './use-save-cell.ts';

interface CellFormOptions {
  place: CellPlace;
  /** The cell as stored now (it follows saves made elsewhere); null until it is first scored. */
  stored: ReadinessScore | null;
  onSaved: (saved: ReadinessScore) => void;
}

/**
 * The form of one cell: checked before sending, the API's field errors on their fields, input kept on
 * any failure and in a browser draft, and a three-way merge when someone saved the cell meanwhile.
 */
export function useCellForm({ place, stored, onSaved }: CellFormOptions) {
  const { t } = useTranslation();
  const initial = valuesOf(stored);
  const tooLong = (value: string) =>
    value.length > NOTE_MAX_LENGTH
      ? t('readiness.form.tooLong', { max: NOTE_MAX_LENGTH, count: value.length })
      : null;
  const form = useForm<CellValues>({
    initialValues: initial,
    validate: {
      score: (value) =>
        value === '' ? t('readiness.form.scoreRequired', { min: MATURITY_MIN, max: MATURITY_MAX }) : null,
      ...(Object.fromEntries(NOTE_FIELDS.map((field) => [field, tooLong])) as Record<
        NoteField,
        typeof tooLong
      >),
    },
  });
  const [base, setBase] = useState({ values: initial, version: stored?.version ?? null });
  const [theirs, setTheirs] = useState<(CellValues & { version: number }) | null>(null);
  const draft = useFormDraft<CellValues>({
    key: `readiness:${place.planId}:${place.pillarId}:${place.aspect}`,
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: base.version,
    restore: (values) => form.setValues(values),
  });
  const save = useSaveCell(place);

  // While the user has changed nothing, the form follows the stored cell (a score chosen in the matrix).
  const storedKey = JSON.stringify(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to a new stored cell, compared by value
  useEffect(() => {
    if (form.isDirty() || (stored?.version ?? null) === base.version) return;
    form.setInitialValues(initial);
    form.setValues(initial);
    setBase({ values: initial, version: stored?.version ?? null });
  }, [storedKey, stored?.version]);

  const send = (changes: Partial<CellValues>, version: number | null) =>
    save.mutate(
      // A cell not stored yet is created with everything typed; a stored one gets only the changes.
      { stored, changes: changesOf(changes), version },
      {
        onSuccess: (saved) => {
          const values = valuesOf(saved);
          form.setInitialValues(values);
          form.setValues(values);
          setBase({ values, version: saved.version });
          setTheirs(null);
          draft.clear();
          onSaved(saved);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.kind === 'stale-version' && error.current) {
            const current = error.current as ReadinessScore;
            setTheirs({ ...valuesOf(current), version: current.version });
            return;
          }
          form.setErrors(error.fieldMessages());
        },
      },
    );

  const error = save.error;
  const fieldMessages = error instanceof ApiError ? error.fieldMessages() : {};
  const stale = error instanceof ApiError && error.kind === 'stale-version' && theirs !== null;
  const unplaced = Object.entries(fieldMessages).filter(([field]) => !(field in initial));
  const formError =
    !error || stale
      ? null
      : Object.keys(fieldMessages).length === 0
        ? problemMessage(t, error)
        : unplaced.length > 0
          ? unplaced.map(([field, message]) => `${field}: ${message}`).join('; ')
          : null;

  return {
    form,
    saving: save.isPending,
    formError,
    onSubmit: form.onSubmit((values) => {
      const version = draft.restored?.baseVersion ?? base.version;
      if (!stored) return send(values, null);
      const changes = changedValues(base.values, values);
      if (Object.keys(changes).length === 0) return onSaved(stored);
      send(changes, version);
    }),
    draftRestored: draft.restored !== null,
    discardDraft: () => {
      form.setValues(base.values);
      form.clearErrors();
      draft.clear();
    },
    /** Forget the unsaved input (the user cancelled). */
    forget: () => draft.clear(),
    /** Props for ConflictDialog while a stale save waits to be merged; null otherwise. */
    conflict: theirs && {
      opened: true,
      base: base.values,
      mine: form.values,
      theirs,
      saving: save.isPending,
      onResolve: (changes: Record<string, unknown>, version: number) => {
        if (Object.keys(changes).length === 0 && stored) {
          // Nothing of the user's is left to add: the stored cell already says it all.
          setTheirs(null);
          return onSaved({ ...stored, version });
        }
        send(changes as Partial<CellValues>, version);
      },
      onCancel: () => setTheirs(null),
    },
  };
}
