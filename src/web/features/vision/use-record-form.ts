import { type FormValidateInput, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import { useFormDraft } from '../../components/use-form-draft.ts';
import { sameValue } from '../../lib/merge.ts';

/** A form's values: text as typed ('' for an empty field); each form converts to its API body. */
export type FormValues = Record<string, string>;

interface Stored {
  version: number;
}

export interface RecordFormOptions<V extends FormValues, R extends Stored> {
  /** The record's values as the form holds them. */
  initial: V;
  /** The version `initial` was read at; null for a record not created yet. */
  version: number | null;
  /** Where unsaved input is kept in this browser (use-form-draft.ts); null keeps none. */
  draftKey: string | null;
  validate?: FormValidateInput<V>;
  /** Sends the changes with the version they were made on; answers the stored record. */
  save: (changes: Partial<V>, version: number | null) => Promise<R>;
  /** A stored record as the form's values (for the merge dialog, and after a save). */
  toValues: (record: R) => V;
  onSaved?: (record: R) => unknown;
}

/**
 * A versioned record's form: the API's field errors on their fields, other failures as one message,
 * input kept on failure and in a browser draft, and a three-way merge when someone saved meanwhile.
 * While the user has changed nothing, the form follows the stored record (a save elsewhere, a restore).
 */
export function useRecordForm<V extends FormValues, R extends Stored>(options: RecordFormOptions<V, R>) {
  const { t } = useTranslation();
  const { initial, version, toValues } = options;
  const form = useForm<V>({
    initialValues: initial,
    ...(options.validate ? { validate: options.validate } : {}),
  });
  const [base, setBase] = useState({ values: initial, version });
  const [theirs, setTheirs] = useState<(V & { version: number }) | null>(null);
  const draft = useFormDraft<V>({
    key: options.draftKey,
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: base.version,
    restore: (values) => form.setValues(values),
  });

  const initialKey = JSON.stringify(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to a new stored record, compared by value
  useEffect(() => {
    if (sameValue(base.values, initial) && base.version === version) return;
    if (!form.isDirty()) {
      form.setValues(initial);
      form.resetDirty(initial);
      setBase({ values: initial, version });
    } else if (sameValue(base.values, initial)) {
      // Someone changed other fields of the record: what the user edits is still what is stored.
      setBase({ values: base.values, version });
    }
  }, [initialKey, version]);

  const mutation = useMutation({
    mutationFn: (input: { changes: Partial<V>; version: number | null }) =>
      options.save(input.changes, input.version),
    onSuccess: async (record) => {
      const values = toValues(record);
      form.setValues(values);
      form.resetDirty(values);
      setBase({ values, version: record.version });
      setTheirs(null);
      draft.clear();
      await options.onSaved?.(record);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      if (error.kind === 'stale-version' && error.current) {
        const current = error.current as R;
        setTheirs({ ...toValues(current), version: current.version });
        return;
      }
      form.setErrors(error.fieldMessages());
    },
  });

  const error = mutation.error;
  const fieldMessages = error instanceof ApiError ? error.fieldMessages() : {};
  const elsewhere = Object.entries(fieldMessages).filter(([field]) => !(field in initial));
  const stale = error instanceof ApiError && error.kind === 'stale-version' && theirs !== null;
  const formError =
    !error || stale
      ? null
      : Object.keys(fieldMessages).length === 0
        ? problemMessage(t, error)
        : elsewhere.length > 0
          ? elsewhere.map(([field, message]) => `${field}: ${message}`).join('; ')
          : null;

  return {
    form,
    saving: mutation.isPending,
    /** The last save succeeded (to confirm it; the caller hides it once the user types again). */
    saved: mutation.isSuccess,
    formError,
    onSubmit: form.onSubmit((values) =>
      mutation.mutate({ changes: values, version: draft.restored?.baseVersion ?? base.version }),
    ),
    /** Back to the stored record, forgetting the draft. */
    reset: () => {
      form.setValues(base.values);
      form.resetDirty(base.values);
      form.clearErrors();
      draft.clear();
      mutation.reset();
    },
    draftRestored: draft.restored !== null,
    /** Props for ConflictDialog while a stale save waits to be merged; null otherwise. */
    conflict: theirs && {
      opened: true,
      base: base.values,
      mine: form.values,
      theirs,
      saving: mutation.isPending,
      /** The last save succeeded (to confirm it; the caller hides it once the user types again). */
      saved: mutation.isSuccess,
      onResolve: (changes: Record<string, unknown>, current: number) =>
        mutation.mutate({ changes: changes as Partial<V>, version: current }),
      onCancel: () => setTheirs(null),
    },
  };
}
