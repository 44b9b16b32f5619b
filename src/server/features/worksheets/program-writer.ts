import type { ImportContext } from './import-context.ts';
import type { ProgramChange } from './program-rows.ts';
import { programSnapshot } from './program-snapshot.ts';
import {
  type Columns,
  deleteWhereIn,
  insertRows,
  releaseProgramCodes,
  runInTurn,
  transactionTime,
  updateRows,
} from './repository.ts';

/**
 * Writes the programmes a worksheet creates or changes, in bulk, in the caller's transaction: the rows,
 * their lists (replaced whole, as a programme's PATCH replaces a list it is given), and one audit entry
 * per programme with its before and after — the same entries the programme routes write, so history and
 * restore work on imported programmes as on any other. Rows go a chunk (`ctx.chunkRows`) per statement;
 * a failing one fails the import's transaction, so that none of them stays.
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

const SUPPORTING_COLUMNS: Columns = [
  ['program_id', 'uuid'],
  ['opd_id', 'uuid'],
];
const KECAMATAN_COLUMNS: Columns = [
  ['program_id', 'uuid'],
  ['kecamatan_id', 'uuid'],
];
const BUDGET_COLUMNS: Columns = [
  ['program_id', 'uuid'],
  ['year', 'integer'],
  ['source', 'text'],
  ['amount', 'numeric'],
];
const TARGET_COLUMNS: Columns = [
  ['program_id', 'uuid'],
  ['year', 'integer'],
  ['target', 'text'],
];
const LIST_TABLES = ['program_supporting_opds', 'program_kecamatan', 'program_budgets', 'program_targets'];

/** The statements writing the changes, in order: each chunk's rows are made only when its turn comes. */
function* statements(ctx: ImportContext, changes: ProgramChange[], now: string) {
  const { planId, chunkRows: size } = ctx;
  const creates = changes.filter((c) => c.kind === 'create');
  const updates = changes.filter((c) => c.kind === 'update');
  yield* insertRows('programs', PROGRAM_COLUMNS, () => creates.map((c) => programRow(planId, c)), size);
  const recoded = updates.filter((c) => c.code !== c.before?.code).map((c) => c.id);
  yield* releaseProgramCodes(recoded, size);
  yield* updateRows('programs', UPDATE_COLUMNS, () => updates.map((c) => programRow(planId, c)), size);

  const updated = updates.map((c) => c.id);
  for (const table of LIST_TABLES) yield* deleteWhereIn(table, 'program_id', updated, size);
  const each =
    <T>(list: (c: ProgramChange) => T[], row: (id: string, item: T) => Record<string, unknown>) =>
    () =>
      changes.flatMap((c) => list(c).map((item) => row(c.id, item)));
  yield* insertRows(
    'program_supporting_opds',
    SUPPORTING_COLUMNS,
    each(
      (c) => c.lists.supportingOpdIds,
      (program_id, opd_id) => ({ program_id, opd_id }),
    ),
    size,
  );
  yield* insertRows(
    'program_kecamatan',
    KECAMATAN_COLUMNS,
    each(
      (c) => c.lists.kecamatanIds,
      (program_id, kecamatan_id) => ({ program_id, kecamatan_id }),
    ),
    size,
  );
  yield* insertRows(
    'program_budgets',
    BUDGET_COLUMNS,
    each(
      (c) => c.lists.budgets,
      (program_id, b) => ({ program_id, ...b }),
    ),
    size,
  );
  yield* insertRows(
    'program_targets',
    TARGET_COLUMNS,
    each(
      (c) => c.lists.targets,
      (program_id, t) => ({ program_id, ...t }),
    ),
    size,
  );
  // The audit entries carry each programme as the API presents it (as the programme routes audit it).
  const { regionId } = ctx.state.plan;
  yield* insertRows(
    'audit_log',
    AUDIT_COLUMNS,
    () =>
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
    size,
  );
}

export async function writePrograms(ctx: ImportContext, changes: ProgramChange[]) {
  if (changes.length === 0) return;
  await runInTurn(ctx.tx, statements(ctx, changes, await transactionTime(ctx.tx)));
}
