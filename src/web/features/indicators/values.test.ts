import { describe, expect, it } from 'vitest';
import { formatValue, inputDecimal, parseDecimal, plainDecimal, ratioPreview } from './values.ts';

describe('indicator values as people type and read them', () => {
  it('reads a decimal comma or a decimal point, and nothing the API would refuse', () => {
    expect(parseDecimal('1,98')).toBe('1.98');
    expect(parseDecimal(' 76.20 ')).toBe('76.2');
    expect(parseDecimal('-3')).toBe('-3');
    expect(parseDecimal('0,0000015')).toBeNull();
    expect(parseDecimal('1.250,5')).toBeNull();
    expect(parseDecimal('12a')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('123456789012345')).toBeNull();
  });

  it('drops the trailing zeros the database prints', () => {
    expect(plainDecimal('75.500000')).toBe('75.5');
    expect(plainDecimal('100.000000')).toBe('100');
    expect(plainDecimal('-0.000000')).toBe('0');
    expect(plainDecimal('12')).toBe('12');
  });

  it('puts a stored value into an input with the language’s decimal mark', () => {
    expect(inputDecimal('1.980000', 'id')).toBe('1,98');
    expect(inputDecimal('1.980000', 'en')).toBe('1.98');
    expect(inputDecimal(null, 'id')).toBe('');
  });

  it('writes a value to read with grouping, or a dash when there is none', () => {
    expect(formatValue('1250.5', 'id')).toBe('1.250,5');
    expect(formatValue('1250.5', 'en')).toBe('1,250.5');
    expect(formatValue(null, 'en')).toBe('—');
  });

  it('previews numerator / denominator × multiplier while it is typed', () => {
    expect(ratioPreview('45', '120', '100')).toBe(37.5);
    expect(ratioPreview('1', '3', null)).toBe(0.333333);
    expect(ratioPreview('1', '0', '100')).toBeNull();
    expect(ratioPreview('', '5', '100')).toBeNull();
    expect(ratioPreview('2,5', '10', '100')).toBe(25);
  });
});
