/** The API's bounds of an ordinal (positions in a list, from 1; unique in the list). */
export const ORDINAL_MIN = 1;
export const ORDINAL_MAX = 1000;

export interface Ordered {
  id: string;
  ordinal: number;
  version: number;
}

export type Direction = 'up' | 'down';

/** The ordinal of an item added at the end; a gap is reused only once the end reaches the maximum. */
export function nextOrdinal(ordinals: readonly number[]): number {
  const last = Math.max(0, ...ordinals);
  if (last < ORDINAL_MAX) return last + 1;
  return freeOrdinal(ordinals) ?? ORDINAL_MAX;
}

/** The smallest ordinal no item holds, or null when the list is full. */
export function freeOrdinal(ordinals: readonly number[]): number | null {
  const taken = new Set(ordinals);
  for (let n = ORDINAL_MIN; n <= ORDINAL_MAX; n++) if (!taken.has(n)) return n;
  return null;
}

/** The item `id` swaps places with when moved one step; null at either end of the list. */
export function neighbourOf<T extends Ordered>(
  items: readonly T[],
  id: string,
  direction: Direction,
): T | null {
  const sorted = [...items].sort((a, b) => a.ordinal - b.ordinal);
  const at = sorted.findIndex((item) => item.id === id);
  if (at < 0) return null;
  return sorted[direction === 'up' ? at - 1 : at + 1] ?? null;
}

/** Changes one item's ordinal with the version it was read at; answers the stored item. */
export type PatchOrdinal = (id: string, body: { ordinal: number; version: number }) => Promise<Ordered>;

/**
 * Swaps the places of `a` and `b`. Ordinals are unique in their list, so `a` waits on a free ordinal
 * while `b` takes its place; each step carries the version it read, so a list someone else reordered
 * meanwhile is refused (409) instead of being scrambled. Should the second step fail, `a` goes back.
 */
export async function swapOrdinals(a: Ordered, b: Ordered, all: readonly Ordered[], patch: PatchOrdinal) {
  const parking = freeOrdinal(all.map((item) => item.ordinal));
  if (parking === null) throw new Error('No free position to reorder with');
  const parked = await patch(a.id, { ordinal: parking, version: a.version });
  try {
    await patch(b.id, { ordinal: a.ordinal, version: b.version });
  } catch (error) {
    await patch(a.id, { ordinal: a.ordinal, version: parked.version }).catch(() => undefined);
    throw error;
  }
  await patch(a.id, { ordinal: b.ordinal, version: parked.version });
}
