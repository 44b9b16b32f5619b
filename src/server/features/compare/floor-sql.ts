import { PUBLIC_PLAN_STATUSES } from '../../../shared/domain.ts';

/**
 * The comparison written by hand, for the benchmark to time beside GET /api/compare (the "floor"): the
 * statement repository.ts runs, as one SQL string with nothing bound. `all` is what the platform admin
 * and the ministry reviewer get; `published` is an anonymous caller's (published plans only). Run it with
 * `db.execute(sql.raw(compareFloorSql()))`: one row per region × pillar of its current plan, in region
 * code and pillar order, and one row with null plan and pillar for a region without one.
 */
export function compareFloorSql(view: 'all' | 'published' = 'all'): string {
  const statuses = PUBLIC_PLAN_STATUSES.map((s) => `'${s}'`).join(', ');
  return `
with current_plan as not materialized (
  select distinct on (p.region_id)
    p.id, p.region_id, p.title, p.status, p.current_phase, p.period_start, p.period_end
  from plans p
  ${view === 'all' ? '' : `where p.status in (${statuses})`}
  order by p.region_id, p.period_start desc, p.created_at desc, p.id desc
)
select r.id as "regionId", r.code, r.name, r.kind, r.province,
  c.id as "planId", c.title, c.status, c.current_phase as "currentPhase",
  c.period_start as "periodStart", c.period_end as "periodEnd",
  pl.key as "pillarKey", pl.name_id as "pillarNameId", pl.name_en as "pillarNameEn",
  coalesce(pc.program_count, 0) as "programCount",
  round(coalesce(bs.budget_sum, 0), 2)::text as "budgetTotal",
  ra.readiness_average as "readinessAverage"
from regions r
left join current_plan c on c.region_id = r.id
left join pillars pl on pl.plan_id = c.id
left join (
  select pr.pillar_id, count(*)::int as program_count
  from programs pr
  where pr.plan_id in (select id from current_plan)
  group by pr.pillar_id
) pc on pc.pillar_id = pl.id
left join (
  select pr.pillar_id, sum(b.amount) as budget_sum
  from program_budgets b
  join programs pr on pr.id = b.program_id
  where pr.plan_id in (select id from current_plan)
  group by pr.pillar_id
) bs on bs.pillar_id = pl.id
left join (
  select rs.pillar_id, round(avg(rs.score), 2)::float8 as readiness_average
  from readiness_scores rs
  where rs.plan_id in (select id from current_plan)
  group by rs.pillar_id
) ra on ra.pillar_id = pl.id
${view === 'all' ? '' : 'where c.id is not null'}
order by r.code collate "C", pl.ordinal`;
}
