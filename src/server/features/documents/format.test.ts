import { describe, expect, it } from 'vitest';
import { ganttCells } from './chapters-plan.ts';
import {
  billions,
  cents,
  decimalText,
  longDate,
  numberStyle,
  rupiahDigits,
  slug,
  sumCents,
} from './format.ts';

const id = numberStyle('id-ID');
const en = numberStyle('en-GB');

describe('document number formats', () => {
  it('sums rupiah exactly as cents and prints whole rupiah grouped in the reader’s notation', () => {
    expect(cents('1500000.50')).toBe(150000050n);
    expect(cents('7.5')).toBe(750n);
    expect(sumCents(['0.10', '0.20', '9007199254740993.00'])).toBe(900719925474099330n);
    expect(rupiahDigits('351185000000.00', id)).toBe('351.185.000.000');
    expect(rupiahDigits('351185000000.00', en)).toBe('351,185,000,000');
    expect(rupiahDigits('999.50', id)).toBe('1.000');
    expect(billions(cents('1250000000'))).toBe(1.25);
    expect(() => cents('1e9')).toThrow(/not a rupiah amount/);
  });

  it('prints decimals without trailing zeros and dates in the document’s language', () => {
    expect(decimalText('3793.710000', id)).toBe('3.793,71');
    expect(decimalText('312758', en)).toBe('312,758');
    expect(decimalText('-0.500', en)).toBe('-0.5');
    expect(longDate('2022-03-14', 'id-ID')).toBe('14 Maret 2022');
    expect(longDate('2022-03-14', 'en-GB')).toBe('14 March 2022');
    expect(longDate(null, 'id-ID')).toBeNull();
    expect(slug('Tapanuli Utara (Taput)')).toBe('tapanuli-utara-taput');
  });

  it('draws a programme’s years as at most three spans over the year columns', () => {
    const years = [2022, 2023, 2024, 2025, 2026];
    expect(ganttCells(years, 2023, 2024)).toEqual([
      { text: '', span: 1 },
      { text: '', span: 2, fill: '1C7ED6' },
      { text: '', span: 2 },
    ]);
    expect(ganttCells(years, 2022, 2026)).toEqual([{ text: '', span: 5, fill: '1C7ED6' }]);
    expect(ganttCells(years, 2026, 2026)).toEqual([
      { text: '', span: 4 },
      { text: '', span: 1, fill: '1C7ED6' },
    ]);
  });
});
