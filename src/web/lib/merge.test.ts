import { describe, expect, it } from 'vitest';
import { mergedChanges, mergeFields, sameValue, unsettled } from './merge.ts';

const base = {
  title: 'Aplikasi layanan',
  budget: [{ year: 2024, amount: '100' }],
  isQuickWin: false,
  output: null,
};

describe('merging a programme edited by two people', () => {
  it('keeps both changes when each person changed a different field', () => {
    const mine = { ...base, title: 'Aplikasi layanan terpadu' };
    const theirs = { ...base, isQuickWin: true };
    const fields = mergeFields(Object.keys(base), base, mine, theirs);
    expect(fields.map((f) => [f.key, f.outcome])).toEqual([
      ['title', 'mine'],
      ['budget', 'unchanged'],
      ['isQuickWin', 'theirs'],
      ['output', 'unchanged'],
    ]);
    expect(unsettled(fields, {})).toEqual([]);
    // Sent on top of the stored record: only my title; their quick win is already stored.
    expect(mergedChanges(fields, {})).toEqual({ title: 'Aplikasi layanan terpadu' });
  });

  it('asks which value wins when both changed the same field differently, and sends the choice', () => {
    const mine = { ...base, title: 'Mine' };
    const theirs = { ...base, title: 'Theirs' };
    const fields = mergeFields(['title'], base, mine, theirs);
    expect(fields[0]?.outcome).toBe('conflict');
    expect(unsettled(fields, {})).toEqual(['title']);
    expect(mergedChanges(fields, { title: 'mine' })).toEqual({ title: 'Mine' });
    expect(mergedChanges(fields, { title: 'theirs' })).toEqual({});
  });

  it('sees no conflict when both made the same change, whatever the key order of nested objects', () => {
    const mine = { ...base, budget: [{ amount: '200', year: 2024 }] };
    const theirs = { ...base, budget: [{ year: 2024, amount: '200' }] };
    expect(mergeFields(['budget'], base, mine, theirs)[0]?.outcome).toBe('both-same');
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});
