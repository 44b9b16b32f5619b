import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { useRefreshPlan } from '../../workbench/api.ts';
import { type Program, type ProgramUpdate, replaceInLists, updateProgram } from '../api.ts';
import { saveFailure } from './messages.ts';
import type { EditableField } from './validation.ts';

/** A cell whose value is on its way, or was refused by the server (the typed value kept). */
export interface CellStatus {
  state: 'saving' | 'error';
  value: string | boolean;
  message?: string;
}

/** A save refused as stale: what the user saw, what they changed, and the programme as stored now. */
export interface CellConflict {
  base: Program;
  changes: ProgramUpdate;
  current: Program;
  cell: string;
  value: string | boolean;
}

export const cellKey = (rowId: string, field: EditableField) => `${rowId}:${field}`;

const isProgram = (value: unknown): value is Program =>
  typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'title' in value;

/** Refetching a thousand programmes after every cell would slow typing: one refresh once edits pause. */
const REFRESH_PAUSE_MS = 800;

/**
 * Saves worksheet cells one PATCH each. Saves of one row go one after the other, each with the version
 * the previous one returned, so quick edits of one row never refuse each other; the saved programme
 * replaces the row at once. A failed save keeps the typed value on its cell with the reason; a stale
 * version (someone else saved meanwhile) becomes a conflict to merge.
 */
export function useCellSaves(planId: string) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const refresh = useRefreshPlan(planId);
  const [statuses, setStatuses] = useState<Record<string, CellStatus>>({});
  const [conflict, setConflict] = useState<CellConflict | null>(null);
  const [resolving, setResolving] = useState(false);
  const versions = useRef(new Map<string, number>());
  const queues = useRef(new Map<string, Promise<void>>());
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (refreshTimer.current) clearTimeout(refreshTimer.current);
    },
    [],
  );

  const setStatus = useCallback((key: string, status: CellStatus | null) => {
    setStatuses((all) => {
      if (status) return { ...all, [key]: status };
      if (!(key in all)) return all;
      const { [key]: _dropped, ...rest } = all;
      return rest;
    });
  }, []);

  const saved = useCallback(
    (program: Program) => {
      versions.current.set(program.id, program.version);
      replaceInLists(client, program);
      if (refreshTimer.current) clearTimeout(refreshTimer.current);
      refreshTimer.current = setTimeout(() => void refresh(), REFRESH_PAUSE_MS);
    },
    [client, refresh],
  );

  const save = useCallback(
    (row: Program, field: EditableField, value: string | boolean, changes: ProgramUpdate) => {
      const key = cellKey(row.id, field);
      setStatus(key, { state: 'saving', value });
      const run = async () => {
        const version = Math.max(versions.current.get(row.id) ?? 0, row.version);
        try {
          saved(await updateProgram(row.id, { ...changes, version }));
          setStatus(key, null);
        } catch (error) {
          if (error instanceof ApiError && error.kind === 'stale-version' && isProgram(error.current)) {
            // The sheet shows the stored programme at once; the typed value waits on its cell for the merge.
            const current = error.current;
            versions.current.set(current.id, current.version);
            replaceInLists(client, current);
            setStatus(key, { state: 'error', value, message: t('programs.worksheet.staleCell') });
            setConflict({ base: row, changes, current, cell: key, value });
          } else setStatus(key, { state: 'error', value, message: saveFailure(t, error, field) });
        }
      };
      const queued = (queues.current.get(row.id) ?? Promise.resolve()).then(run);
      queues.current.set(row.id, queued);
    },
    [client, saved, setStatus, t],
  );

  /** Sends the merged changes on top of the stored programme; nothing to send keeps the stored one. */
  const resolve = useCallback(
    async (changes: Record<string, unknown>, version: number) => {
      if (!conflict) return;
      setResolving(true);
      try {
        const result =
          Object.keys(changes).length === 0
            ? conflict.current
            : await updateProgram(conflict.base.id, { ...(changes as ProgramUpdate), version });
        saved(result);
        setStatus(conflict.cell, null);
        setConflict(null);
      } catch (error) {
        // Saved again by someone else while merging: merge against that one.
        if (error instanceof ApiError && error.kind === 'stale-version' && isProgram(error.current))
          setConflict({ ...conflict, current: error.current });
        else {
          const field = conflict.cell.split(':')[1] as EditableField;
          setStatus(conflict.cell, {
            state: 'error',
            value: conflict.value,
            message: saveFailure(t, error, field),
          });
          setConflict(null);
        }
      } finally {
        setResolving(false);
      }
    },
    [conflict, saved, setStatus, t],
  );

  return {
    statuses,
    save,
    /** Keep a value refused before sending (the editor was left with the mouse) on its cell. */
    refuse: useCallback(
      (key: string, value: string, message: string) => setStatus(key, { state: 'error', value, message }),
      [setStatus],
    ),
    /** Forget a refused value (Escape on its cell). */
    discard: useCallback((key: string) => setStatus(key, null), [setStatus]),
    conflict,
    resolving,
    resolve,
    /** Back to the sheet: the typed value stays on its cell, marked. */
    closeConflict: useCallback(() => setConflict(null), []),
    /** For bulk changes, which save row by row on their own. */
    saved,
  };
}
