import { describe, expect, it } from 'vitest';
import { freeOrdinal, neighbourOf, nextOrdinal, type Ordered, swapOrdinals } from './ordering.ts';

const item = (id: string, ordinal: number, version = 1): Ordered => ({ id, ordinal, version });

describe('ordinals of ordered lists', () => {
  it('adds at the end, and reuses a gap only when the end is at the maximum', () => {
    expect(nextOrdinal([])).toBe(1);
    expect(nextOrdinal([1, 2, 5])).toBe(6);
    expect(nextOrdinal([1, 1000])).toBe(2);
    expect(freeOrdinal([1, 2, 4])).toBe(3);
    expect(freeOrdinal(Array.from({ length: 1000 }, (_, i) => i + 1))).toBeNull();
  });

  it('finds the neighbour in ordinal order, none at either end', () => {
    const list = [item('c', 7), item('a', 1), item('b', 3)];
    expect(neighbourOf(list, 'b', 'up')?.id).toBe('a');
    expect(neighbourOf(list, 'b', 'down')?.id).toBe('c');
    expect(neighbourOf(list, 'a', 'up')).toBeNull();
    expect(neighbourOf(list, 'c', 'down')).toBeNull();
    expect(neighbourOf(list, 'x', 'up')).toBeNull();
  });

  it('swaps two items through a free ordinal, each step with the version it read', async () => {
    const calls: [string, number, number][] = [];
    const patch = async (id: string, body: { ordinal: number; version: number }) => {
      calls.push([id, body.ordinal, body.version]);
      return item(id, body.ordinal, body.version + 1);
    };
    const a = item('a', 3, 4);
    const b = item('b', 2, 9);
    await swapOrdinals(a, b, [item('x', 1), b, a], patch);
    expect(calls).toEqual([
      ['a', 4, 4],
      ['b', 3, 9],
      ['a', 2, 5],
    ]);
  });

  it('puts the first item back when its neighbour cannot move', async () => {
    const calls: [string, number][] = [];
    const patch = async (id: string, body: { ordinal: number; version: number }) => {
      calls.push([id, body.ordinal]);
      if (id === 'b') throw new Error('409');
      return item(id, body.ordinal, body.version + 1);
    };
    await expect(
      swapOrdinals(item('a', 2), item('b', 1), [item('a', 2), item('b', 1)], patch),
    ).rejects.toThrow('409');
    expect(calls).toEqual([
      ['a', 3],
      ['b', 2],
      ['a', 2],
    ]);
  });
});
