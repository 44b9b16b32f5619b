import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, keepShown, toggleAll, toggleRow } from './selection.ts';

const order = ['a', 'b', 'c', 'd', 'e'];
const any = () => true;
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('ticking rows for a bulk change', () => {
  it('ticks and unticks one row', () => {
    const one = toggleRow(EMPTY_SELECTION, order, 1, false, any);
    expect(ids(one)).toEqual(['b']);
    expect(one.anchor).toBe(1);
    expect(ids(toggleRow(one, order, 1, false, any))).toEqual([]);
  });

  it('ticks the range from the last ticked row with Shift, either way', () => {
    const first = toggleRow(EMPTY_SELECTION, order, 3, false, any);
    expect(ids(toggleRow(first, order, 1, true, any))).toEqual(['b', 'c', 'd']);
    const down = toggleRow(toggleRow(EMPTY_SELECTION, order, 0, false, any), order, 2, true, any);
    expect(ids(down)).toEqual(['a', 'b', 'c']);
  });

  it('unticks a range when the clicked row was ticked', () => {
    const all = toggleAll(EMPTY_SELECTION, order, any);
    const anchored = toggleRow(toggleRow(all, order, 1, false, any), order, 1, false, any);
    expect(ids(toggleRow(anchored, order, 3, true, any))).toEqual(['a', 'e']);
  });

  it('never ticks a row the user may not change', () => {
    const mine = (id: string) => id !== 'c';
    const first = toggleRow(EMPTY_SELECTION, order, 0, false, mine);
    expect(ids(toggleRow(first, order, 4, true, mine))).toEqual(['a', 'b', 'd', 'e']);
    expect(toggleRow(EMPTY_SELECTION, order, 2, false, mine)).toBe(EMPTY_SELECTION);
    expect(ids(toggleAll(EMPTY_SELECTION, order, mine))).toEqual(['a', 'b', 'd', 'e']);
  });

  it('ticks all shown rows, or none when all are ticked', () => {
    const all = toggleAll(EMPTY_SELECTION, order, any);
    expect(ids(all)).toEqual(order);
    expect(ids(toggleAll(all, order, any))).toEqual([]);
  });

  it('drops rows no longer shown', () => {
    const all = toggleAll(EMPTY_SELECTION, order, any);
    expect(ids(keepShown(all, ['a', 'c']))).toEqual(['a', 'c']);
    expect(keepShown(all, order)).toBe(all);
  });
});
