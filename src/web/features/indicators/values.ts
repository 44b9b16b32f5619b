import type { Language } from '../../i18n/i18n.ts';
import { formatNumber } from '../../lib/format.ts';

/**
 * Indicator values travel as decimal strings with up to six decimals (numeric(20,6) on the server).
 * People type them the way they write numbers: Indonesians with a decimal comma, English readers with a
 * point. These helpers read both and write each language's own.
 */

/** The API's limit: 14 digits before the decimal mark, 6 after. */
const DECIMAL = /^-?\d{1,14}(\.\d{1,6})?$/;

/**
 * What a person typed, as the API's decimal string, or null when it is no number the API takes. One
 * decimal mark (comma or point) is read as such; thousands separators are not accepted, because "1.250"
 * is 1250 to an Indonesian reader and 1.25 to an English one.
 */
export function parseDecimal(text: string): string | null {
  const compact = text.trim().replace(/\s+/g, '');
  if (!compact) return null;
  const normal = compact.replace(',', '.');
  if (!DECIMAL.test(normal)) return null;
  return plainDecimal(normal);
}

/** `75.500000` → `75.5`, `100.000000` → `100`, `-0.000000` → `0`. */
export function plainDecimal(value: string): string {
  const trimmed = value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  return /^-0$/.test(trimmed) ? '0' : trimmed;
}

/** A stored value as an input shows it: no trailing zeros, the language's decimal mark, no grouping. */
export function inputDecimal(value: string | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const plain = plainDecimal(value);
  return language === 'id' ? plain.replace('.', ',') : plain;
}

/** A value to read (tables, cards, the chart): grouped, with up to six decimals as stored. */
export function formatValue(value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  return formatNumber(Number(value), language, 6);
}

/**
 * numerator / denominator × multiplier, as the server will compute it, for the form to show while the
 * numbers are typed; null while either is missing or not a number, or the denominator is zero. The
 * server computes the stored value exactly; six decimals here are for reading only.
 */
export function ratioPreview(
  numerator: string,
  denominator: string,
  multiplier: string | null,
): number | null {
  const n = parseDecimal(numerator);
  const d = parseDecimal(denominator);
  if (n === null || d === null || Number(d) === 0) return null;
  const m = multiplier === null ? 1 : Number(multiplier);
  return Math.round(((Number(n) * m) / Number(d)) * 1e6) / 1e6;
}
