import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/problem.ts';
import { problemMessage } from '../../../api/problem-message.ts';
import type { ColumnKey } from './columns.ts';
import type { EditableField, FieldProblem } from './validation.ts';

export const COLUMN_OF: Record<EditableField, ColumnKey> = {
  title: 'title',
  elementId: 'element',
  leadOpdId: 'leadOpd',
  startYear: 'startYear',
  endYear: 'endYear',
  isQuickWin: 'quickWin',
};

/** The column's name, e.g. “Tahun selesai”: every refusal names the field to fix. */
export const fieldLabel = (t: TFunction, field: EditableField) =>
  t(`programs.worksheet.columns.${COLUMN_OF[field]}`);

export const problemText = (t: TFunction, problem: FieldProblem) =>
  t(`programs.worksheet.invalid.${problem.reason}`, {
    field: fieldLabel(t, problem.field),
    ...problem.values,
  });

const EDITABLE = new Set<string>(Object.keys(COLUMN_OF));

const STRANDED =
  /^would leave the (budgets|targets|progress reports) of ([\d, ]+) outside the programme years$/;
const WHAT = { budgets: 'budgets', targets: 'targets', 'progress reports': 'progressReports' } as const;

/**
 * The server's field messages are English. The one a worksheet meets most (years shortened past the
 * budgets, targets or progress already recorded) is said in the reader's language; others stay as sent.
 */
export function serverFieldMessage(t: TFunction, message: string) {
  const stranded = STRANDED.exec(message);
  if (!stranded) return message;
  const what = WHAT[stranded[1] as keyof typeof WHAT];
  return t('programs.worksheet.server.stranded', {
    what: t(`programs.worksheet.server.what.${what}`),
    years: stranded[2],
  });
}

/**
 * The server's refusal of a write, by field: the messages of fields the worksheet shows, prefixed with
 * the field's name (the server speaks English and names fields by their API name), and everything else.
 */
export function apiFieldMessages(t: TFunction, error: unknown) {
  const byField: Partial<Record<EditableField, string>> = {};
  const other: string[] = [];
  if (error instanceof ApiError)
    for (const [field, sent] of Object.entries(error.fieldMessages())) {
      const message = serverFieldMessage(t, sent);
      if (EDITABLE.has(field))
        byField[field as EditableField] = `${fieldLabel(t, field as EditableField)}: ${message}`;
      else other.push(`${field}: ${message}`);
    }
  const general =
    other.length > 0 ? other.join('; ') : Object.keys(byField).length === 0 ? problemMessage(t, error) : null;
  return { byField, general };
}

/** One message for a failed save of `field`: its own field error first, then any other, then the problem. */
export function saveFailure(t: TFunction, error: unknown, field: EditableField) {
  const { byField, general } = apiFieldMessages(t, error);
  const message = byField[field] ?? Object.values(byField)[0] ?? general ?? problemMessage(t, error);
  return t('programs.worksheet.saveFailed', { message: /[.!?]$/.test(message) ? message : `${message}.` });
}
