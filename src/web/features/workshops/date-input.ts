/**
 * Native date and time inputs speak the browser's local time without an offset ("2021-08-12T09:00");
 * the API speaks ISO 8601 instants. These convert between the two, so a facilitator types the time
 * shown on the clock of the room they sit in.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in the browser's time zone; '' for none. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant; null for an empty or unreadable value. */
export function fromLocalInput(value: string): string | null {
  if (!value.trim()) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The calendar day (YYYY-MM-DD) of an instant in the browser's time zone. */
export function localDate(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const HALF_DAY_MS = 12 * 60 * 60 * 1000;

/**
 * When to stamp a check-in: now, if the session is happening around now (half a day either side);
 * otherwise null, because attendance typed in after the fact from a paper list has no real check-in time.
 */
export function checkInTime(session: { startsAt: string; endsAt: string | null }, now: Date): string | null {
  const start = Date.parse(session.startsAt) - HALF_DAY_MS;
  const end = Date.parse(session.endsAt ?? session.startsAt) + HALF_DAY_MS;
  const t = now.getTime();
  return t >= start && t <= end ? now.toISOString() : null;
}
