import { describe, expect, it } from 'vitest';
import { fromCents, sumAmounts, toCents } from './amounts.ts';

describe('rupiah amounts in cents', () => {
  it('reads the API decimal strings exactly', () => {
    expect(toCents('4225000000.00')).toBe(422500000000n);
    expect(toCents('0.5')).toBe(50n);
    expect(toCents('12')).toBe(1200n);
    expect(toCents('-3.07')).toBe(-307n);
  });

  it('writes them back as the API does', () => {
    expect(fromCents(422500000000n)).toBe('4225000000.00');
    expect(fromCents(7n)).toBe('0.07');
    expect(fromCents(-307n)).toBe('-3.07');
  });

  it('sums without floating-point drift', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['9007199254740993.01', '1.00'])).toBe('9007199254740994.01');
    expect(sumAmounts([])).toBe('0.00');
  });
});
