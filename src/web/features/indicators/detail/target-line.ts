import type { Language } from '../../../i18n/i18n.ts';
import { inputDecimal, parseDecimal } from '../values.ts';

/**
 * The empty years between two known values (the baseline or a typed target), filled on the straight
 * line joining them: the usual way a workshop sets yearly targets from a final one. Typed ones stay.
 */
export function fillTargetLine(
  targets: Record<string, string>,
  years: readonly number[],
  baseline: { year: string; value: string },
  language: Language,
): Record<string, string> {
  const known = years
    .map((y) => ({ year: y, value: parseDecimal(targets[y] ?? '') }))
    .filter((p): p is { year: number; value: string } => p.value !== null);
  const baseValue = parseDecimal(baseline.value);
  if (
    /^\d{4}$/.test(baseline.year) &&
    baseValue !== null &&
    !known.some((p) => p.year === Number(baseline.year))
  )
    known.push({ year: Number(baseline.year), value: baseValue });
  known.sort((a, b) => a.year - b.year);
  const decimals = Math.max(0, ...known.map((p) => p.value.split('.')[1]?.length ?? 0));
  const filled = { ...targets };
  for (const y of years) {
    if ((targets[y] ?? '').trim()) continue;
    const before = known.filter((p) => p.year < y).at(-1);
    const after = known.find((p) => p.year > y);
    if (!before || !after) continue;
    const share = (y - before.year) / (after.year - before.year);
    const value = Number(before.value) + (Number(after.value) - Number(before.value)) * share;
    filled[y] = inputDecimal(value.toFixed(Math.min(6, Math.max(decimals, 2))), language);
  }
  return filled;
}
