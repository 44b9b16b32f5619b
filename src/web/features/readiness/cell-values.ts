import type { ReadinessScore, ReadinessUpdate } from './api.ts';

/** The SWOT notes and the evidence: free text, each optional. */
export const NOTE_FIELDS = ['strengths', 'weaknesses', 'opportunities', 'threats', 'evidence'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

/** The server's limit on each note (src/server/features/plan-content/readiness-schema.ts). */
export const NOTE_MAX_LENGTH = 4000;

/** A cell as the form holds it: text as typed, '' for empty (and for a score not chosen yet). */
export type CellValues = Record<NoteField | 'score' | 'assessedOn', string>;

export function valuesOf(record: ReadinessScore | null): CellValues {
  return {
    score: record ? String(record.score) : '',
    strengths: record?.strengths ?? '',
    weaknesses: record?.weaknesses ?? '',
    opportunities: record?.opportunities ?? '',
    threats: record?.threats ?? '',
    evidence: record?.evidence ?? '',
    assessedOn: record?.assessedOn ?? '',
  };
}

type CellChanges = Omit<ReadinessUpdate, 'version' | 'pillarId' | 'aspect'>;

/** Form text to the API's body: an emptied note is stored as null; a score not chosen is left out. */
export function changesOf(values: Partial<CellValues>): CellChanges {
  const changes: CellChanges = {};
  if (values.score !== undefined && values.score !== '') changes.score = Number(values.score);
  for (const field of NOTE_FIELDS) {
    const text = values[field];
    if (text !== undefined) changes[field] = text.trim() === '' ? null : text;
  }
  if (values.assessedOn !== undefined)
    changes.assessedOn = values.assessedOn === '' ? null : values.assessedOn;
  return changes;
}

/** The fields the user changed, so that a save touches nothing else someone may be editing. */
export function changedValues(base: CellValues, values: CellValues): Partial<CellValues> {
  const changed: Partial<CellValues> = {};
  for (const key of Object.keys(values) as (keyof CellValues)[])
    if (values[key] !== base[key]) changed[key] = values[key];
  return changed;
}
