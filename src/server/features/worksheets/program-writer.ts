import type { ImportContext } from './import-context.ts';
import type { ProgramChange } from './program-rows.ts';
import { programSnapshot } from './program-snapshot.ts';
import {
  type Columns,
  deleteWhereIn,
  insertJson,
  releaseProgramCodes,
  transactionTime,
  updateJson,
} from './repository.ts';

/**
 * Writes the programmes a worksheet creates or changes, in bulk, in the caller's transaction: the rows,
 * their lists (replaced whole, as a programme's PATCH replaces a list it is given), and one audit entry
 * per programme with its before and after — the same entries the programme routes write, so history and
 * restore work on imported programmes as on any other.
 */

const PROGRAM_COLUMNS: Columns = [
  ['id', 'uuid'],
  ['plan_id', 'uuid'],
  ['pillar_id', 'uuid'],
  ['element_id', 'uuid'],
  ['code', 'text'],
  ['title', 'text'],
  ['description', 'text'],
  ['lead_opd_id', 'uuid'],
  ['mission_id', 'uuid'],
  ['rpjmd_program', 'text'],
  ['renstra_program', 'text'],
  ['horizon', 'smallint'],
  ['start_year', 'integer'],
  ['end_year', 'integer'],
  ['is_quick_win', 'boolean'],
  ['innovation', 'text'],
  ['output', 'text'],
  ['outcome', 'text'],
];
const UPDATE_COLUMNS = PROGRAM_COLUMNS.filter(([name]) => name !== 'plan_id');

const AUDIT_COLUMNS: Columns = [
  ['actor', 'text'],
  ['action', 'text'],
  ['entity', 'text'],
  ['entity_id', 'text'],
  ['region_id', 'uuid'],
  ['plan_id', 'uuid'],
  ['before', 'jsonb'],
  ['after', 'jsonb'],
];

function programRow(planId: string, c: ProgramChange) {
  const v = c.values;
  return {
    id: c.id,
    plan_id: planId,
    pillar_id: v.pillarId,
    element_id: v.elementId,
    code: c.code,
    title: v.title,
    description: v.description,
    lead_opd_id: v.leadOpdId,
    mission_id: v.missionId,
    rpjmd_program: v.rpjmdProgram,
    renstra_program: v.renstraProgram,
    horizon: v.horizon,
    start_year: v.startYear,
    end_year: v.endYear,
    is_quick_win: v.isQuickWin,
    innovation: v.innovation,
    output: v.output,
    outcome: v.outcome,
  };
}

export async function writePrograms(ctx: ImportContext, changes: ProgramChange[]) {
  if (changes.length === 0) return;
  const { tx, planId } = ctx;
  const creates = changes.filter((c) => c.kind === 'create');
  const updates = changes.filter((c) => c.kind === 'update');
  await insertJson(
    tx,
    'programs',
    PROGRAM_COLUMNS,
    creates.map((c) => programRow(planId, c)),
  );
  await releaseProgramCodes(
    tx,
    updates.filter((c) => c.code !== c.before?.code).map((c) => c.id),
  );
  await updateJson(
    tx,
    'programs',
    UPDATE_COLUMNS,
    updates.map((c) => programRow(planId, c)),
  );

  const updated = updates.map((c) => c.id);
  for (const table of ['program_supporting_opds', 'program_kecamatan', 'program_budgets', 'program_targets'])
    await deleteWhereIn(tx, table, 'program_id', updated);
  await insertJson(
    tx,
    'program_supporting_opds',
    [
      ['program_id', 'uuid'],
      ['opd_id', 'uuid'],
    ],
    changes.flatMap((c) => c.lists.supportingOpdIds.map((opd_id) => ({ program_id: c.id, opd_id }))),
  );
  await insertJson(
    tx,
    'program_kecamatan',
    [
      ['program_id', 'uuid'],
      ['kecamatan_id', 'uuid'],
    ],
    changes.flatMap((c) => c.lists.kecamatanIds.map((kecamatan_id) => ({ program_id: c.id, kecamatan_id }))),
  );
  await insertJson(
    tx,
    'program_budgets',
    [
      ['program_id', 'uuid'],
      ['year', 'integer'],
      ['source', 'text'],
      ['amount', 'numeric'],
    ],
    changes.flatMap((c) => c.lists.budgets.map((b) => ({ program_id: c.id, ...b }))),
  );
  await insertJson(
    tx,
    'program_targets',
    [
      ['program_id', 'uuid'],
      ['year', 'integer'],
      ['target', 'text'],
    ],
    changes.flatMap((c) => c.lists.targets.map((t) => ({ program_id: c.id, ...t }))),
  );
  // The audit entries carry each programme as the API presents it (as the programme routes audit it).
  const now = await transactionTime(tx);
  const { regionId } = ctx.state.plan;
  await insertJson(
    tx,
    'audit_log',
    AUDIT_COLUMNS,
    changes.map((change) => ({
      actor: ctx.importer.actor,
      action: change.kind,
      entity: 'program',
      entity_id: change.id,
      region_id: regionId,
      plan_id: planId,
      before: change.before,
      after: programSnapshot(ctx, change, now),
    })),
  );
}
