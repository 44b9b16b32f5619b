import type { z } from 'zod';
import { judgeProgress, PROGRESS_CLASSES, type ProgressClass } from '../../../shared/indicator-progress.ts';
import type { Db } from '../../db/client.ts';
import { getOrThrow } from '../../db/records.ts';
import { plans } from '../../db/schema/plan.ts';
import { opdsByIds, pillarsOfPlan, valuesWithoutEvidence, yearlyValues } from './overview-repository.ts';
import type {
  AvailabilityMatrix,
  COLLECTION_GAPS,
  ProgressSummary,
  QualityIssues,
} from './overview-schema.ts';
import { type PlanIndicatorOut, presentPlanIndicator } from './plan-indicator-presenter.ts';
import { loadAllPlanIndicators } from './repository.ts';

/**
 * The plan-wide views of its indicators: the data-availability matrix, the indicators failing
 * verifiability or data availability with what would fix them, and progress per plan, pillar and year.
 * The rules are in docs/indicators.md.
 */

async function planIndicators(db: Db, planId: string) {
  const plan = await getOrThrow(db, plans, 'plan', planId);
  return { plan, indicators: (await loadAllPlanIndicators(db, planId)).map(presentPlanIndicator) };
}

const ref = (i: PlanIndicatorOut) => ({
  planIndicatorId: i.id,
  code: i.catalog.code,
  nameId: i.catalog.nameId,
  nameEn: i.catalog.nameEn,
});

/**
 * The producer's own cell when it is not "produced": the producer must start (or finish) collecting.
 * `unrecorded` means the matrix does not list the producer at all.
 */
function collectionGap(i: PlanIndicatorOut) {
  if (!i.producerOpdId) return null;
  const status = i.availability.find((a) => a.opdId === i.producerOpdId)?.status ?? 'unrecorded';
  return status === 'produced'
    ? null
    : { opdId: i.producerOpdId, status: status as (typeof COLLECTION_GAPS)[number] };
}

export async function availabilityMatrix(
  db: Db,
  planId: string,
): Promise<z.output<typeof AvailabilityMatrix>> {
  const { indicators } = await planIndicators(db, planId);
  const opdIds = new Set(
    indicators.flatMap((i) => [
      ...i.availability.map((a) => a.opdId),
      ...(i.producerOpdId ? [i.producerOpdId] : []),
    ]),
  );
  const opds = (await opdsByIds(db, [...opdIds])).map((o) => ({
    ...o,
    produced: 0,
    partial: 0,
    notAvailable: 0,
    mustStartCollecting: [] as z.output<typeof AvailabilityMatrix>['opds'][number]['mustStartCollecting'],
  }));
  const byId = new Map(opds.map((o) => [o.id, o]));
  for (const i of indicators) {
    for (const cell of i.availability) {
      const opd = byId.get(cell.opdId);
      if (!opd) continue;
      if (cell.status === 'produced') opd.produced++;
      else if (cell.status === 'partial') opd.partial++;
      else opd.notAvailable++;
    }
    const gap = collectionGap(i);
    if (gap)
      byId
        .get(gap.opdId)
        ?.mustStartCollecting.push({ ...ref(i), frequency: i.frequency, status: gap.status });
  }
  return {
    planId,
    opds,
    indicators: indicators.map((i) => ({
      ...ref(i),
      pillarId: i.pillarId,
      producerOpdId: i.producerOpdId,
      cells: i.availability,
    })),
    withoutProducer: indicators.filter((i) => !i.producerOpdId).map(ref),
  };
}

type Problem = z.output<typeof QualityIssues>['items'][number]['problems'][number];
const problem = (p: Pick<Problem, 'criterion' | 'reason' | 'fix'> & Partial<Problem>): Problem => ({
  opdId: null,
  score: null,
  rationale: null,
  count: null,
  ...p,
});

export async function qualityIssues(db: Db, planId: string): Promise<z.output<typeof QualityIssues>> {
  const { indicators } = await planIndicators(db, planId);
  const opdIds = indicators.flatMap((i) => [
    ...i.availability.map((a) => a.opdId),
    ...(i.producerOpdId ? [i.producerOpdId] : []),
  ]);
  const opdCode = new Map((await opdsByIds(db, [...new Set(opdIds)])).map((o) => [o.id, o.code]));
  const withoutEvidence = await valuesWithoutEvidence(db, planId);
  const items: z.output<typeof QualityIssues>['items'] = [];

  for (const i of indicators) {
    const scoreOf = (criterion: string) => i.assessments.find((a) => a.criterion === criterion);
    const problems: Problem[] = [];
    const producer = i.producerOpdId ? (opdCode.get(i.producerOpdId) ?? 'the producing OPD') : null;

    const verifiability = scoreOf('verifiability');
    if (verifiability && i.quality.failing.includes('verifiability')) {
      problems.push(
        problem({
          criterion: 'verifiability',
          reason: 'verifiability_low',
          fix: 'Name a source a second person can check (a report, register or system log) and attach it as evidence to every measurement',
          score: verifiability.score,
          rationale: verifiability.rationale,
        }),
      );
      const missing = withoutEvidence.get(i.id) ?? 0;
      if (missing > 0)
        problems.push(
          problem({
            criterion: 'verifiability',
            reason: 'evidence_missing',
            fix: `${missing} measured value${missing === 1 ? '' : 's'} carry no evidence: attach a file or a link to each`,
            count: missing,
          }),
        );
    }

    const availability = scoreOf('data_availability');
    if (availability && i.quality.failing.includes('data_availability'))
      problems.push(
        problem({
          criterion: 'data_availability',
          reason: 'data_availability_low',
          fix: `Agree a data source and collection schedule with ${producer ?? 'the OPD that will produce the data'}, or replace the indicator by one whose data exist`,
          opdId: i.producerOpdId,
          score: availability.score,
          rationale: availability.rationale,
        }),
      );
    if (!i.producerOpdId)
      problems.push(
        problem({
          criterion: 'data_availability',
          reason: 'no_producer',
          fix: 'Name the OPD that produces the data',
        }),
      );
    const gap = collectionGap(i);
    if (gap) {
      const other = i.availability.find((a) => a.status === 'produced' && a.opdId !== gap.opdId);
      const instead = other
        ? `, or make ${opdCode.get(other.opdId)} the producer: it already produces them`
        : '';
      problems.push(
        problem({
          criterion: 'data_availability',
          reason: gap.status === 'partial' ? 'producer_partial' : 'producer_not_collecting',
          fix:
            gap.status === 'partial'
              ? `${producer} must complete the data it collects only in part (${i.frequency})${instead}`
              : `${producer} must start collecting the data (${i.frequency})${instead}`,
          opdId: gap.opdId,
          rationale: i.availability.find((a) => a.opdId === gap.opdId)?.note ?? null,
        }),
      );
    }
    if (problems.length === 0) continue;
    items.push({
      ...ref(i),
      pillarId: i.pillarId,
      producerOpdId: i.producerOpdId,
      grade: i.quality.grade,
      failing: (['verifiability', 'data_availability'] as const).filter((c) =>
        problems.some((p) => p.criterion === c),
      ),
      problems,
    });
  }
  return { planId, indicators: indicators.length, items };
}

const zeroCounts = () =>
  Object.fromEntries(PROGRESS_CLASSES.map((c) => [c, 0])) as Record<ProgressClass, number>;

function tally(indicators: PlanIndicatorOut[]) {
  const counts = zeroCounts();
  let provisional = 0;
  for (const i of indicators) {
    counts[i.progress.status]++;
    if (i.progress.year !== null && !i.progress.verified) provisional++;
  }
  return { total: indicators.length, counts, provisional };
}

export async function progressSummary(db: Db, planId: string): Promise<z.output<typeof ProgressSummary>> {
  const { plan, indicators } = await planIndicators(db, planId);
  const pillars = await pillarsOfPlan(db, planId);
  const values = await yearlyValues(db, planId);
  const byId = new Map(indicators.map((i) => [i.id, i]));

  const first = plan.periodStart as number;
  const last = plan.periodEnd as number;
  const years = Array.from({ length: last - first + 1 }, (_, k) => ({
    year: first + k,
    measured: 0,
    noTarget: 0,
    counts: { on_track: 0, at_risk: 0, off_track: 0 },
  }));
  for (const v of values) {
    const i = byId.get(v.planIndicatorId);
    const row = years[v.periodYear - first];
    if (!i || !row) continue;
    const judged = judgeProgress({
      direction: i.catalog.direction,
      baselineYear: i.baselineYear,
      baselineValue: i.baselineValue,
      targets: i.targets,
      measurement: v,
    });
    row.measured++;
    if (judged.status === 'no_target') row.noTarget++;
    else if (judged.status !== 'no_data') row.counts[judged.status]++;
  }

  return {
    planId,
    ...tally(indicators),
    pillars: pillars.map((p) => ({
      pillarId: p.id,
      key: p.key,
      nameId: p.nameId,
      nameEn: p.nameEn,
      ...tally(indicators.filter((i) => i.pillarId === p.id)),
    })),
    years,
  };
}
