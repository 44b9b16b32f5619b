import type { TFunction } from 'i18next';
import { PROGRAM_FIELDS } from './program-values.ts';

const LABELLED = [...PROGRAM_FIELDS, 'reviewStatus', 'budgetTotal', 'version'] as const;
type LabelledField = (typeof LABELLED)[number];

/** Fields a stored version also carries, read under the field they come from. */
const ALIASES: Record<string, LabelledField> = {
  pillarKey: 'pillarId',
  elementKey: 'elementId',
  leadOpdCode: 'leadOpdId',
  leadOpdName: 'leadOpdId',
};

const isLabelled = (field: string): field is LabelledField => (LABELLED as readonly string[]).includes(field);

/** A programme field's label by its API name (the form, the history, the conflict dialog). */
export function fieldLabel(t: TFunction, field: string): string {
  const name = ALIASES[field] ?? field;
  return isLabelled(name) ? t(`program.fields.${name}`) : field;
}
