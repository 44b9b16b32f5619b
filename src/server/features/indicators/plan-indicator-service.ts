import type { z } from 'zod';
import { CRITERION_FAILING_MAX } from '../../../shared/domain.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { findById, getOrThrow, type Row } from '../../db/records.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { plans } from '../../db/schema/plan.ts';
import { conflict, type FieldError, invalid, notFound, staleVersion } from '../../errors.ts';
import { boundsError } from './decimal.ts';
import { indicatorSeenBy } from './measurement-viewer.ts';
import { presentPlanIndicator, planIndicatorSnapshot as snapshot } from './plan-indicator-presenter.ts';
import {
  countMeasurements,
  deletePlanIndicatorRow,
  elementInPillar,
  insertPlanIndicatorRow,
  listPlanIndicators as listRows,
  loadPlanIndicator,
  lockPlanIndicatorRow,
  opdsInRegion,
  PLAN_INDICATOR_ENTITY,
  type PlanIndicatorFilters,
  pillarInPlan,
  programsInPlan,
  replaceLists,
  selectionOf,
  touchPlanIndicatorRow,
} from './repository.ts';
import type { PlanIndicatorCreate, PlanIndicatorQuery, PlanIndicatorUpdate } from './schema.ts';
import { unitError } from './unit-match.ts';

type Create = z.output<typeof PlanIndicatorCreate>;
type Update = z.output<typeof PlanIndicatorUpdate>;
const entity = PLAN_INDICATOR_ENTITY;

const field = (name: string, message: string): FieldError => ({ field: name, in: 'body', message });

interface Candidate {
  pillarId: string;
  elementId: string | null;
  producerOpdId: string | null;
  baselineYear: number | null;
  baselineValue: string | null;
  targets?: Create['targets'];
  availability?: Create['availability'];
  programIds?: string[];
  /** The unit the request says its values are in. */
  unit?: string;
}

/**
 * The rules across records, checked against the selection as it would be stored: pillar of this plan,
 * element of that pillar, OPDs of the plan's region, programmes of this plan, years inside the plan
 * period and values inside the catalogue entry's bounds.
 */
export async function selectionErrors(tx: Tx, plan: Row, catalog: Row, c: Candidate): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const planId = plan.id as string;
  const regionId = plan.regionId as string;
  const bounds = catalog as { minValue: string | null; maxValue: string | null };
  const period = `${plan.periodStart}–${plan.periodEnd}`;
  const wrongUnit = unitError(c.unit, catalog.unit as string);
  if (wrongUnit) errors.push(wrongUnit);

  if (!(await pillarInPlan(tx, c.pillarId, planId)))
    errors.push(field('pillarId', 'is not a pillar of this plan'));
  else if (c.elementId && !(await elementInPillar(tx, c.elementId, c.pillarId)))
    errors.push(field('elementId', 'is not an element of the chosen pillar'));

  const opdIds = [c.producerOpdId, ...(c.availability ?? []).map((a) => a.opdId)].filter((v) => v !== null);
  const regionOpds = await opdsInRegion(tx, opdIds, regionId);
  if (c.producerOpdId && !regionOpds.has(c.producerOpdId))
    errors.push(field('producerOpdId', "is not an OPD of the plan's region"));
  for (const [i, a] of (c.availability ?? []).entries())
    if (!regionOpds.has(a.opdId))
      errors.push(field(`availability.${i}.opdId`, "is not an OPD of the plan's region"));

  const planPrograms = await programsInPlan(tx, c.programIds ?? [], planId);
  for (const [i, id] of (c.programIds ?? []).entries())
    if (!planPrograms.has(id)) errors.push(field(`programIds.${i}`, 'is not a programme of this plan'));

  for (const [i, t] of (c.targets ?? []).entries()) {
    if (t.year < (plan.periodStart as number) || t.year > (plan.periodEnd as number))
      errors.push(field(`targets.${i}.year`, `must be within the plan period ${period}`));
    const outside = boundsError(t.value, bounds);
    if (outside) errors.push(field(`targets.${i}.value`, outside));
  }
  if (c.baselineYear !== null && c.baselineYear > (plan.periodEnd as number))
    errors.push(field('baselineYear', `must not be after the plan's last year ${plan.periodEnd}`));
  if (c.baselineValue !== null) {
    const outside = boundsError(c.baselineValue, bounds);
    if (outside) errors.push(field('baselineValue', outside));
  }
  return errors;
}

const scopeOf = (plan: Row) => ({ planId: plan.id as string, regionId: plan.regionId as string });

async function loadOrThrow(db: Db | Tx, id: string) {
  const record = await loadPlanIndicator(db, id);
  if (!record) throw notFound('plan indicator', id);
  return presentPlanIndicator(record);
}

export async function listPlanIndicators(
  db: Db,
  planId: string,
  query: z.output<typeof PlanIndicatorQuery> & { limit: number; offset: number },
) {
  await getOrThrow(db, plans, 'plan', planId);
  const { limit, offset, ...filters } = query;
  const f: PlanIndicatorFilters = { ...filters, failingMax: CRITERION_FAILING_MAX };
  const found = await listRows(db, planId, f, { limit, offset });
  return { ...found, items: found.items.map(presentPlanIndicator) };
}

export const getPlanIndicator = (db: Db, id: string) => loadOrThrow(db, id);

export function createPlanIndicator(db: Db, actor: string, planId: string, body: Create) {
  return db.transaction(async (tx) => {
    const plan = await getOrThrow(tx, plans, 'plan', planId);
    const catalog = await findById(tx, indicatorCatalog, body.catalogId);
    if (!catalog) throw invalid([field('catalogId', 'is not an indicator of the catalogue')]);
    if (catalog.regionId && catalog.regionId !== plan.regionId)
      throw invalid([field('catalogId', 'is a local indicator of another region')]);
    const { catalogId, targets, assessments, availability, programIds, unit, ...columns } = body;
    const candidate = {
      elementId: null,
      producerOpdId: null,
      baselineYear: null,
      baselineValue: null,
      ...columns,
      targets,
      availability,
      programIds,
      unit,
    };
    const errors = await selectionErrors(tx, plan, catalog, candidate);
    if (errors.length > 0) throw invalid(errors);
    if (await selectionOf(tx, planId, catalogId))
      throw conflict(`This plan already has indicator ${catalog.code}`, { fields: ['catalogId'] });

    const id = await insertPlanIndicatorRow(tx, { planId, catalogId, ...columns });
    await replaceLists(tx, id, { targets, assessments, availability, programIds });
    const record = await loadOrThrow(tx, id);
    await recordAudit(tx, {
      ...scopeOf(plan),
      actor,
      action: 'create',
      entity,
      entityId: id,
      after: snapshot(record),
    });
    return record;
  });
}

export function updatePlanIndicator(db: Db, actor: string, id: string, body: Update) {
  const { version, targets, assessments, availability, programIds, unit, ...columns } = body;
  return db.transaction(async (tx) => {
    const row = await lockPlanIndicatorRow(tx, id);
    if (!row) throw notFound('plan indicator', id);
    const before = await loadOrThrow(tx, id);
    if (version !== undefined && version !== row.version)
      throw staleVersion(entity, indicatorSeenBy(before, actor));
    const plan = await getOrThrow(tx, plans, 'plan', row.planId);
    const catalog = await getOrThrow(tx, indicatorCatalog, 'indicator', row.catalogId);
    const errors = await selectionErrors(tx, plan, catalog, {
      ...row,
      ...columns,
      targets,
      availability,
      programIds,
      unit,
    });
    if (errors.length > 0) throw invalid(errors);

    await touchPlanIndicatorRow(tx, id, columns);
    await replaceLists(tx, id, { targets, assessments, availability, programIds });
    const after = await loadOrThrow(tx, id);
    await recordAudit(tx, {
      ...scopeOf(plan),
      actor,
      action: 'update',
      entity,
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

export function deletePlanIndicator(db: Db, actor: string, id: string) {
  return db.transaction(async (tx) => {
    const row = await lockPlanIndicatorRow(tx, id);
    if (!row) throw notFound('plan indicator', id);
    // Measurements are monitoring evidence: they are removed one by one, never as a side effect.
    const measured = await countMeasurements(tx, id);
    if (measured > 0)
      throw conflict(
        `This indicator has ${measured} measurement${measured === 1 ? '' : 's'}; delete them before removing it from the plan`,
      );
    const before = await loadOrThrow(tx, id);
    const plan = await getOrThrow(tx, plans, 'plan', row.planId);
    await deletePlanIndicatorRow(tx, id);
    await recordAudit(tx, {
      ...scopeOf(plan),
      actor,
      action: 'delete',
      entity,
      entityId: id,
      before: snapshot(before),
    });
  });
}
