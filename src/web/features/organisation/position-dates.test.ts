import { describe, expect, it } from 'vitest';
import { isCurrent, todayIso } from './position-dates.ts';

describe('isCurrent', () => {
  const today = '2026-03-15';
  it('holds a position from its start until its end, both days included', () => {
    expect(isCurrent({ startDate: '2020-01-06', endDate: null }, today)).toBe(true);
    expect(isCurrent({ startDate: null, endDate: null }, today)).toBe(true);
    expect(isCurrent({ startDate: '2026-03-15', endDate: '2026-03-15' }, today)).toBe(true);
  });

  it('does not hold an ended or a future position', () => {
    expect(isCurrent({ startDate: '2020-01-06', endDate: '2021-10-01' }, today)).toBe(false);
    expect(isCurrent({ startDate: '2026-04-01', endDate: null }, today)).toBe(false);
  });
});

describe('todayIso', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
