import { fieldMessage } from '../../../api/field-message.ts';
import type { FieldError } from '../../../api/problem.ts';
import { PROGRAM_FIELDS, type ProgramFields } from './program-values.ts';

export interface PlacedErrors {
  /** By form path: a field name, or `budgets.<year>.<source>` / `targets.<year>` for a cell. */
  fields: Record<string, string>;
  /** Messages about nothing the form shows, for an alert above it. */
  unplaced: string[];
}

const FORM_FIELDS = new Set<string>(PROGRAM_FIELDS);

/**
 * Puts the API's field errors next to the inputs they are about. A list item is named by its index in
 * the request (`budgets.2.amount`), so the request that was sent tells which cell that is: the form
 * keys its cells by year and source, not by position. The first message of each place wins.
 */
export function placeFieldErrors(errors: FieldError[], sent: Partial<ProgramFields>): PlacedErrors {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  const put = (path: string, message: string) => {
    if (!(path in fields)) fields[path] = message;
  };
  for (const error of errors) {
    if (error.in !== 'body') {
      unplaced.push(`${error.field}: ${fieldMessage(error)}`);
      continue;
    }
    const [name = '', index] = error.field.split('.');
    const at = index === undefined ? undefined : Number(index);
    if (name === 'budgets') {
      const line = at === undefined ? undefined : sent.budgets?.[at];
      put(line ? `budgets.${line.year}.${line.source}` : 'budgets', fieldMessage(error));
    } else if (name === 'targets') {
      const line = at === undefined ? undefined : sent.targets?.[at];
      put(line ? `targets.${line.year}` : 'targets', fieldMessage(error));
    } else if (FORM_FIELDS.has(name)) {
      // An item of an id list (supportingOpdIds.3) is shown on the list's input.
      put(name, fieldMessage(error));
    } else unplaced.push(`${error.field}: ${fieldMessage(error)}`);
  }
  return { fields, unplaced };
}
