import { z } from 'zod';
import { programCodePrefix } from '../../../shared/domain.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { conflict, invalid, notFound, staleVersion } from '../../errors.ts';
import {
  codeTaken,
  findPlanFrame,
  highestCodeNumber,
  type PlanFrame,
  pillarOfPlan,
  progressYears,
} from './lookup-repository.ts';
import {
  deleteProgramRow,
  findProgram,
  insertProgram,
  listPrograms,
  lockProgram,
  type ProgramFilters,
  type ProgramRecord,
  updateProgramRow,
  writeLists,
} from './repository.ts';
import { programErrors } from './rules.ts';
import type { ProgramCreate, ProgramListQuery, ProgramUpdate } from './schema.ts';

const entity = 'program';

const isUuid = (v: string) => z.uuid().safeParse(v).success;

export async function planOrThrow(db: Db | Tx, planId: string, lock = false): Promise<PlanFrame> {
  const plan = await findPlanFrame(db, planId, lock);
  if (!plan) throw notFound('plan', planId);
  return plan;
}

export async function getProgram(db: Db | Tx, id: string): Promise<ProgramRecord> {
  const record = await findProgram(db, id);
  if (!record) throw notFound(entity, id);
  return record;
}

/** The list route's query as the repository's filters: a pillar given by id or by key. */
export function programFilters(planId: string, query: ProgramListQuery): ProgramFilters {
  const { limit: _limit, offset: _offset, pillar, ...filters } = query;
  return { planId, pillar, pillarIsId: pillar !== undefined && isUuid(pillar), ...filters };
}

/** One statement, so no read snapshot is needed: its count and its page agree by themselves. */
export async function listPlanPrograms(db: Db, planId: string, query: ProgramListQuery) {
  const { planFound, page } = await listPrograms(
    db,
    programFilters(planId, query),
    query.limit,
    query.offset,
  );
  if (!planFound) throw notFound('plan', planId);
  return page;
}

const codeConflict = (code: string) =>
  conflict(`The code ${code} is already used by another programme of this plan`, { fields: ['code'] });

interface Actor {
  tx: Tx;
  actor: string;
}

const audit = (
  { tx, actor }: Actor,
  plan: PlanFrame,
  action: 'create' | 'update' | 'delete',
  id: string,
  before: ProgramRecord | null,
  after: ProgramRecord | null,
) =>
  recordAudit(tx, {
    actor,
    action,
    entity,
    entityId: id,
    regionId: plan.regionId,
    planId: plan.id,
    before,
    after,
  });

/** Create a programme with its lists in the caller's transaction, audited once as one record. */
export async function createProgram(ctx: Actor, planId: string, body: ProgramCreate) {
  const { tx } = ctx;
  // Generating a code reads the plan's highest one: lock the plan so that two creates don't pick the same.
  const plan = await planOrThrow(tx, planId, body.code === undefined);
  const { supportingOpdIds, kecamatanIds, budgets, targets, ...fields } = body;
  const errors = await programErrors(tx, {
    plan,
    candidate: body,
    given: { budgets: true, targets: true },
    progressYears: [],
  });
  if (errors.length > 0) throw invalid(errors);

  let code = body.code;
  if (code === undefined) {
    const pillar = await pillarOfPlan(tx, body.pillarId, plan.id);
    const prefix = programCodePrefix(pillar?.key ?? '');
    code = `${prefix}-${String((await highestCodeNumber(tx, plan.id, prefix)) + 1).padStart(2, '0')}`;
  } else if (await codeTaken(tx, plan.id, code)) throw codeConflict(code);

  const id = await insertProgram(tx, { ...fields, code, planId: plan.id });
  await writeLists(tx, id, { supportingOpdIds, kecamatanIds, budgets, targets });
  const after = await getProgram(tx, id);
  await audit(ctx, plan, 'create', id, null, after);
  return after;
}

/** Lock a programme and read it whole, as the `before` of a change. */
export async function lockedProgram(tx: Tx, id: string) {
  if (!(await lockProgram(tx, id))) throw notFound(entity, id);
  return getProgram(tx, id);
}

/** Change a programme; each list given replaces the stored one, the others stay. Audited once. */
export async function updateProgram(ctx: Actor, id: string, body: ProgramUpdate) {
  const { tx } = ctx;
  const before = await lockedProgram(tx, id);
  const { version, supportingOpdIds, kecamatanIds, budgets, targets, ...fields } = body;
  if (version !== undefined && version !== before.version) throw staleVersion(entity, before);
  const plan = await planOrThrow(tx, before.planId);
  const changes = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as typeof fields;
  const errors = await programErrors(tx, {
    plan,
    candidate: {
      ...before,
      ...changes,
      supportingOpdIds: supportingOpdIds ?? before.supportingOpdIds,
      kecamatanIds: kecamatanIds ?? before.kecamatanIds,
      budgets: budgets ?? before.budgets,
      targets: targets ?? before.targets,
    },
    given: { budgets: budgets !== undefined, targets: targets !== undefined },
    progressYears: await progressYears(tx, id),
  });
  if (errors.length > 0) throw invalid(errors);
  if (
    changes.code !== undefined &&
    changes.code !== before.code &&
    (await codeTaken(tx, plan.id, changes.code))
  )
    throw codeConflict(changes.code);

  const stamp = await updateProgramRow(tx, id, changes);
  const lists = { supportingOpdIds, kecamatanIds, budgets, targets };
  await writeLists(tx, id, lists);
  // A change of plain fields (a workshop's usual save) is the record as it was with those fields: no
  // second read. New lists, pillar, element or lead OPD bring labels and totals only the database has.
  const relabelled =
    Object.values(lists).some((list) => list !== undefined) ||
    (['pillarId', 'elementId', 'leadOpdId'] as const).some(
      (key) => changes[key] !== undefined && changes[key] !== before[key],
    );
  const after = relabelled ? await getProgram(tx, id) : { ...before, ...changes, ...stamp };
  await audit(ctx, plan, 'update', id, before, after);
  return after;
}

/**
 * Delete a programme with its lists and reviews. One with progress reports is refused: monitoring
 * history after adoption should not disappear as a side effect.
 */
export async function deleteProgram(ctx: Actor, id: string) {
  const { tx } = ctx;
  const before = await lockedProgram(tx, id);
  const reported = await progressYears(tx, id);
  if (reported.length > 0)
    throw conflict(
      `This programme has progress reports (${reported.join(', ')}); delete those first if it really has to go`,
    );
  const plan = await planOrThrow(tx, before.planId);
  await deleteProgramRow(tx, id);
  await audit(ctx, plan, 'delete', id, before, null);
}

/** Apply a review verdict to the programme in the caller's transaction: its status and version change. */
export async function setReviewStatus(
  ctx: Actor,
  before: ProgramRecord,
  reviewStatus: ProgramRecord['reviewStatus'],
) {
  const plan = await planOrThrow(ctx.tx, before.planId);
  await updateProgramRow(ctx.tx, before.id, { reviewStatus });
  const after = await getProgram(ctx.tx, before.id);
  await audit(ctx, plan, 'update', before.id, before, after);
  return { plan, after };
}
