import { FUNDING_SOURCES } from '../../../shared/domain.ts';
import type { ProgramRecord } from '../programs/repository.ts';
import type { ImportContext } from './import-context.ts';
import type { ProgramChange } from './program-rows.ts';

/**
 * A written programme as the programme routes present it (and audit it), built from what the import
 * wrote instead of read back: reading ten thousand programmes back with their lists costs more than
 * writing them. Lists come in the API's order (OPDs and kecamatan by code, budgets by year then funding
 * source, targets by year). worksheets.int.test.ts holds it equal to GET /api/programs/:id.
 */

const sourceRank = new Map<string, number>(FUNDING_SOURCES.map((s, i) => [s, i]));
/** Byte-wise, as the API's `collate "C"` orders codes. */
const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sum of rupiah amounts with two decimals, exactly (as `round(sum(amount), 2)::text` prints it). */
export function rupiahTotal(amounts: string[]) {
  // In whole cents as a number while that stays exact; past 2^53 cents, as a bigint.
  let cents = 0;
  for (const a of amounts) {
    const [whole = '0', fraction = ''] = a.split('.');
    cents += Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
    if (!Number.isSafeInteger(cents) || whole.length > 15) return bigTotal(amounts);
  }
  const rest = cents % 100;
  return `${(cents - rest) / 100}.${String(rest).padStart(2, '0')}`;
}

function bigTotal(amounts: string[]) {
  let cents = 0n;
  for (const a of amounts) {
    const [whole, fraction = ''] = a.split('.');
    cents += BigInt(whole ?? '0') * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  }
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

export function programSnapshot(ctx: ImportContext, change: ProgramChange, now: string): ProgramRecord {
  const { state } = ctx;
  const before = change.before;
  const opd = ctx.opdById;
  const kecamatan = ctx.kecamatanById;
  const v = change.values;
  const lead = opd.get(v.leadOpdId);
  const code = (id: string, of: Map<string, { code: string }>) => of.get(id)?.code ?? id;
  return {
    id: change.id,
    planId: state.plan.id,
    pillarId: v.pillarId,
    elementId: v.elementId,
    code: change.code as string,
    title: v.title,
    description: v.description ?? null,
    leadOpdId: v.leadOpdId,
    missionId: v.missionId ?? null,
    rpjmdProgram: v.rpjmdProgram ?? null,
    renstraProgram: v.renstraProgram ?? null,
    horizon: v.horizon,
    startYear: v.startYear,
    endYear: v.endYear,
    isQuickWin: v.isQuickWin ?? false,
    innovation: v.innovation ?? null,
    output: v.output ?? null,
    outcome: v.outcome ?? null,
    reviewStatus: before?.reviewStatus ?? 'pending',
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
    version: (before?.version ?? 0) + 1,
    pillarKey: state.pillars.find((p) => p.id === v.pillarId)?.key ?? '',
    elementKey: state.elements.find((e) => e.id === v.elementId)?.key ?? '',
    leadOpdCode: lead?.code ?? '',
    leadOpdName: lead?.name ?? '',
    budgetTotal: rupiahTotal(change.lists.budgets.map((b) => b.amount)),
    supportingOpdIds: [...change.lists.supportingOpdIds].sort((a, b) => byBytes(code(a, opd), code(b, opd))),
    kecamatanIds: [...change.lists.kecamatanIds].sort((a, b) =>
      byBytes(code(a, kecamatan), code(b, kecamatan)),
    ),
    budgets: [...change.lists.budgets].sort(
      (a, b) => a.year - b.year || (sourceRank.get(a.source) ?? 0) - (sourceRank.get(b.source) ?? 0),
    ),
    targets: [...change.lists.targets].sort((a, b) => a.year - b.year),
  };
}
