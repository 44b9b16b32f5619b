import type { UseFormReturnType } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';
import { useRefreshRegion } from '../workbench/api.ts';
import { duplicateFields, staleRecord } from './problems.ts';

interface Versioned {
  id: string;
  version: number;
}

type Body = Record<string, unknown>;

type Save<B extends Body> =
  | { kind: 'create'; body: B }
  | { kind: 'update'; body: Partial<B>; version: number };

/** A save refused as stale, for the conflict dialog: the record as stored now beside the user's edit. */
export interface SaveConflictState {
  base: Body;
  mine: Body;
  theirs: Body & { version: number };
  resolve: (changes: Body, version: number) => void;
  cancel: () => void;
}

export interface RecordSaveOptions<Rec extends Versioned, Values extends Body, B extends Body> {
  regionId: string;
  /** The record edited; null when adding one. */
  record: Rec | null;
  form: UseFormReturnType<Values>;
  /** The request body for the form's values, with the same field names as the form. */
  bodyOf: (values: Values) => B;
  create: (body: B) => Promise<Rec>;
  update: (id: string, body: Partial<B> & { version: number }) => Promise<Rec>;
  onSaved: (record: Rec) => void;
}

/**
 * Saving a record from a form the way every form of this screen does: the API's field errors next to
 * the fields (a duplicate code included), anything else in an alert, the typed values kept; a save
 * refused as stale opens the conflict dialog with the stored record, and the region's lists are
 * refreshed after a success.
 */
export function useRecordSave<Rec extends Versioned, Values extends Body, B extends Body>(
  options: RecordSaveOptions<Rec, Values, B>,
) {
  const { t } = useTranslation();
  const { record, form } = options;
  const refresh = useRefreshRegion(options.regionId);
  const [theirs, setTheirs] = useState<(Body & { version: number }) | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (save: Save<B>) =>
      save.kind === 'create'
        ? options.create(save.body)
        : options.update(record?.id ?? '', { ...save.body, version: save.version }),
    onMutate: () => setAlert(null),
    onSuccess: async (saved) => {
      setTheirs(null);
      await refresh();
      options.onSaved(saved);
    },
    onError: (error) => {
      const stored = staleRecord(error);
      if (stored) {
        setTheirs(stored);
        return;
      }
      const known = new Set(Object.keys(form.values));
      const messages: Record<string, string> = {};
      const elsewhere: string[] = [];
      for (const field of duplicateFields(error)) messages[field] = t('organisation.errors.duplicate');
      if (error instanceof ApiError)
        for (const [field, message] of Object.entries(error.fieldMessages()))
          if (known.has(field)) messages[field] = message;
          else elsewhere.push(`${field}: ${message}`);
      const placed = Object.keys(messages).filter((field) => known.has(field));
      if (placed.length > 0) form.setErrors(Object.fromEntries(placed.map((f) => [f, messages[f]])));
      if (placed.length === 0 || elsewhere.length > 0)
        setAlert(elsewhere.length > 0 ? elsewhere.join('; ') : problemMessage(t, error));
    },
  });

  const submit = (values: Values) => {
    const body = options.bodyOf(values);
    mutation.mutate(record ? { kind: 'update', body, version: record.version } : { kind: 'create', body });
  };

  const conflict: SaveConflictState | null = theirs
    ? {
        base: options.bodyOf(form.getInitialValues()),
        mine: options.bodyOf(form.values),
        theirs,
        resolve: (changes, version) =>
          mutation.mutate({ kind: 'update', body: changes as Partial<B>, version }),
        cancel: () => setTheirs(null),
      }
    : null;

  return {
    submit,
    saving: mutation.isPending,
    alert,
    /** Set once a save was refused as stale. */
    conflict,
  };
}
