/**
 * Three-way merge of one record's fields, for a save refused as stale (409): `base` is the record as
 * the user began editing, `mine` what they have now, `theirs` the record as stored meanwhile by someone
 * else. A field only one side changed takes that side's value; a field both changed to different values
 * is a conflict the user settles in the dialog (components/conflict-dialog.tsx).
 */
export type FieldOutcome = 'unchanged' | 'mine' | 'theirs' | 'both-same' | 'conflict';

export interface FieldMerge {
  key: string;
  outcome: FieldOutcome;
  mine: unknown;
  theirs: unknown;
}

/** Equal as data: objects compare by their keys in any order, arrays in order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** How each of `keys` merges. */
export function mergeFields(
  keys: readonly string[],
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): FieldMerge[] {
  return keys.map((key) => {
    const iChanged = !sameValue(mine[key], base[key]);
    const theyChanged = !sameValue(theirs[key], base[key]);
    const outcome: FieldOutcome =
      iChanged && theyChanged
        ? sameValue(mine[key], theirs[key])
          ? 'both-same'
          : 'conflict'
        : iChanged
          ? 'mine'
          : theyChanged
            ? 'theirs'
            : 'unchanged';
    return { key, outcome, mine: mine[key], theirs: theirs[key] };
  });
}

export type Choice = 'mine' | 'theirs';

/**
 * The changes to send on top of `theirs` (with its version): my changes that were not overridden by a
 * choice of theirs. Fields where the stored record already holds the result are left out.
 */
export function mergedChanges(
  fields: FieldMerge[],
  choices: Record<string, Choice>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    const takeMine =
      field.outcome === 'mine' || (field.outcome === 'conflict' && choices[field.key] === 'mine');
    if (takeMine) changes[field.key] = field.mine;
  }
  return changes;
}

/** Conflicts still waiting for a choice. */
export const unsettled = (fields: FieldMerge[], choices: Record<string, Choice>) =>
  fields.filter((f) => f.outcome === 'conflict' && !choices[f.key]).map((f) => f.key);
