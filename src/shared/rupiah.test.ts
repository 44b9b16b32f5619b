import { describe, expect, it } from 'vitest';
import { rupiahCents, rupiahText, sumRupiah } from './rupiah.ts';

describe('rupiah sums', () => {
  it('adds decimal strings exactly beyond what a JavaScript number holds', () => {
    expect(sumRupiah(['9007199254740993.10', '0.05', '1.5'])).toBe('9007199254740994.65');
  });
  it('reads amounts with one, two or no decimals', () => {
    expect([rupiahCents('12'), rupiahCents('12.5'), rupiahCents('12.05')]).toEqual([1200n, 1250n, 1205n]);
  });
  it('writes zero and small amounts with two decimals', () => {
    expect(sumRupiah([])).toBe('0.00');
    expect(rupiahText(7n)).toBe('0.07');
  });
});
