import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormDraft } from '../../../components/use-form-draft.ts';
import { type Program, useCreateProgram } from '../api.ts';
import { apiFieldMessages, problemText } from './messages.ts';
import {
  createBody,
  initialQuickEntry,
  isQuickEntryDirty,
  nextQuickEntry,
  type QuickEntryValues,
  quickEntryProblems,
} from './quick-entry.ts';
import type { EditableField, Period } from './validation.ts';

export interface QuickEntryOptions {
  planId: string;
  /** The pillar new programmes go to; null (all pillars shown) adds nothing. */
  pillarId: string | null;
  period: Period;
  /** The lead OPD to start with (an OPD participant's own), and the pillar's first element. */
  defaultOpdId: string;
  defaultElementId: string;
}

export type QuickEntry = ReturnType<typeof useQuickEntry>;

/**
 * The quick-entry row's state: what is typed (kept in this browser per pillar, so a reload or a dropped
 * connection loses nothing), its problems by field, and the add itself. After an add the title is cleared
 * and focus goes back to it, ready for the next programme.
 */
export function useQuickEntry({
  planId,
  pillarId,
  period,
  defaultOpdId,
  defaultElementId,
}: QuickEntryOptions) {
  const { t } = useTranslation();
  const create = useCreateProgram(planId);
  const [values, setValues] = useState<QuickEntryValues>(() =>
    initialQuickEntry(period, defaultOpdId, defaultElementId),
  );
  const [problems, setProblems] = useState<Partial<Record<EditableField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<Program | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  // Another pillar starts from its own defaults (its own draft, if any, is put back just after). Reset
  // while rendering, not in an effect: in the frame between the two, what is typed in the new pillar's row
  // would be wiped.
  const [shownPillarId, setShownPillarId] = useState(pillarId);
  if (shownPillarId !== pillarId) {
    setShownPillarId(pillarId);
    setValues(initialQuickEntry(period, defaultOpdId, defaultElementId));
    setProblems({});
    setFailure(null);
    setAdded(null);
  }

  // The OPDs and elements arrive after the first render: fill the defaults in when nothing was chosen.
  useEffect(() => {
    setValues((v) => ({
      ...v,
      leadOpdId: v.leadOpdId || defaultOpdId,
      elementId: v.elementId || defaultElementId,
    }));
  }, [defaultOpdId, defaultElementId]);

  const draft = useFormDraft<QuickEntryValues>({
    key: pillarId ? `worksheet:new:${planId}:${pillarId}` : null,
    values,
    dirty: isQuickEntryDirty(values),
    baseVersion: null,
    restore: setValues,
  });

  const change = useCallback(<K extends keyof QuickEntryValues>(key: K, value: QuickEntryValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => (key in p ? { ...p, [key]: undefined } : p));
  }, []);

  const submit = () => {
    if (!pillarId || create.isPending) return;
    const found = quickEntryProblems(values, period);
    setProblems(Object.fromEntries(found.map((p) => [p.field, problemText(t, p)])));
    setFailure(null);
    if (found.length > 0) return;
    create.mutate(createBody(values, pillarId), {
      onSuccess: (program) => {
        draft.clear();
        setValues(nextQuickEntry(values));
        setAdded(program);
        titleRef.current?.focus();
      },
      // The typed row stays as it is, whatever went wrong: nothing a group typed is ever thrown away.
      onError: (error) => {
        const { byField, general } = apiFieldMessages(t, error);
        setProblems(byField);
        if (general) setFailure(t('programs.worksheet.entry.failed', { message: general }));
      },
    });
  };

  return {
    values,
    change,
    problems,
    failure,
    added,
    saving: create.isPending,
    submit,
    titleRef,
    restored: draft.restored !== null,
    discardDraft: () => {
      draft.clear();
      setValues(initialQuickEntry(period, defaultOpdId, defaultElementId));
    },
  };
}
