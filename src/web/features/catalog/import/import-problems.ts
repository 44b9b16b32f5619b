import type { FieldError } from '../../../api/problem.ts';

/** One problem of an import, placed where the person finds it in their file. */
export interface ImportProblem {
  /** The CSV line (the header is line 1) or the JSON entry (counted from 1); null for the whole file. */
  place: { kind: 'line' | 'entry'; number: number } | null;
  /** The column or key, as the file names it (`unit`, `nameEn`); null when the row or file as a whole is meant. */
  column: string | null;
  error: FieldError;
}

const PLACED = /^(lines|entries)\.(\d+)(?:\.(.+))?$/;
/** The request's own fields that stand for the file as a whole. */
const FILE_FIELDS = new Set(['csv', 'entries']);

/**
 * The problems of a refused import, from the problem+json's `errors[]`: the API names each as
 * `lines.<line>.<column>` (CSV) or `entries.<index>.<field>` (JSON, counted from 0), or `csv` for the
 * file itself. Sorted as the file reads: file-wide first, then by line or entry.
 */
export function importProblems(errors: readonly FieldError[]): ImportProblem[] {
  const problems = errors.map((error): ImportProblem => {
    const placed = PLACED.exec(error.field);
    if (!placed) return { place: null, column: FILE_FIELDS.has(error.field) ? null : error.field, error };
    const [, list, index, column] = placed;
    return {
      place:
        list === 'lines'
          ? { kind: 'line', number: Number(index) }
          : { kind: 'entry', number: Number(index) + 1 },
      column: column ?? null,
      error,
    };
  });
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort(
      (a, b) =>
        (a.problem.place?.number ?? 0) - (b.problem.place?.number ?? 0) ||
        // The file's own order of its columns is not known here; the API's order of them is kept.
        a.i - b.i,
    )
    .map(({ problem }) => problem);
}
