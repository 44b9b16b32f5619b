import { type SQL, sql } from 'drizzle-orm';
import { type PlanStatus, PUBLIC_PLAN_STATUSES } from '../../../shared/domain.ts';
import type { Tx } from '../../db/client.ts';
import { pillars, plans, readinessScores } from '../../db/schema/plan.ts';
import { programBudgets, programs } from '../../db/schema/program.ts';
import { regions } from '../../db/schema/region.ts';

/** One region × one pillar of its current plan; a region without a plan has one row, plan and pillar null. */
export interface ComparisonRow {
  regionId: string;
  code: string;
  name: string;
  kind: 'kabupaten' | 'kota';
  province: string;
  planId: string | null;
  title: string | null;
  status: PlanStatus | null;
  currentPhase: number | null;
  periodStart: number | null;
  periodEnd: number | null;
  pillarKey: string | null;
  pillarNameId: string | null;
  pillarNameEn: string | null;
  programCount: number;
  /** Rupiah with two decimals, e.g. "1500000.50". */
  budgetTotal: string;
  readinessAverage: number | null;
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The whole cross-regency comparison in one statement: every aggregate is grouped by pillar in the
 * database, over the current plans only. `readable`: the regions whose unpublished plans the caller may
 * read (null: every region). floor-sql.ts holds the same statement written by hand, for the benchmark.
 *
 * The current plan of a region is the newest plan the caller may read there: latest period start, then
 * latest created. Its CTE is inlined (not materialized), so that PostgreSQL may scan the budget lines in
 * parallel. The rows are read as the driver gives them, not through Drizzle's row mapping, which costs
 * more than the statement's own transfer on a nation's 3,000 rows.
 */
export async function comparisonRows(tx: Tx, readable: string[] | null): Promise<ComparisonRow[]> {
  const published = sql`${plans.status} in (${list(PUBLIC_PLAN_STATUSES)})`;
  const visiblePlan =
    readable === null
      ? sql``
      : readable.length === 0
        ? sql`where ${published}`
        : sql`where ${published} or ${plans.regionId} in (${list(readable)})`;
  const shownRegion: SQL =
    readable === null
      ? sql``
      : readable.length === 0
        ? sql`where current_plan.id is not null`
        : sql`where current_plan.id is not null or ${regions.id} in (${list(readable)})`;
  const ofCurrentPlan = (column: unknown) => sql`${column} in (select id from current_plan)`;

  const result = await tx.execute(sql`
    with current_plan as not materialized (
      select distinct on (${plans.regionId})
        ${plans.id} as id, ${plans.regionId} as region_id, ${plans.title} as title, ${plans.status} as status,
        ${plans.currentPhase} as current_phase, ${plans.periodStart} as period_start, ${plans.periodEnd} as period_end
      from ${plans}
      ${visiblePlan}
      order by ${plans.regionId}, ${plans.periodStart} desc, ${plans.createdAt} desc, ${plans.id} desc
    )
    select ${regions.id} as "regionId", ${regions.code} as "code", ${regions.name} as "name",
      ${regions.kind} as "kind", ${regions.province} as "province",
      current_plan.id as "planId", current_plan.title as "title", current_plan.status as "status",
      current_plan.current_phase as "currentPhase", current_plan.period_start as "periodStart",
      current_plan.period_end as "periodEnd",
      ${pillars.key} as "pillarKey", ${pillars.nameId} as "pillarNameId", ${pillars.nameEn} as "pillarNameEn",
      coalesce(program_counts.program_count, 0) as "programCount",
      round(coalesce(budget_sums.budget_sum, 0), 2)::text as "budgetTotal",
      readiness_averages.readiness_average as "readinessAverage"
    from ${regions}
    left join current_plan on current_plan.region_id = ${regions.id}
    left join ${pillars} on ${pillars.planId} = current_plan.id
    left join (
      select ${programs.pillarId} as pillar_id, count(*)::int as program_count
      from ${programs}
      where ${ofCurrentPlan(programs.planId)}
      group by ${programs.pillarId}
    ) program_counts on program_counts.pillar_id = ${pillars.id}
    left join (
      select ${programs.pillarId} as pillar_id, sum(${programBudgets.amount}) as budget_sum
      from ${programBudgets}
      join ${programs} on ${programs.id} = ${programBudgets.programId}
      where ${ofCurrentPlan(programs.planId)}
      group by ${programs.pillarId}
    ) budget_sums on budget_sums.pillar_id = ${pillars.id}
    left join (
      select ${readinessScores.pillarId} as pillar_id,
        round(avg(${readinessScores.score}), 2)::float8 as readiness_average
      from ${readinessScores}
      where ${ofCurrentPlan(readinessScores.planId)}
      group by ${readinessScores.pillarId}
    ) readiness_averages on readiness_averages.pillar_id = ${pillars.id}
    ${shownRegion}
    order by ${regions.code} collate "C", ${pillars.ordinal}`);
  return (result as unknown as { rows: ComparisonRow[] }).rows;
}
