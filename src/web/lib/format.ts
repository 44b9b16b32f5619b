import type { Language } from '../i18n/i18n.ts';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** Rupiah in full, e.g. "Rp 1.250.000.000" (id) or "IDR 1,250,000,000" (en); amounts come as decimal strings. */
export function formatRupiah(amount: string | number, language: Language) {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(Number(amount));
}

/**
 * Rupiah shortened for charts and tiles, the way Indonesian budgets are spoken of:
 * "Rp 351,2 M" (miliar) / "IDR 351.2 bn". Rounded to one decimal.
 */
export function formatRupiahShort(amount: string | number, language: Language) {
  const value = Number(amount);
  const steps =
    language === 'id'
      ? [
          [1e12, 'T'],
          [1e9, 'M'],
          [1e6, 'jt'],
        ]
      : [
          [1e12, 'tn'],
          [1e9, 'bn'],
          [1e6, 'm'],
        ];
  const prefix = language === 'id' ? 'Rp' : 'IDR';
  for (const [size, unit] of steps as [number, string][])
    if (Math.abs(value) >= size) return `${prefix} ${formatNumber(value / size, language, 1)} ${unit}`;
  return `${prefix} ${formatNumber(value, language, 0)}`;
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2) {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

/** A date or timestamp as the reader's language writes it, e.g. "12 Mei 2021". */
export function formatDate(value: string | Date, language: Language) {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(new Date(value));
}

export function formatDateTime(value: string | Date, language: Language) {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A Bimtek phase as the regencies write it: 1 → "I", 4 → "IV". */
export const phaseNumeral = (phase: number) => ROMAN[phase - 1] ?? String(phase);
