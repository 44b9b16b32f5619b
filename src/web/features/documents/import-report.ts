import type { ImportMode, WorksheetImportResult, WorksheetProblem } from './api.ts';

export interface SheetProblems {
  sheet: string;
  problems: WorksheetProblem[];
}

/**
 * The import's problems by sheet, in the order the sheets first appear in the report, each sheet's by
 * row; problems of one row keep the server's order.
 */
export function groupProblems(problems: readonly WorksheetProblem[]): SheetProblems[] {
  const bySheet = new Map<string, WorksheetProblem[]>();
  for (const problem of problems) {
    const list = bySheet.get(problem.sheet) ?? [];
    list.push(problem);
    bySheet.set(problem.sheet, list);
  }
  return [...bySheet].map(([sheet, list]) => ({
    sheet,
    // Array.prototype.sort is stable: problems of one row stay in the order the server checked them.
    problems: [...list].sort((a, b) => a.row - b.row),
  }));
}

/**
 * What an answer of the import means for the person who sent it:
 * - a check (dry run) finds the file `ready`, or with problems either `partial` (the valid rows would be
 *   written) or `blocked` (all or nothing: nothing would be written);
 * - an import `imported` everything, `importedValid` (problem rows skipped) or wrote nothing (`refused`).
 */
export type ImportOutcome = 'ready' | 'partial' | 'blocked' | 'imported' | 'importedValid' | 'refused';

export function importOutcome(
  result: WorksheetImportResult,
  request: { dryRun: boolean; mode: ImportMode },
): ImportOutcome {
  const clean = result.problems.length === 0;
  if (request.dryRun) return clean ? 'ready' : request.mode === 'valid' ? 'partial' : 'blocked';
  if (!result.applied) return 'refused';
  return clean ? 'imported' : 'importedValid';
}

/** Whether the answer is good news (green), mixed (yellow) or nothing written (red). */
export const outcomeColor = (outcome: ImportOutcome) =>
  outcome === 'ready' || outcome === 'imported'
    ? 'teal'
    : outcome === 'partial' || outcome === 'importedValid'
      ? 'yellow'
      : 'red';
