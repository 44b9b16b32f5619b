import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem.ts';
import { useRefreshPlan } from '../../workbench/api.ts';
import { type Program, updateProgram } from '../api.ts';
import { type BulkValues, bulkChange } from './bulk.ts';
import { apiFieldMessages, problemText } from './messages.ts';
import type { Period } from './validation.ts';

export interface BulkFailure {
  id: string;
  code: string;
  message: string;
}

export interface BulkRun {
  total: number;
  done: number;
  updated: number;
  failures: BulkFailure[];
  running: boolean;
}

/**
 * Applies the bulk bar's values to the ticked rows, one PATCH after the other (there is no bulk API, and
 * one at a time keeps a shared connection usable), each with its row's version. Progress and every failure
 * with its reason are kept for the bar to show; a row refused before sending is a failure too.
 */
export function useBulkApply(planId: string, period: Period, onSaved: (program: Program) => void) {
  const { t } = useTranslation();
  const refresh = useRefreshPlan(planId);
  const [run, setRun] = useState<BulkRun | null>(null);

  const apply = async (rows: Program[], values: BulkValues, elementPillarId: string | null) => {
    const failures: BulkFailure[] = [];
    let updated = 0;
    setRun({ total: rows.length, done: 0, updated, failures, running: true });
    for (const [i, row] of rows.entries()) {
      const result = bulkChange(row, values, period, elementPillarId);
      if (result.kind === 'invalid')
        failures.push({ id: row.id, code: row.code, message: problemText(t, result.problem) });
      else if (result.kind === 'change') {
        try {
          onSaved(await updateProgram(row.id, { ...result.changes, version: row.version }));
          updated++;
        } catch (error) {
          const message =
            error instanceof ApiError && error.kind === 'stale-version'
              ? t('programs.worksheet.bulk.stale')
              : (() => {
                  const { byField, general } = apiFieldMessages(t, error);
                  return [...Object.values(byField), general].filter(Boolean).join('; ');
                })();
          failures.push({ id: row.id, code: row.code, message });
        }
      }
      setRun({ total: rows.length, done: i + 1, updated, failures: [...failures], running: true });
    }
    setRun({ total: rows.length, done: rows.length, updated, failures, running: false });
    // The rows refused as stale come back with their current version, ready for Apply again.
    await refresh();
    return failures;
  };

  return { run, apply, reset: () => setRun(null) };
}
