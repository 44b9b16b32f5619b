import { describe, expect, it } from 'vitest';
import type { Program } from '../api.ts';
import { bulkChange, EMPTY_BULK, isBulkEmpty } from './bulk.ts';
import {
  createBody,
  initialQuickEntry,
  isQuickEntryDirty,
  nextQuickEntry,
  quickEntryProblems,
} from './quick-entry.ts';

const period = { start: 2022, end: 2031 };
const row = {
  id: 'p1',
  pillarId: 'gov',
  elementId: 'e1',
  leadOpdId: 'o1',
  startYear: 2023,
  endYear: 2025,
  horizon: 5,
  isQuickWin: false,
} as Program;

describe('a bulk change on one row', () => {
  it('sends only what differs from the row', () => {
    expect(isBulkEmpty(EMPTY_BULK)).toBe(true);
    expect(bulkChange(row, { ...EMPTY_BULK, isQuickWin: true, leadOpdId: 'o1' }, period, null)).toEqual({
      kind: 'change',
      changes: { isQuickWin: true },
    });
    expect(bulkChange(row, { ...EMPTY_BULK, isQuickWin: false }, period, null)).toEqual({
      kind: 'unchanged',
    });
  });

  it('judges a year against the row’s other year', () => {
    expect(bulkChange(row, { ...EMPTY_BULK, endYear: '2030' }, period, null)).toEqual({
      kind: 'change',
      changes: { endYear: 2030, horizon: 10 },
    });
    expect(bulkChange(row, { ...EMPTY_BULK, startYear: '2027' }, period, null)).toMatchObject({
      kind: 'invalid',
      problem: { field: 'endYear', reason: 'endBeforeStart' },
    });
  });

  it('sets an element only on rows of its pillar', () => {
    expect(bulkChange(row, { ...EMPTY_BULK, elementId: 'e2' }, period, 'gov')).toEqual({
      kind: 'change',
      changes: { elementId: 'e2' },
    });
    expect(bulkChange(row, { ...EMPTY_BULK, elementId: 'x' }, period, 'eco')).toMatchObject({
      kind: 'invalid',
      problem: { field: 'elementId', reason: 'otherPillar' },
    });
  });
});

describe('the quick-entry row', () => {
  it('starts in the plan’s first year for five years and is not a draft until a title is typed', () => {
    const values = initialQuickEntry(period, 'o1', 'e1');
    expect(values).toMatchObject({ startYear: '2022', endYear: '2026', leadOpdId: 'o1', elementId: 'e1' });
    expect(isQuickEntryDirty(values)).toBe(false);
    expect(initialQuickEntry({ start: 2030, end: 2031 }).endYear).toBe('2031');
  });

  it('lists every problem at once', () => {
    const problems = quickEntryProblems({ ...initialQuickEntry(period), endYear: '2020' }, period);
    expect(problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'title:titleLength',
      'elementId:required',
      'leadOpdId:required',
      'endYear:outsidePeriod',
    ]);
  });

  it('becomes a POST body with the horizon of its span, and is ready for the next one after', () => {
    const values = {
      title: ' Satu data ',
      elementId: 'e1',
      leadOpdId: 'o1',
      startYear: '2024',
      endYear: '2024',
      isQuickWin: true,
    };
    expect(quickEntryProblems(values, period)).toEqual([]);
    expect(createBody(values, 'gov')).toEqual({
      pillarId: 'gov',
      elementId: 'e1',
      leadOpdId: 'o1',
      title: 'Satu data',
      startYear: 2024,
      endYear: 2024,
      horizon: 1,
      isQuickWin: true,
    });
    expect(nextQuickEntry(values)).toEqual({ ...values, title: '', isQuickWin: false });
  });
});
