import type { Tx } from '../../db/client.ts';
import { getOrThrow } from '../../db/records.ts';
import { plans } from '../../db/schema/plan.ts';
import { notFound } from '../../errors.ts';
import { elementsOf, kecamatanOf, missionsOf, opdsOf, regionOf } from '../documents/repository.ts';
import { presentPlanIndicator } from '../indicators/plan-indicator-presenter.ts';
import { loadAllPlanIndicators } from '../indicators/repository.ts';
import { pillarsOfPlan, readinessOfPlan } from '../plan-content/repository.ts';
import { listPrograms } from '../programs/repository.ts';
import { progressYearsOfPlan } from './repository.ts';

/** More programmes than any plan holds: the worksheet carries them all. */
const ALL_PROGRAMS = 10_000_000;

/**
 * Everything a worksheet shows and an import checks against, read in the caller's transaction: the plan
 * and its region's organisation, its pillars and elements, missions, programmes with their lists,
 * readiness cells and indicators. An import locks the plan row first, so that nothing it checked against
 * changes before it writes.
 */
export async function loadPlanState(tx: Tx, planId: string, lock = false) {
  const plan = (await getOrThrow(tx, plans, 'plan', planId, lock)) as typeof plans.$inferSelect;
  const region = await regionOf(tx, plan.regionId);
  if (!region) throw notFound('region', plan.regionId);
  const [opds, kecamatan, pillars, elements, missions, readiness, progressYears] = await Promise.all([
    opdsOf(tx, region.id),
    kecamatanOf(tx, region.id),
    pillarsOfPlan(tx, planId),
    elementsOf(tx, planId),
    missionsOf(tx, planId),
    readinessOfPlan(tx, planId),
    progressYearsOfPlan(tx, planId),
  ]);
  const programs = (await listPrograms(tx, { planId }, ALL_PROGRAMS, 0)).page.items;
  const indicators = (await loadAllPlanIndicators(tx, planId)).map(presentPlanIndicator);
  return {
    plan,
    region,
    opds,
    kecamatan,
    pillars,
    elements,
    missions,
    programs,
    progressYears,
    readiness,
    indicators,
  };
}

export type PlanState = Awaited<ReturnType<typeof loadPlanState>>;
export type PillarRow = PlanState['pillars'][number];
export type ElementRow = PlanState['elements'][number];
export type ProgramState = PlanState['programs'][number];
export type ReadinessState = PlanState['readiness'][number];
export type IndicatorState = PlanState['indicators'][number];
