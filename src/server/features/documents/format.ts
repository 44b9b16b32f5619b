/**
 * Numbers, money and dates as the document prints them, in the reader's language. Rupiah amounts stay
 * exact: they are summed as whole cents (bigint), never as floating-point numbers.
 */

export const roman = (n: number) =>
  ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n] ?? String(n);

/** A decimal string with at most two decimals ("1500000.50") as whole cents. */
export function cents(amount: string | null | undefined): bigint {
  if (!amount) return 0n;
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new Error(`not a rupiah amount: ${amount}`);
  const value = BigInt(match[2] as string) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -value : value;
}

export const sumCents = (amounts: Iterable<string | bigint>) => {
  let total = 0n;
  for (const a of amounts) total += typeof a === 'bigint' ? a : cents(a);
  return total;
};

/** Digits grouped by thousands with the language's separator. */
function group(digits: string, separator: string) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export interface NumberStyle {
  thousands: string;
  decimal: string;
}

export const numberStyle = (locale: string): NumberStyle =>
  locale.startsWith('id') ? { thousands: '.', decimal: ',' } : { thousands: ',', decimal: '.' };

/** Whole rupiah, rounded half up from the cents, grouped: 1.500.000.000 (id) or 1,500,000,000 (en). */
export function rupiahDigits(value: bigint | string, style: NumberStyle) {
  const c = typeof value === 'bigint' ? value : cents(value);
  const negative = c < 0n;
  const abs = negative ? -c : c;
  const whole = (abs + 50n) / 100n;
  return `${negative ? '-' : ''}${group(whole.toString(), style.thousands)}`;
}

/** Rupiah in billions for a chart axis: a display value, so a float is fine here. */
export const billions = (value: bigint) => Number(value / 1_000_000_000n) / 100;

/** A plain decimal string ("12.5", "312758") in the reader's notation, trailing zeros dropped. */
export function decimalText(value: string | number | null | undefined, style: NumberStyle) {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'number' ? String(value) : value;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return text;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  return `${match[1]}${group(match[2] as string, style.thousands)}${fraction ? style.decimal + fraction : ''}`;
}

/** A number rounded to `digits` decimals in the reader's notation. */
export const fixed = (value: number, digits: number, style: NumberStyle) =>
  decimalText(value.toFixed(digits), style);

/** An ISO date (or timestamp) as a long date in the reader's language, e.g. 14 Maret 2022. */
export function longDate(value: string | Date | null | undefined, locale: string) {
  if (!value) return null;
  const date =
    typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A date range such as 23–24 September 2021, or a single date. */
export function dateRange(start: string | null, end: string | null, locale: string) {
  const a = longDate(start, locale);
  const b = longDate(end, locale);
  if (!a) return b ?? '';
  if (!b || a === b) return a;
  return `${a} – ${b}`;
}

/** A timestamp as the time of day in western Indonesia (WIB), where the workshops are held. */
export function timeOfDay(value: string | null, locale: string) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}

/** A name safe in a file name: letters, digits and dashes. */
export function slug(text: string) {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 80)
      .replace(/-+$/, '') || 'plan'
  );
}
