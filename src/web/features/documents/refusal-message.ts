import type { TFunction } from 'i18next';
import { fieldMessage } from '../../api/field-message.ts';
import { ApiError } from '../../api/problem.ts';
import { problemMessage } from '../../api/problem-message.ts';

/**
 * Why the server refused a workbook, to show by the file field: too large, what it said of the file
 * (not a workbook, a zip bomb, renamed sheets…), or the general message for the rest.
 */
export function refusalMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return problemMessage(t, error);
  if (error.status === 413) return t('documents.worksheet.import.tooLarge');
  const about = error.fields.find((f) => f.field === 'file') ?? error.fields[0];
  if (about) return fieldMessage(about);
  return problemMessage(t, error);
}
