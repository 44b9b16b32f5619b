/**
 * The plan aggregates written by hand, as a database person would, for the floor ratios: each is one
 * statement (one round trip) returning the same figures as the API, in one JSON value. The API's time ÷
 * this one's is what the server adds (HTTP, session, access check, a snapshot, several queries, the
 * response schema). `$1` is the plan id.
 */

/** GET /api/plans/:id/summary (src/server/features/programs/aggregate-repository.ts). */
export const PLAN_SUMMARY_SQL = `
with plan as (
  select p.id, p.title, p.status, p.period_start, p.period_end, p.current_phase,
         r.id as region_id, r.name as region_name, r.code as region_code
  from plans p join regions r on r.id = p.region_id
  where p.id = $1
), prog as (
  select id, pillar_id, element_id, lead_opd_id, is_quick_win, review_status
  from programs where plan_id = $1
), line as (
  select b.year, b.source, b.amount, prog.pillar_id
  from program_budgets b join prog on prog.id = b.program_id
), ind as (
  select i.id, c.code, pl.ordinal,
         not exists (select 1 from indicator_targets t where t.plan_indicator_id = i.id) as without_targets,
         i.producer_opd_id is null
           or exists (select 1 from indicator_assessments a where a.plan_indicator_id = i.id
                      and a.criterion in ('verifiability', 'data_availability') and a.score <= 2)
           or not exists (select 1 from indicator_data_availability d where d.plan_indicator_id = i.id
                          and d.opd_id = i.producer_opd_id and d.status = 'produced') as weak_data
  from plan_indicators i
    join indicator_catalog c on c.id = i.catalog_id
    join pillars pl on pl.id = i.pillar_id
  where i.plan_id = $1
)
select json_build_object(
  'plan', (select row_to_json(plan) from plan),
  'counts', (
    select json_build_object(
      'programs', count(*),
      'quickWins', count(*) filter (where is_quick_win),
      'leadOpds', count(distinct lead_opd_id)
    ) from prog
  ),
  'byReviewStatus', (select json_object_agg(review_status, n) from (
    select review_status, count(*) as n from prog group by review_status) s),
  'pillars', (select coalesce(json_agg(x order by x.ordinal), '[]') from (
    select pl.id, pl.key, pl.name_id, pl.name_en, pl.ordinal,
           (select count(*) from prog where prog.pillar_id = pl.id) as program_count,
           (select count(*) from prog where prog.pillar_id = pl.id and is_quick_win) as quick_win_count,
           (select round(coalesce(sum(amount), 0), 2)::text from line where line.pillar_id = pl.id) as budget_total,
           (select count(distinct element_id) from prog where prog.pillar_id = pl.id) as elements_covered,
           (select count(*) from elements e where e.pillar_id = pl.id) as elements_total
    from pillars pl where pl.plan_id = $1) x),
  'budgetTotal', (select round(coalesce(sum(amount), 0), 2)::text from line),
  'byYear', (select coalesce(json_agg(y order by y.year), '[]') from (
    select year, round(sum(amount), 2)::text as amount from line group by year) y),
  'bySource', (select coalesce(json_agg(s), '[]') from (
    select source, round(sum(amount), 2)::text as amount from line group by source) s),
  'elementsWithoutPrograms', (select coalesce(json_agg(e order by e.pillar_ordinal, e.ordinal), '[]') from (
    select e.id, e.key, e.name_id, e.name_en, e.ordinal, pl.id as pillar_id, pl.key as pillar_key,
           pl.ordinal as pillar_ordinal
    from elements e join pillars pl on pl.id = e.pillar_id
    where e.plan_id = $1 and not exists (select 1 from prog where prog.element_id = e.id)) e),
  'opdsWithoutPrograms', (select coalesce(json_agg(o order by o.code collate "C"), '[]') from (
    select o.id, o.code, o.name from opd_units o
    where o.region_id = (select region_id from plan) and o.active
      and not exists (select 1 from prog where prog.lead_opd_id = o.id)) o),
  'indicators', (select count(*) from ind),
  'indicatorsWithoutTargets', (select coalesce(json_agg(id order by ordinal, code), '[]') from ind
                               where without_targets),
  'indicatorsWithWeakData', (select coalesce(json_agg(id order by ordinal, code), '[]') from ind where weak_data)
) as summary`;

/** GET /api/plans/:id/budget?by=opd: the budget by lead OPD. */
export const PLAN_BUDGET_BY_OPD_SQL = `
select json_build_object(
  'rows', (select coalesce(json_agg(x order by x.code collate "C"), '[]') from (
    select o.id, o.code, o.name, count(distinct p.id) as program_count,
           round(coalesce(sum(b.amount), 0), 2)::text as amount
    from programs p
      join opd_units o on o.id = p.lead_opd_id
      left join program_budgets b on b.program_id = p.id
    where p.plan_id = $1
    group by o.id, o.code, o.name) x),
  'total', (select round(coalesce(sum(b.amount), 0), 2)::text
            from program_budgets b join programs p on p.id = b.program_id where p.plan_id = $1)
) as budget`;
