import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { indicatorEvidence, indicatorMeasurements, planIndicators } from '../../db/schema/indicator.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { pillars } from '../../db/schema/plan.ts';

/** The reads of the plan-wide indicator views (availability, issues, progress). */

export async function opdsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: opdUnits.id, code: opdUnits.code, name: opdUnits.name })
    .from(opdUnits)
    .where(inArray(opdUnits.id, ids))
    .orderBy(asc(opdUnits.code));
}

export function pillarsOfPlan(db: Db, planId: string) {
  return db
    .select({ id: pillars.id, key: pillars.key, nameId: pillars.nameId, nameEn: pillars.nameEn })
    .from(pillars)
    .where(eq(pillars.planId, planId))
    .orderBy(asc(pillars.ordinal));
}

/** Per indicator and year, the latest value that was not rejected. */
export function yearlyValues(db: Db, planId: string) {
  const m = indicatorMeasurements;
  return db
    .selectDistinctOn([m.planIndicatorId, m.periodYear], {
      planIndicatorId: m.planIndicatorId,
      periodYear: m.periodYear,
      value: m.value,
      status: m.status,
    })
    .from(m)
    .innerJoin(planIndicators, eq(planIndicators.id, m.planIndicatorId))
    .where(and(eq(planIndicators.planId, planId), ne(m.status, 'rejected')))
    .orderBy(m.planIndicatorId, m.periodYear, sql`${m.periodEnd} desc nulls last`, desc(m.createdAt));
}

/** Per indicator, how many of its values (not rejected) carry no evidence: no link, reference or file. */
export async function valuesWithoutEvidence(db: Db, planId: string) {
  const m = indicatorMeasurements;
  const rows = await db
    .select({ planIndicatorId: m.planIndicatorId, n: sql<number>`count(*)::int` })
    .from(m)
    .innerJoin(planIndicators, eq(planIndicators.id, m.planIndicatorId))
    .where(
      and(
        eq(planIndicators.planId, planId),
        ne(m.status, 'rejected'),
        isNull(m.evidenceUrl),
        isNull(m.evidenceFile),
        sql`not exists (select 1 from ${indicatorEvidence} where ${indicatorEvidence.measurementId} = ${m.id})`,
      ),
    )
    .groupBy(m.planIndicatorId);
  return new Map(rows.map((r) => [r.planIndicatorId, Number(r.n)]));
}
