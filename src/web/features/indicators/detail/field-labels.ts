import type { TFunction } from 'i18next';
import { INDICATOR_FIELDS } from './indicator-values.ts';

const LABELLED = new Set<string>([...INDICATOR_FIELDS, 'catalogId']);

/** A field of the API by the form's label (history, merge dialog); an unknown one keeps its API name. */
export function fieldLabel(t: TFunction, field: string): string {
  return LABELLED.has(field)
    ? t(`indicators.fields.${field as (typeof INDICATOR_FIELDS)[number] | 'catalogId'}`)
    : field;
}
