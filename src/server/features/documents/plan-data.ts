import type { Db, Tx } from '../../db/client.ts';
import { getOrThrow } from '../../db/records.ts';
import { plans } from '../../db/schema/plan.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { notFound } from '../../errors.ts';
import { presentPlanIndicator } from '../indicators/plan-indicator-presenter.ts';
import { loadAllPlanIndicators } from '../indicators/repository.ts';
import { pillarsOfPlan, readinessOfPlan } from '../plan-content/repository.ts';
import { summariseReadiness } from '../plan-content/service.ts';
import { budgetBreakdown, budgetTotals, pillarSummaries } from '../programs/aggregate-repository.ts';
import { listPrograms } from '../programs/repository.ts';
import { heldPhases, reportOpds, representatives } from '../workshops/repository.ts';
import { buildContinuityReport } from '../workshops/service.ts';
import {
  attendanceOf,
  elementsOf,
  goalsOf,
  kecamatanOf,
  missionsOf,
  opdsOf,
  phasesOf,
  regionOf,
  sessionsOf,
  strategiesOf,
} from './repository.ts';

/** More programmes than any plan holds: the document lists them all. */
const ALL_PROGRAMS = 1_000_000;

/** Everything a plan's documents print, read in one snapshot so that every table agrees with the others. */
export function loadPlanData(db: Db, planId: string) {
  return readSnapshot(db, (tx) => readPlanData(tx, planId));
}

async function readPlanData(tx: Tx, planId: string) {
  const plan = (await getOrThrow(tx, plans, 'plan', planId)) as typeof plans.$inferSelect;
  const region = await regionOf(tx, plan.regionId);
  if (!region) throw notFound('region', plan.regionId);
  const scope = { planId, regionId: plan.regionId };
  const [kecamatan, opds, pillars, elements, missions, goals, strategies, readiness] = await Promise.all([
    kecamatanOf(tx, region.id),
    opdsOf(tx, region.id),
    pillarsOfPlan(tx, planId),
    elementsOf(tx, planId),
    missionsOf(tx, planId),
    goalsOf(tx, planId),
    strategiesOf(tx, planId),
    readinessOfPlan(tx, planId),
  ]);
  const programs = (await listPrograms(tx, { planId }, ALL_PROGRAMS, 0)).page.items;
  const [pillarTotals, byYearSource, byOpd, totals] = await Promise.all([
    pillarSummaries(tx, planId),
    budgetBreakdown(tx, planId, ['year', 'source']),
    budgetBreakdown(tx, planId, ['opd']),
    budgetTotals(tx, planId),
  ]);
  const indicators = (await loadAllPlanIndicators(tx, planId)).map(presentPlanIndicator);
  const [phases, sessions, attendance, held, reportUnits, reps] = await Promise.all([
    phasesOf(tx, planId),
    sessionsOf(tx, planId),
    attendanceOf(tx, planId),
    heldPhases(tx, planId),
    reportOpds(tx, scope),
    representatives(tx, planId),
  ]);
  return {
    plan,
    region,
    kecamatan,
    opds,
    pillars,
    elements,
    missions,
    goals,
    strategies,
    readiness,
    readinessSummary: summariseReadiness(planId, pillars, readiness),
    programs,
    budget: { pillars: pillarTotals, byYearSource, byOpd, total: totals.total },
    indicators,
    workshops: { phases, sessions, attendance },
    continuity: buildContinuityReport(planId, held, reportUnits, reps),
    generatedAt: new Date(),
  };
}

export type PlanData = Awaited<ReturnType<typeof readPlanData>>;
