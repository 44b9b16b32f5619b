/**
 * Exact arithmetic on the decimal strings indicator values travel as (numeric(20,6) columns): values are
 * held as integers of millionths, so that 1 / 3 × 100 is 33.333333 and 0.1 + 0.2 is 0.3, never a float.
 */

export const DECIMAL_SCALE = 6;
const ONE = 10n ** BigInt(DECIMAL_SCALE);
/** numeric(20,6) holds 14 digits before the decimal point. */
export const DECIMAL_LIMIT = 10n ** 14n * ONE;

const pattern = /^(-)?(\d+)(?:\.(\d+))?$/;

/** A decimal string such as `-12.5` or `75.500000` as an integer count of millionths. */
export function toMillionths(value: string): bigint {
  const match = pattern.exec(value.trim());
  if (!match) throw new Error(`not a decimal: ${value}`);
  const [, minus, whole = '0', fraction = ''] = match;
  if (fraction.length > DECIMAL_SCALE) throw new Error(`more than ${DECIMAL_SCALE} decimals: ${value}`);
  const n = BigInt(whole) * ONE + BigInt(fraction.padEnd(DECIMAL_SCALE, '0'));
  return minus ? -n : n;
}

/** The decimal string of a count of millionths, with all six decimals as PostgreSQL prints them. */
export function fromMillionths(n: bigint): string {
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  return `${sign}${abs / ONE}.${String(abs % ONE).padStart(DECIMAL_SCALE, '0')}`;
}

/** For messages: `100.000000` → `100`, `12.500000` → `12.5`. */
export const plainDecimal = (value: string) =>
  value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;

export const compareDecimal = (a: string, b: string) => {
  const d = toMillionths(a) - toMillionths(b);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
};

/** Integer division rounded half away from zero, as PostgreSQL rounds numeric values. */
function divideRounded(dividend: bigint, divisor: bigint): bigint {
  const negative = dividend < 0n !== divisor < 0n;
  const a = dividend < 0n ? -dividend : dividend;
  const b = divisor < 0n ? -divisor : divisor;
  const q = (2n * a + b) / (2n * b);
  return negative ? -q : q;
}

/**
 * numerator / denominator × multiplier (1 when there is none), rounded to six decimals. The product is
 * formed before dividing so that no precision is lost on the way.
 */
export function ratioValue(numerator: string, denominator: string, multiplier: string | null): string {
  const d = toMillionths(denominator);
  if (d === 0n) throw new Error('division by zero');
  const m = multiplier === null ? ONE : toMillionths(multiplier);
  return fromMillionths(divideRounded(toMillionths(numerator) * m, d));
}

/** Whether a value fits numeric(20,6). */
export const fitsColumn = (value: string) => {
  const n = toMillionths(value);
  return (n < 0n ? -n : n) < DECIMAL_LIMIT;
};

/** A value outside the catalogue entry's bounds, e.g. a percentage above 100; null when it fits. */
export function boundsError(value: string, catalog: { minValue: string | null; maxValue: string | null }) {
  if (catalog.minValue != null && compareDecimal(value, catalog.minValue) < 0)
    return `must be at least ${plainDecimal(catalog.minValue)}`;
  if (catalog.maxValue != null && compareDecimal(value, catalog.maxValue) > 0)
    return `must be at most ${plainDecimal(catalog.maxValue)}`;
  return null;
}
