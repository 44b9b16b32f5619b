import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundsError,
  compareDecimal,
  fitsColumn,
  fromMillionths,
  plainDecimal,
  ratioValue,
  toMillionths,
} from './decimal.ts';

describe('decimal strings', () => {
  it('reads and prints values with six decimals', () => {
    expect(toMillionths('12.5')).toBe(12_500_000n);
    expect(toMillionths('-0.000001')).toBe(-1n);
    expect(fromMillionths(12_500_000n)).toBe('12.500000');
    expect(fromMillionths(-1n)).toBe('-0.000001');
    expect(() => toMillionths('1e5')).toThrow();
  });

  it('computes ratios exactly, rounding half away from zero', () => {
    expect(ratioValue('1', '3', '100')).toBe('33.333333');
    expect(ratioValue('2', '3', '100')).toBe('66.666667');
    expect(ratioValue('0.07', '1', '100')).toBe('7.000000');
    expect(ratioValue('3', '312758', '100000')).toBe('0.959208');
    expect(ratioValue('-1', '8', null)).toBe('-0.125000');
    expect(() => ratioValue('1', '0', null)).toThrow();
  });

  it('compares across formats', () => {
    expect(compareDecimal('100.000000', '100')).toBe(0);
    expect(compareDecimal('100.000001', '100')).toBe(1);
    expect(compareDecimal('-2', '1.5')).toBe(-1);
  });

  it('round-trips any value numeric(20,6) can hold', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n) + 1n, max: 10n ** 20n - 1n }), (n) => {
        expect(toMillionths(fromMillionths(n))).toBe(n);
        expect(fitsColumn(fromMillionths(n))).toBe(true);
      }),
    );
  });

  it('says how a value misses the bounds, in plain numbers', () => {
    const bounds = { minValue: '0.000000', maxValue: '100.000000' };
    expect(boundsError('100', bounds)).toBeNull();
    expect(boundsError('100.5', bounds)).toBe('must be at most 100');
    expect(boundsError('-1', bounds)).toBe('must be at least 0');
    expect(plainDecimal('12.500000')).toBe('12.5');
  });
});
