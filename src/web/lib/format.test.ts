import { describe, expect, it } from 'vitest';
import { formatRupiah, formatRupiahShort } from './format.ts';

// Intl puts a no-break space between the currency and the amount; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('rupiah as a regency reads it', () => {
  it('writes full amounts with the language’s grouping', () => {
    expect(plain(formatRupiah('1250000000', 'id'))).toBe('Rp 1.250.000.000');
    expect(plain(formatRupiah('1250000000.00', 'en'))).toBe('IDR 1,250,000,000');
  });

  it('shortens to miliar, juta and triliun in Indonesian and bn, m, tn in English', () => {
    expect(formatRupiahShort('351200000000', 'id')).toBe('Rp 351,2 M');
    expect(formatRupiahShort('351200000000', 'en')).toBe('IDR 351.2 bn');
    expect(formatRupiahShort(750_000_000, 'id')).toBe('Rp 750 jt');
    expect(formatRupiahShort(2.5e12, 'en')).toBe('IDR 2.5 tn');
    expect(formatRupiahShort(0, 'id')).toBe('Rp 0');
  });
});
