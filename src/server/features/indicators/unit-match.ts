/**
 * Whether the unit a request states is the indicator's unit. Spelling that does not change the meaning
 * is forgiven (case, spaces, dashes, superscripts, thousands separators, "%" for "percent"/"persen");
 * anything else, e.g. "per 1,000" for "per 100,000 population", is another unit.
 */

const PERCENT = new Set(['%', 'percent', 'per cent', 'persen', 'pct']);

const normal = (unit: string) =>
  unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/(\d)[.,](?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

export function sameUnit(given: string, unit: string) {
  const a = normal(given);
  const b = normal(unit);
  return a === b || (PERCENT.has(a) && PERCENT.has(b));
}

/** The field error for a stated unit that is not the indicator's, or null. */
export function unitError(given: string | undefined, unit: string) {
  if (given === undefined || sameUnit(given, unit)) return null;
  return {
    field: 'unit',
    in: 'body' as const,
    message: `must be the indicator's unit "${unit}", not "${given}"`,
  };
}
