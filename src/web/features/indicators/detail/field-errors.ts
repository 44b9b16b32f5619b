import { fieldMessage } from '../../../api/field-message.ts';
import type { FieldError } from '../../../api/problem.ts';
import { INDICATOR_FIELDS, type IndicatorFields, type IndicatorFormValues } from './indicator-values.ts';

export interface PlacedErrors {
  /** By form path, as formProblems names them. */
  fields: Record<string, string>;
  /** Messages about nothing the form shows, for an alert above it. */
  unplaced: string[];
}

const FORM_FIELDS = new Set<string>(INDICATOR_FIELDS);

/**
 * Puts the API's field errors next to the inputs they are about. A list item is named by its index in
 * the request (`targets.2.value`), so the request that was sent tells which year, criterion or OPD that
 * is; the form keys its inputs by those, not by position. The first message of each place wins.
 */
export function placeFieldErrors(
  errors: readonly FieldError[],
  sent: Partial<IndicatorFields>,
  values: IndicatorFormValues,
): PlacedErrors {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  const put = (path: string, message: string) => {
    if (!(path in fields)) fields[path] = message;
  };
  for (const error of errors) {
    const message = fieldMessage(error);
    const [name = '', index, part] = error.field.split('.');
    const at = index === undefined ? undefined : Number(index);
    if (error.in !== 'body') unplaced.push(`${error.field}: ${message}`);
    else if (name === 'targets') {
      const target = at === undefined ? undefined : sent.targets?.[at];
      put(target ? `targets.${target.year}` : 'targets', message);
    } else if (name === 'assessments') {
      const criterion = at === undefined ? undefined : sent.assessments?.[at]?.criterion;
      put(
        criterion ? `assessments.${criterion}.${part === 'rationale' ? 'rationale' : 'score'}` : name,
        message,
      );
    } else if (name === 'availability') {
      const opdId = at === undefined ? undefined : sent.availability?.[at]?.opdId;
      const row = values.availability.findIndex((r) => r.opdId === opdId);
      put(row >= 0 ? `availability.${row}.${part === 'note' ? 'note' : 'opdId'}` : name, message);
    } else if (FORM_FIELDS.has(name)) put(name, message);
    else unplaced.push(`${error.field}: ${message}`);
  }
  return { fields, unplaced };
}
