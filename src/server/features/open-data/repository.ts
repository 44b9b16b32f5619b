import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { indicatorMeasurements, planIndicators } from '../../db/schema/indicator.ts';

/**
 * The one read open data needs that no other feature has: each indicator's latest *verified* value (the
 * indicators feature shows the latest value of any status but rejected). Programmes, budgets, pillars,
 * elements, OPDs and the indicators themselves come through the repositories of their features.
 */
export function latestVerifiedValues(tx: Tx, planId: string) {
  return tx
    .selectDistinctOn([indicatorMeasurements.planIndicatorId], {
      planIndicatorId: indicatorMeasurements.planIndicatorId,
      periodYear: indicatorMeasurements.periodYear,
      value: indicatorMeasurements.value,
    })
    .from(indicatorMeasurements)
    .innerJoin(planIndicators, eq(planIndicators.id, indicatorMeasurements.planIndicatorId))
    .where(and(eq(planIndicators.planId, planId), eq(indicatorMeasurements.status, 'verified')))
    .orderBy(
      indicatorMeasurements.planIndicatorId,
      desc(indicatorMeasurements.periodYear),
      sql`${indicatorMeasurements.periodEnd} desc nulls last`,
      sql`${indicatorMeasurements.verifiedAt} desc nulls last`,
    );
}
