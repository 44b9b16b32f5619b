import { ApiError } from '../../api/problem.ts';

/** Columns that make a record unique only together with its parent; the user never types those. */
const PARENT_COLUMNS = new Set(['regionId', 'personId', 'planId']);

/**
 * The fields a 409 says are already taken by another record (a duplicate OPD or kecamatan code); the
 * parent's column is left out, as the form has no such field.
 */
export function duplicateFields(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.status !== 409 || error.kind !== 'conflict') return [];
  return error.duplicateFields.filter((field) => !PARENT_COLUMNS.has(field));
}

/** What still refers to a record a delete was refused for, in words a screen can translate. */
export type UsedBy = 'positions' | 'programs' | 'attendance' | 'indicators' | 'opds' | 'other';

const USED_BY_TABLE: [RegExp, UsedBy][] = [
  [/^positions$/, 'positions'],
  [/^program/, 'programs'],
  [/^attendance$/, 'attendance'],
  [/indicator/, 'indicators'],
  [/^opd_units$/, 'opds'],
];

/** For a delete refused because other records still point at the record (409), what they are. */
export function usedBy(error: unknown): UsedBy | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.kind !== 'conflict') return null;
  const table = error.usedBy;
  if (table === null) return null;
  return USED_BY_TABLE.find(([pattern]) => pattern.test(table))?.[1] ?? 'other';
}

/** A save refused because someone saved the record meanwhile; `current` is the stored record. */
export function staleRecord(error: unknown): (Record<string, unknown> & { version: number }) | null {
  if (!(error instanceof ApiError) || error.kind !== 'stale-version') return null;
  const current = error.current;
  if (typeof current !== 'object' || current === null) return null;
  const version = (current as { version?: unknown }).version;
  return typeof version === 'number' ? (current as Record<string, unknown> & { version: number }) : null;
}
