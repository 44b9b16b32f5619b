import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import {
  indicatorAssessments,
  indicatorCatalog,
  indicatorDataAvailability,
  indicatorMeasurements,
  indicatorTargets,
  planIndicatorPrograms,
  planIndicators,
} from '../../src/server/db/schema/indicator.ts';
import { INDICATOR_CRITERIA, type IndicatorCriterion } from '../../src/shared/domain.ts';
import type { DemoIndicator } from '../indicator-spec.ts';
import { intBetween, unit, years } from '../random.ts';
import type { DemoWriter } from '../writer.ts';
import { need, type Organisation } from './organisation.ts';
import type { PlanRefs } from './plan.ts';

export interface IndicatorInput {
  indicators: DemoIndicator[];
  programIds: Map<string, string>;
  /** Last year with measurements. */
  measuredThrough: number;
  /** The unit that checks submitted values (the data custodian), and the one that stands in for it. */
  verifier: string;
  verifierStandIn: string;
}

const USUAL: Record<IndicatorCriterion, string> = {
  completeness: 'Mencakup seluruh wilayah dan kelompok sasaran',
  technology_neutrality: 'Tidak bergantung pada teknologi atau penyedia tertentu',
  simplicity: 'Mudah dipahami dan dihitung oleh OPD',
  validity: 'Mengukur langsung tujuan program yang terkait',
  verifiability: 'Dapat diperiksa dari dokumen sumber',
  data_availability: 'Data tersedia setiap tahun dari produsen data',
};

/** The value of a year on the straight line from the baseline to the final target. */
const onLine = (i: DemoIndicator, baselineYear: number, lastYear: number, year: number) =>
  i.baseline.value + ((i.finalTarget - i.baseline.value) * (year - baselineYear)) / (lastYear - baselineYear);

/**
 * What was measured: near the line (a little ahead or behind) when on track, 74–86 % of the way from
 * baseline to the year's target when slipping (at risk), 35–60 % when behind (off track); an indicator
 * without a data source has only its first year measured.
 */
function measuredValue(i: DemoIndicator, target: number, year: number) {
  const step = (i.finalTarget - i.baseline.value) / 10;
  const u = unit(`${i.code}/${year}`);
  if (i.course === 'behind') return i.baseline.value + (target - i.baseline.value) * (0.35 + 0.25 * u);
  if (i.course === 'slipping') return i.baseline.value + (target - i.baseline.value) * (0.74 + 0.12 * u);
  return target + step * (u * 0.8 - 0.3);
}

/** Verified values link to the producer's published recap, unless the indicator cannot be checked. */
const evidenceUrlOf = (i: DemoIndicator, year: number) =>
  (i.weak?.verifiability?.[0] ?? 5) <= 2
    ? null
    : `https://data.taputkab.go.id/dataset/${i.code.toLowerCase()}/rekap-${year}.pdf`;

const fixed = (value: number, decimals: number) => Math.max(0, value).toFixed(decimals);

/** The plan's indicators: catalogue entries, selections, targets, six-criteria scores, data and values. */
export async function loadIndicators(
  w: DemoWriter,
  org: Organisation,
  plan: PlanRefs,
  input: IndicatorInput,
) {
  const scope = { regionId: plan.regionId, planId: plan.planId };
  const locals = input.indicators.filter((i) => i.local);
  await w.insert(
    indicatorCatalog,
    'indicatorCatalogEntry',
    locals.map(
      (i) => ({ ...i.local, code: i.code, regionId: plan.regionId }) as typeof indicatorCatalog.$inferInsert,
    ),
    { scope: { regionId: plan.regionId } },
  );
  const codes = input.indicators.map((i) => i.code);
  const catalog = new Map(
    (
      await w.tx
        .select({ id: indicatorCatalog.id, code: indicatorCatalog.code })
        .from(indicatorCatalog)
        .where(inArray(indicatorCatalog.code, codes))
    ).map((r) => [r.code, r.id]),
  );

  const baselineYear = plan.periodStart - 1;
  const planYears = years(plan.periodStart, plan.periodEnd);
  const selections: (typeof planIndicators.$inferInsert)[] = [];
  const targets: (typeof indicatorTargets.$inferInsert)[] = [];
  const assessments: (typeof indicatorAssessments.$inferInsert)[] = [];
  const availability: (typeof indicatorDataAvailability.$inferInsert)[] = [];
  const links: (typeof planIndicatorPrograms.$inferInsert)[] = [];
  const measurements: (typeof indicatorMeasurements.$inferInsert)[] = [];
  const lists = new Map<string, Record<string, unknown>>();

  const submitterOf = (opd: string) => need(org.representatives, opd, 'OPD').program_head.at(-1)?.fullName;
  for (const i of input.indicators) {
    const id = randomUUID();
    const element = need(plan.elements, i.element, 'element');
    const producerOpdId = need(org.opdIds, i.producer, 'OPD');
    selections.push({
      id,
      planId: plan.planId,
      catalogId: need(catalog, i.code, 'catalogue code'),
      pillarId: element.pillarId,
      elementId: element.id,
      producerOpdId,
      frequency: i.frequency ?? 'yearly',
      baselineYear,
      baselineValue: fixed(i.baseline.value, i.decimals),
      baselineSource: i.baseline.source,
    });
    const own = {
      targets: planYears.map((year) => ({
        year,
        value: fixed(onLine(i, baselineYear, plan.periodEnd, year), i.decimals),
      })),
      assessments: INDICATOR_CRITERIA.map((criterion) => {
        const weak = i.weak?.[criterion];
        return {
          criterion,
          score: weak?.[0] ?? intBetween(`${i.code}/${criterion}`, 4, 5),
          rationale: weak?.[1] ?? USUAL[criterion],
        };
      }),
      availability: [
        {
          opdId: producerOpdId,
          status: i.producerStatus ?? (i.course === 'no_data' ? ('partial' as const) : ('produced' as const)),
          note: i.producerNote ?? null,
        },
        ...(i.alsoHeldBy ?? []).map(([opd, status, note]) => ({
          opdId: need(org.opdIds, opd, 'OPD'),
          status,
          note,
        })),
      ],
      programIds: i.programs.map((code) => need(input.programIds, code, 'programme')),
    };
    lists.set(id, own);
    targets.push(...own.targets.map((t) => ({ planIndicatorId: id, ...t })));
    assessments.push(...own.assessments.map((a) => ({ planIndicatorId: id, ...a })));
    availability.push(...own.availability.map((a) => ({ planIndicatorId: id, ...a })));
    links.push(...own.programIds.map((programId) => ({ planIndicatorId: id, programId })));

    const submittedBy = submitterOf(i.producer);
    const verifier = i.producer === input.verifier ? input.verifierStandIn : input.verifier;
    const verifiedBy = need(org.representatives, verifier, 'OPD').secretary.at(-1)?.fullName;
    const measured =
      i.course === 'no_data' ? [plan.periodStart] : years(plan.periodStart, input.measuredThrough);
    for (const year of measured) {
      const target = onLine(i, baselineYear, plan.periodEnd, year);
      const value = fixed(measuredValue(i, target, year), i.decimals);
      const last = year === input.measuredThrough;
      const base = {
        planIndicatorId: id,
        periodYear: year,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        submittedBy,
        note: `Rekap tahunan ${year}, dari sumber yang sama dengan angka dasar`,
      };
      if (i.rejectedYear === year) {
        const wrong = fixed(measuredValue(i, target, year) * 1.6, i.decimals);
        measurements.push({
          ...base,
          value: wrong,
          status: 'rejected',
          verifiedBy,
          verifiedAt: new Date(`${year + 1}-03-10T10:00:00+07:00`).toISOString(),
          rejectionReason: 'Angka tidak sesuai dokumen sumber; periksa kembali rekap tahunan.',
        });
        if (last) continue;
      }
      measurements.push(
        last
          ? { ...base, value, status: 'submitted' }
          : {
              ...base,
              value,
              evidenceUrl: evidenceUrlOf(i, year),
              status: 'verified',
              verifiedBy,
              verifiedAt: new Date(`${year + 1}-03-20T10:00:00+07:00`).toISOString(),
            },
      );
    }
  }

  await w.insert(planIndicators, 'planIndicator', selections, {
    scope,
    lists: (row) => lists.get(row.id) ?? {},
  });
  await w.insert(indicatorTargets, null, targets);
  await w.insert(indicatorAssessments, null, assessments);
  await w.insert(indicatorDataAvailability, null, availability);
  await w.insert(planIndicatorPrograms, null, links);
  await w.insert(indicatorMeasurements, 'indicatorMeasurement', measurements, { scope });
}
