import { describe, expect, it } from 'vitest';
import { checkInTime, fromLocalInput, localDate, toLocalInput } from './date-input.ts';

describe('local date and time inputs', () => {
  it('round-trips an instant through the datetime-local value of the same time zone', () => {
    const iso = '2021-08-12T02:00:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput(iso)).toMatch(/^2021-08-1[12]T\d\d:00$/);
  });

  it('reads nothing from an empty or broken value', () => {
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('nonsense')).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
  });

  it('gives the local calendar day', () => {
    expect(localDate(new Date(2021, 7, 12, 23, 30))).toBe('2021-08-12');
  });
});

describe('the check-in time', () => {
  const session = { startsAt: '2021-08-12T02:00:00Z', endsAt: '2021-08-12T09:00:00Z' };

  it('is now while the session is on, or within half a day of it', () => {
    expect(checkInTime(session, new Date('2021-08-12T01:41:00Z'))).toBe('2021-08-12T01:41:00.000Z');
    expect(checkInTime(session, new Date('2021-08-11T15:00:00Z'))).toBe('2021-08-11T15:00:00.000Z');
    expect(checkInTime({ ...session, endsAt: null }, new Date('2021-08-12T13:00:00Z'))).not.toBeNull();
  });

  it('is none when attendance is typed in long after, from a paper list', () => {
    expect(checkInTime(session, new Date('2026-03-02T08:00:00Z'))).toBeNull();
    expect(checkInTime(session, new Date('2021-08-10T08:00:00Z'))).toBeNull();
  });
});
