import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import { sameValue } from '../../lib/merge.ts';

type Fields = Record<string, unknown>;
interface Versioned {
  id: string;
  version: number;
}

export interface RecordSaveOptions<R extends Versioned> {
  /** The record being edited; null to create one. */
  record: R | null;
  /** Where the record lives, e.g. `/workshops` (PATCH `/workshops/:id`). */
  itemPath: string;
  /** Creates the record from the form's fields. */
  create: (fields: Fields) => Promise<R>;
  /** After a save: refresh what shows it, close the form. */
  onSaved: () => Promise<unknown>;
  /** Puts the server's messages next to the fields it named. */
  setErrors: (errors: Record<string, string>) => void;
  /**
   * What to say about a refusal the server ties to no field (a duplicate is a 409): messages by field,
   * or one message for the whole form.
   */
  explain?: (error: ApiError) => Record<string, string> | string | null;
}

export interface Conflict {
  base: Fields;
  mine: Fields;
  theirs: Fields & { version: number };
}

/**
 * Saving a form of a versioned record: create, or send only the fields the user changed with the
 * version they edited. A refusal as stale (409) opens a merge (components/conflict-dialog.tsx) between
 * the record as the user found it, their input and the stored record; nothing typed is dropped.
 */
export function useRecordSave<R extends Versioned>(options: RecordSaveOptions<R>) {
  const { record, itemPath, create, onSaved, setErrors, explain } = options;
  // The record as the user began editing: the base of a three-way merge, even if a refresh replaces it.
  const [base] = useState<Fields>(() => ({ ...(record ?? {}) }));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [formError, setFormError] = useState<unknown>(null);

  const mutation = useMutation({
    mutationFn: ({ fields, version }: { fields: Fields; version?: number }) =>
      record
        ? api<R>(`${itemPath}/${record.id}`, { method: 'PATCH', body: { ...fields, version } })
        : create(fields),
    onMutate: () => setFormError(null),
    onSuccess: async () => {
      setConflict(null);
      await onSaved();
    },
    onError: (error, { fields }) => {
      const current =
        error instanceof ApiError ? (error.current as Conflict['theirs'] | undefined) : undefined;
      if (error instanceof ApiError && error.kind === 'stale-version' && current) {
        // The merge compares whole forms: unchanged fields are the ones the user found.
        setConflict({ base, mine: { ...base, ...fields }, theirs: current });
        return;
      }
      const explained = error instanceof ApiError ? explain?.(error) : null;
      if (typeof explained === 'string') return setFormError(explained);
      const messages = error instanceof ApiError ? { ...error.fieldMessages(), ...(explained ?? {}) } : {};
      if (Object.keys(messages).length > 0) setErrors(messages);
      else setFormError(error);
    },
  });

  /** Saves the form's fields; for an edit, only those changed since the form opened. */
  const save = (fields: Fields) => {
    if (!record) return mutation.mutate({ fields });
    const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => !sameValue(v, base[k])));
    if (Object.keys(changed).length === 0) return void onSaved();
    mutation.mutate({ fields: changed, version: record.version });
  };

  return {
    save,
    saving: mutation.isPending,
    /** A failure that names no field (network, permission, or an explained one), for an alert. */
    error: formError,
    conflict,
    /** Saves the merged changes on top of the stored record. */
    resolve: (changes: Fields, version: number) => mutation.mutate({ fields: changes, version }),
    cancelConflict: () => setConflict(null),
  };
}
