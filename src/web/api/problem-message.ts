import type { TFunction } from 'i18next';
import { ApiError } from './problem.ts';

/**
 * A failure in the user's language. The server's own detail (English) is the last resort, for problems
 * no screen has a message for yet.
 */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.kind === 'network') return t('errors.network');
  if (error.status >= 500 || error.kind === 'invalid-response') return t('errors.server');
  if (error.status === 401) return t('errors.unauthenticated');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  return error.detail || error.title;
}
