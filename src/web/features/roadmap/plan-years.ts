/**
 * The years a roadmap shows: the plan period, widened by any year that data holds outside it (a period
 * shortened after programmes were budgeted is shown, not silently cut), in order.
 */
export function planYears(
  periodStart: number,
  periodEnd: number,
  dataYears: Iterable<number> = [],
): number[] {
  const years = new Set<number>(dataYears);
  for (let year = periodStart; year <= periodEnd; year++) years.add(year);
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [];
  // No gaps: a Gantt axis with a missing year would draw a bar across it as if it were one year.
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** "2022" for a one-year programme, "2022–2025" otherwise. */
export const yearSpan = (start: number, end: number) => (start === end ? String(start) : `${start}–${end}`);
