import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n.ts';
import { formatDate } from '../../lib/format.ts';

interface Dated {
  startDate: string | null;
  endDate: string | null;
}

/** Whether a position is held on `today` (YYYY-MM-DD): started (or no start known) and not yet ended. */
export function isCurrent(position: Dated, today: string): boolean {
  // ISO dates compare correctly as text.
  return (
    (!position.startDate || position.startDate <= today) && (!position.endDate || position.endDate >= today)
  );
}

/** Today in the browser's own time zone, as the API writes dates. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "sejak 6 Jan 2020", "6 Jan 2020 – 1 Okt 2021", or nothing when no date is known. */
export function positionPeriod(position: Dated, t: TFunction, language: Language): string {
  const start = position.startDate ? formatDate(position.startDate, language) : null;
  const end = position.endDate ? formatDate(position.endDate, language) : null;
  if (start && end) return t('organisation.positions.period', { start, end });
  if (start) return t('organisation.positions.since', { date: start });
  if (end) return t('organisation.positions.ended', { date: end });
  return '';
}
