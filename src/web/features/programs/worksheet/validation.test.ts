import { describe, expect, it } from 'vitest';
import type { Program } from '../api.ts';
import { cellChange, horizonFor, parseYear, periodOf, yearChanges, yearProblems } from './validation.ts';

const period = periodOf({ periodStart: 2022, periodEnd: 2031 });
const row = {
  id: 'p1',
  title: 'Mal pelayanan publik digital',
  elementId: 'e1',
  leadOpdId: 'o1',
  startYear: 2022,
  endYear: 2024,
  horizon: 5,
  isQuickWin: false,
} as Program;

describe('years typed in the worksheet', () => {
  it('take four digits only', () => {
    expect(parseYear(' 2024 ')).toBe(2024);
    expect(parseYear('24')).toBeNull();
    expect(parseYear('2024a')).toBeNull();
  });

  it('refuse an end year before the start year on the end year, naming the start', () => {
    expect(yearProblems('2025', '2023', period)).toEqual([
      { field: 'endYear', reason: 'endBeforeStart', values: { start: 2025 } },
    ]);
  });

  it('refuse years outside the plan period, each on its own field', () => {
    expect(yearProblems('2020', '2040', period).map((p) => [p.field, p.reason])).toEqual([
      ['startYear', 'outsidePeriod'],
      ['endYear', 'outsidePeriod'],
    ]);
  });

  it('keep the plan period inside the years the API accepts', () => {
    expect(periodOf({ periodStart: 1990, periodEnd: 2200 })).toEqual({ start: 2000, end: 2100 });
  });
});

describe('a cell edit', () => {
  it('is unchanged when the value is the stored one (after trimming)', () => {
    expect(cellChange(row, 'title', '  Mal pelayanan publik digital ', period)).toEqual({
      kind: 'unchanged',
    });
    expect(cellChange(row, 'startYear', '2022', period)).toEqual({ kind: 'unchanged' });
    expect(cellChange(row, 'isQuickWin', false, period)).toEqual({ kind: 'unchanged' });
  });

  it('sends only the changed field', () => {
    expect(cellChange(row, 'title', 'Mal pelayanan publik', period)).toEqual({
      kind: 'change',
      changes: { title: 'Mal pelayanan publik' },
    });
    expect(cellChange(row, 'leadOpdId', 'o2', period)).toEqual({
      kind: 'change',
      changes: { leadOpdId: 'o2' },
    });
    expect(cellChange(row, 'isQuickWin', true, period)).toEqual({
      kind: 'change',
      changes: { isQuickWin: true },
    });
  });

  it('refuses a title that is too short', () => {
    expect(cellChange(row, 'title', 'ab', period)).toMatchObject({
      kind: 'invalid',
      problem: { field: 'title', reason: 'titleLength' },
    });
  });

  it('refuses an end year before the row’s start, and a start after the row’s end', () => {
    expect(cellChange(row, 'endYear', '2021', period)).toMatchObject({
      kind: 'invalid',
      problem: { field: 'endYear', reason: 'outsidePeriod' },
    });
    const later = { ...row, startYear: 2025, endYear: 2027 };
    expect(cellChange(later, 'endYear', '2024', period)).toMatchObject({
      kind: 'invalid',
      problem: { field: 'endYear', reason: 'endBeforeStart', values: { start: 2025 } },
    });
    expect(cellChange(row, 'startYear', '2026', period)).toMatchObject({
      kind: 'invalid',
      problem: { field: 'startYear', reason: 'startAfterEnd', values: { end: 2024 } },
    });
  });

  it('refuses an empty choice', () => {
    expect(cellChange(row, 'elementId', '', period)).toMatchObject({
      kind: 'invalid',
      problem: { field: 'elementId', reason: 'required' },
    });
  });
});

describe('the horizon', () => {
  it('is the shortest of 1, 5 and 10 years that covers the span', () => {
    expect(horizonFor(2024, 2024)).toBe(1);
    expect(horizonFor(2024, 2025)).toBe(5);
    expect(horizonFor(2022, 2026)).toBe(5);
    expect(horizonFor(2022, 2027)).toBe(10);
  });

  it('grows with a longer span and is kept with a shorter one', () => {
    expect(yearChanges(row, 2022, 2029)).toEqual({ endYear: 2029, horizon: 10 });
    expect(yearChanges({ ...row, horizon: 10 }, 2023, 2024)).toEqual({ startYear: 2023 });
  });
});
