import i18next from 'i18next';
import indonesian from 'zod/v4/locales/id.js';

/** The parts of a field error that say which check failed (see src/server/http/error-handler.ts). */
export interface CheckedField {
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

type LocaleError = ReturnType<typeof indonesian>['localeError'];
let inIndonesian: LocaleError | null = null;

/**
 * A field error in the reader's language. The API words its messages in English and names the failed
 * schema check (a Zod issue code and its limits); Zod's own Indonesian catalogue words that check for
 * an Indonesian reader. A rule of ours (`custom`) or an error without a code keeps the API's words.
 */
export function fieldMessage(error: CheckedField, language = i18next.resolvedLanguage): string {
  if (language !== 'id' || !error.code || error.code === 'custom') return error.message;
  inIndonesian ??= indonesian().localeError;
  const worded = inIndonesian({
    code: error.code,
    ...error.params,
    input: undefined,
  } as Parameters<LocaleError>[0]);
  const text = typeof worded === 'string' ? worded : worded?.message;
  return text || error.message;
}
