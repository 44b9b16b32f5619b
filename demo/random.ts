/**
 * Deterministic "randomness" for the demo: the same key always gives the same number, so every load
 * writes the same content without hand-typing thousands of figures.
 */
export function unit(key: string): number {
  // FNV-1a, then a murmur-style finaliser: cheap, stable across runs and platforms.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x100000000;
}

/** An integer in [min, max], fixed by the key. */
export const intBetween = (key: string, min: number, max: number) =>
  min + Math.floor(unit(key) * (max - min + 1));

/** Years from `from` to `to`, both included. */
export const years = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Rupiah from whole millions, as the numeric string the database stores. */
export const rupiah = (millions: number) => String(Math.round(millions) * 1_000_000);
