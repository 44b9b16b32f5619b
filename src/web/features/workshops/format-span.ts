import type { Language } from '../../i18n/i18n.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { localDate } from './date-input.ts';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

// A bare date read as local midnight, so that no time zone moves it to the day before.
const day = (value: string) => new Date(`${value}T00:00`);

/** A phase's days, e.g. "12 Agu 2021 – 13 Agu 2021", or one day; null when no date is set. */
export function formatDays(start: string | null, end: string | null, language: Language): string | null {
  if (!start) return end ? formatDate(day(end), language) : null;
  if (!end || end === start) return formatDate(day(start), language);
  return `${formatDate(day(start), language)} – ${formatDate(day(end), language)}`;
}

/** A session's time, e.g. "12 Agu 2021, 09.00 – 16.00"; the end day is repeated only when it differs. */
export function formatTimes(start: string, end: string | null, language: Language): string {
  const from = formatDateTime(start, language);
  if (!end) return from;
  const until =
    localDate(start) === localDate(end)
      ? new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short' }).format(new Date(end))
      : formatDateTime(end, language);
  return `${from} – ${until}`;
}
