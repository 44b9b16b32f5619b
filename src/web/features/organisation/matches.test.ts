import { describe, expect, it } from 'vitest';
import { matches } from './matches.ts';

describe('matches', () => {
  it('finds a row when every typed word appears in its texts, in any case or order', () => {
    const row = ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', null];
    expect(matches('', row)).toBe(true);
    expect(matches('  ', row)).toBe(true);
    expect(matches('kominfo', row)).toBe(true);
    expect(matches('informatika dinas', row)).toBe(true);
    expect(matches('dinas kesehatan', row)).toBe(false);
  });

  it('ignores accents', () => {
    expect(matches('desa', ['Désa Sipahutar'])).toBe(true);
  });
});
