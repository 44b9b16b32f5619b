import { programCodePrefix } from '../../../shared/domain.ts';
import type { ImportContext } from './import-context.ts';
import type { ProgramChange } from './program-rows.ts';

interface Holder {
  id: string;
  sheet?: string;
  row?: number;
}

/**
 * Codes stay unique in the plan after the import: a row may take a code another row gives up (two
 * programmes may even swap theirs), but not one a programme keeps. The first row to claim a code wins;
 * a later one is reported. A refused row keeps its stored code, which may refuse another in turn, so
 * this runs until nothing changes. New programmes without a code then get the next free one of their
 * pillar (GOV-07), as the API gives them.
 */
export function settleCodes(ctx: ImportContext, changes: ProgramChange[]): ProgramChange[] {
  let active = changes;
  for (;;) {
    const changing = new Set(active.map((c) => c.id));
    const claimed = new Map<string, Holder>();
    for (const p of ctx.state.programs) if (!changing.has(p.id)) claimed.set(p.code, { id: p.id });
    const refused = new Set<ProgramChange>();
    for (const c of active) {
      if (c.code === null) continue;
      const holder = claimed.get(c.code);
      if (!holder || holder.id === c.id) {
        claimed.set(c.code, { id: c.id, sheet: c.sheet, row: c.row });
        continue;
      }
      const h = ctx.words.headers.code;
      ctx.add(
        c.sheet,
        c.row,
        c.codeColumn,
        holder.sheet !== undefined && holder.row !== undefined
          ? ctx.words.problems.codeRepeated(h, c.code, holder.sheet, holder.row)
          : ctx.words.problems.codeTaken(h, c.code),
      );
      refused.add(c);
    }
    if (refused.size === 0) return assignCodes(ctx, active, claimed);
    active = active.filter((c) => !refused.has(c));
  }
}

function assignCodes(ctx: ImportContext, changes: ProgramChange[], claimed: Map<string, Holder>) {
  const highest = new Map<string, number>();
  const keyOf = new Map(ctx.state.pillars.map((p) => [p.id, p.key]));
  for (const c of changes) {
    if (c.code !== null) continue;
    const prefix = programCodePrefix(keyOf.get(c.values.pillarId) ?? '');
    let n = highest.get(prefix);
    if (n === undefined) {
      const pattern = new RegExp(`^${prefix}-(\\d+)$`);
      n = 0;
      for (const code of claimed.keys()) n = Math.max(n, Number(pattern.exec(code)?.[1] ?? 0));
    }
    n++;
    highest.set(prefix, n);
    c.code = `${prefix}-${String(n).padStart(2, '0')}`;
  }
  return changes;
}
