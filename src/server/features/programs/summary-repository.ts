import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  CRITERION_FAILING_MAX,
  FUNDING_SOURCES,
  type IndicatorCriterion,
  REVIEW_STATUSES,
} from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import {
  indicatorAssessments,
  indicatorCatalog,
  indicatorDataAvailability,
  indicatorTargets,
  planIndicators,
} from '../../db/schema/indicator.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars, plans } from '../../db/schema/plan.ts';
import { programBudgets, programs } from '../../db/schema/program.ts';
import { regions } from '../../db/schema/region.ts';
import type { PlanSummary } from './aggregate-schema.ts';

/** The criteria whose failure means an indicator's data cannot be checked or may not come. */
const DATA_CRITERIA = ['verifiability', 'data_availability'] as const satisfies IndicatorCriterion[];

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** A JSON array of `item` over `from`, in `order`; `[]` when there is none. */
const jsonList = (item: SQL, from: SQL, order: SQL) =>
  sql`(select coalesce(json_agg(${item} order by ${order}), '[]') ${from})`;

/** A rupiah amount as an exact decimal string with two decimals, zero when there is nothing. */
const rupiah = (amount: SQL) => sql`round(coalesce(${amount}, 0), 2)::text`;

const indicatorRef = sql`json_build_object('planIndicatorId', id, 'code', code, 'nameId', name_id, 'nameEn', name_en)`;

/**
 * The plan summary (GET /plans/:id/summary) in one statement whose answer is the JSON of the response:
 * one round trip to the database, where the several queries it replaces cost about a millisecond each on
 * PGlite, and one statement is one snapshot, so every figure agrees with the others. Every year of the
 * period and every funding source is there, at zero when nothing is budgeted, so that a chart gets every
 * bar. Undefined: no such plan. bench/national/floor-sql.ts holds the same figures written by hand.
 */
export async function planSummaryOf(
  db: Db | Tx,
  planId: string,
): Promise<z.output<typeof PlanSummary> | undefined> {
  const result = await db.execute(summaryStatement(planId));
  const [row] = (result as unknown as { rows: { summary: string }[] }).rows;
  return row ? JSON.parse(row.summary) : undefined;
}

/** Each part reads the plan's programmes (`prog`) and budget lines (`line`) once, as the CTEs below. */
const summaryStatement = (planId: string) => sql`
    with plan as (
      select p.id, p.title, p.status, p.period_start, p.period_end, p.current_phase,
        r.id as region_id, r.name as region_name, r.code as region_code
      from ${plans} p join ${regions} r on r.id = p.region_id
      where p.id = ${planId}
    ),
    prog as (
      select id, pillar_id, element_id, lead_opd_id, is_quick_win, review_status
      from ${programs} where plan_id = ${planId}
    ),
    line as (
      select b.year, b.source, b.amount, prog.pillar_id
      from ${programBudgets} b join prog on prog.id = b.program_id
    ),
    pillar as (
      select pl.id, pl.key, pl.name_id, pl.name_en, pl.ordinal,
        coalesce(c.programs, 0) as programs, coalesce(c.quick_wins, 0) as quick_wins,
        coalesce(c.elements, 0) as elements_covered,
        (select count(*) from ${elements} e where e.pillar_id = pl.id) as elements_total,
        ${rupiah(sql`m.amount`)} as budget_total
      from ${pillars} pl
      left join (
        select pillar_id, count(*) as programs, count(*) filter (where is_quick_win) as quick_wins,
          count(distinct element_id) as elements
        from prog group by pillar_id
      ) c on c.pillar_id = pl.id
      left join (select pillar_id, sum(amount) as amount from line group by pillar_id) m on m.pillar_id = pl.id
      where pl.plan_id = ${planId}
    ),
    -- The rule of the indicators' quality view (GET /plans/:id/indicators/issues): weak data fail
    -- verifiability or data availability, have no producer, or a producer that does not collect them in full.
    indicator as (
      select i.id, c.code, c.name_id, c.name_en, pl.ordinal,
        not exists (select 1 from ${indicatorTargets} t where t.plan_indicator_id = i.id) as without_targets,
        i.producer_opd_id is null
          or exists (
            select 1 from ${indicatorAssessments} a
            where a.plan_indicator_id = i.id and a.criterion = any(${textArray(DATA_CRITERIA)})
              and a.score <= ${CRITERION_FAILING_MAX})
          or not exists (
            select 1 from ${indicatorDataAvailability} d
            where d.plan_indicator_id = i.id and d.opd_id = i.producer_opd_id and d.status = 'produced')
          as weak_data
      from ${planIndicators} i
        join ${indicatorCatalog} c on c.id = i.catalog_id
        join ${pillars} pl on pl.id = i.pillar_id
      where i.plan_id = ${planId}
    )
    select json_build_object(
      'plan', json_build_object(
        'id', plan.id, 'title', plan.title, 'status', plan.status,
        'periodStart', plan.period_start, 'periodEnd', plan.period_end, 'currentPhase', plan.current_phase,
        'region', json_build_object('id', plan.region_id, 'name', plan.region_name, 'code', plan.region_code)),
      'counts', (
        select json_build_object(
          'programs', count(*),
          'quickWins', count(*) filter (where is_quick_win),
          'leadOpds', count(distinct lead_opd_id),
          'indicators', (select count(*) from indicator),
          'byReviewStatus', (
            select json_object_agg(s.status, (select count(*) from prog where review_status = s.status))
            from unnest(${textArray(REVIEW_STATUSES)}) s(status)))
        from prog),
      'pillars', ${jsonList(
        sql`json_build_object('pillarId', id, 'key', key, 'nameId', name_id, 'nameEn', name_en,
          'programCount', programs, 'quickWinCount', quick_wins, 'budgetTotal', budget_total,
          'elementsCovered', elements_covered, 'elementsTotal', elements_total)`,
        sql`from pillar`,
        sql`ordinal`,
      )},
      'budget', json_build_object(
        'total', (select ${rupiah(sql`sum(amount)`)} from line),
        -- A budget year outside the period can only come from a period shortened later: shown, not lost.
        'byYear', ${jsonList(
          sql`json_build_object('year', coalesce(y.year, s.year), 'amount', ${rupiah(sql`s.amount`)})`,
          sql`from (select year, sum(amount) as amount from line group by year) s
            full join generate_series(plan.period_start, plan.period_end) as y(year) on y.year = s.year`,
          sql`coalesce(y.year, s.year)`,
        )},
        'bySource', ${jsonList(
          sql`json_build_object('source', f.source, 'amount', ${rupiah(sql`s.amount`)})`,
          sql`from unnest(${textArray(FUNDING_SOURCES)}) with ordinality f(source, n)
            left join (select source, sum(amount) as amount from line group by source) s on s.source = f.source`,
          sql`f.n`,
        )}),
      'gaps', json_build_object(
        'pillarsWithoutPrograms', ${jsonList(
          sql`json_build_object('pillarId', id, 'key', key, 'nameId', name_id, 'nameEn', name_en)`,
          sql`from pillar where programs = 0`,
          sql`ordinal`,
        )},
        'elementsWithoutPrograms', ${jsonList(
          sql`json_build_object('elementId', e.id, 'key', e.key, 'nameId', e.name_id, 'nameEn', e.name_en,
            'pillarId', pl.id, 'pillarKey', pl.key)`,
          sql`from ${pillars} pl join ${elements} e on e.pillar_id = pl.id
            where pl.plan_id = ${planId} and not exists (select 1 from prog where prog.element_id = e.id)`,
          sql`pl.ordinal, e.ordinal`,
        )},
        'opdsWithoutPrograms', ${jsonList(
          sql`json_build_object('opdId', o.id, 'code', o.code, 'name', o.name)`,
          sql`from ${opdUnits} o
            where o.region_id = plan.region_id and o.active
              and not exists (select 1 from prog where prog.lead_opd_id = o.id)`,
          sql`o.code collate "C"`,
        )},
        -- In the order of the plan's indicator list, which the home links to.
        'indicatorsWithoutTargets', ${jsonList(indicatorRef, sql`from indicator where without_targets`, sql`ordinal, code`)},
        'indicatorsWithWeakData', ${jsonList(indicatorRef, sql`from indicator where weak_data`, sql`ordinal, code`)})
    )::text as summary
    from plan`;
