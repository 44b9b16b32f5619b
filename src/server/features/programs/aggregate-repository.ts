import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars, plans } from '../../db/schema/plan.ts';
import { programBudgets, programs } from '../../db/schema/program.ts';
import { regions } from '../../db/schema/region.ts';
import type { BudgetDimension, BudgetRow } from './aggregate-schema.ts';
import { byCode, sourceOrder } from './repository.ts';

/** A rupiah sum as an exact decimal string with two decimals, zero when there is nothing to sum. */
const rupiahSum = (column: PgColumn | SQL) => sql<string>`round(coalesce(sum(${column}), 0), 2)::text`;

export async function planHeader(db: Db | Tx, planId: string) {
  const [row] = await db
    .select({
      id: plans.id,
      title: plans.title,
      status: plans.status,
      periodStart: plans.periodStart,
      periodEnd: plans.periodEnd,
      currentPhase: plans.currentPhase,
      regionId: regions.id,
      regionName: regions.name,
      regionCode: regions.code,
    })
    .from(plans)
    .innerJoin(regions, eq(regions.id, plans.regionId))
    .where(eq(plans.id, planId));
  return row;
}

export async function pillarSummaries(db: Db | Tx, planId: string) {
  // The plan as well as the pillar: the plan's index finds its programmes, the pillar alone has none.
  const ofPillar = and(eq(programs.planId, planId), eq(programs.pillarId, pillars.id));
  return db
    .select({
      pillarId: pillars.id,
      key: pillars.key,
      nameId: pillars.nameId,
      nameEn: pillars.nameEn,
      programCount: sql<number>`(select count(*)::int from ${programs} where ${ofPillar})`,
      quickWinCount: sql<number>`(select count(*)::int from ${programs} where ${ofPillar} and ${programs.isQuickWin})`,
      budgetTotal: sql<string>`(select ${rupiahSum(programBudgets.amount)} from ${programBudgets} inner join ${programs} on ${eq(programs.id, programBudgets.programId)} where ${ofPillar})`,
      elementsCovered: sql<number>`(select count(distinct ${programs.elementId})::int from ${programs} where ${ofPillar})`,
      elementsTotal: sql<number>`(select count(*)::int from ${elements} where ${eq(elements.pillarId, pillars.id)})`,
    })
    .from(pillars)
    .where(eq(pillars.planId, planId))
    .orderBy(pillars.ordinal);
}

export async function budgetTotals(db: Db | Tx, planId: string) {
  const ofPlan = eq(programs.planId, planId);
  const [[total], byYear, bySource] = await Promise.all([
    db
      .select({ amount: rupiahSum(programBudgets.amount) })
      .from(programBudgets)
      .innerJoin(programs, eq(programs.id, programBudgets.programId))
      .where(ofPlan),
    db
      .select({ year: programBudgets.year, amount: rupiahSum(programBudgets.amount) })
      .from(programBudgets)
      .innerJoin(programs, eq(programs.id, programBudgets.programId))
      .where(ofPlan)
      .groupBy(programBudgets.year)
      .orderBy(programBudgets.year),
    db
      .select({ source: programBudgets.source, amount: rupiahSum(programBudgets.amount) })
      .from(programBudgets)
      .innerJoin(programs, eq(programs.id, programBudgets.programId))
      .where(ofPlan)
      .groupBy(programBudgets.source),
  ]);
  return { total: total?.amount ?? '0.00', byYear, bySource };
}

interface Dimension {
  select: Record<string, PgColumn>;
  group: (PgColumn | SQL)[];
  order: (PgColumn | SQL)[];
  /** Grouping by it needs a budget line, not only a programme. */
  perLine?: boolean;
  /** The label tables it reads (joined only when asked for: each join of a whole table costs). */
  joins?: ('pillars' | 'elements' | 'opdUnits')[];
}

const dimensions: Record<BudgetDimension, Dimension> = {
  pillar: {
    select: { pillarId: pillars.id, pillarKey: pillars.key },
    group: [pillars.id, pillars.key, pillars.ordinal],
    order: [pillars.ordinal],
    joins: ['pillars'],
  },
  element: {
    select: {
      pillarId: pillars.id,
      pillarKey: pillars.key,
      elementId: elements.id,
      elementKey: elements.key,
    },
    group: [pillars.id, pillars.key, pillars.ordinal, elements.id, elements.key, elements.ordinal],
    order: [pillars.ordinal, elements.ordinal],
    joins: ['pillars', 'elements'],
  },
  opd: {
    select: { opdId: opdUnits.id, opdCode: opdUnits.code, opdName: opdUnits.name },
    group: [opdUnits.id, opdUnits.code, opdUnits.name],
    order: [byCode(opdUnits.code)],
    joins: ['opdUnits'],
  },
  year: {
    select: { year: programBudgets.year },
    group: [programBudgets.year],
    order: [programBudgets.year],
    perLine: true,
  },
  source: {
    select: { source: programBudgets.source },
    group: [programBudgets.source],
    order: [sourceOrder(programBudgets.source)],
    perLine: true,
  },
};

/**
 * Budget of a plan's programmes grouped by one or two dimensions, with its total, in one statement whose
 * answer is the JSON of the rows (one round trip). Programmes without budget lines count (with zero)
 * under pillar, element and OPD; a year or a source exists only through budget lines. Every budget line
 * falls in exactly one row, so the total is the sum of the rows. Undefined: no such plan.
 */
export async function planBudgetOf(
  db: Db | Tx,
  planId: string,
  by: BudgetDimension[],
): Promise<{ rows: BudgetRow[]; total: string } | undefined> {
  const dims = by.map((d) => dimensions[d]);
  const perLine = dims.some((d) => d.perLine);
  const joins = new Set(dims.flatMap((d) => d.joins ?? []));
  const keys: Record<string, PgColumn> = Object.assign({}, ...dims.map((d) => d.select));
  // The keys are this file's own names, written into the statement as JSON keys.
  const fields = Object.entries(keys).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`);
  const order = dims.flatMap((d) => d.order);
  const result = await db.execute(sql`
    select json_build_object('rows', coalesce(a.rows, '[]'), 'total', round(coalesce(a.total, 0), 2)::text)::text as budget
    from ${plans} cross join lateral (
      select json_agg(g.row order by ${sql.join(
        order.map((_, i) => sql.identifier(`o${i}`)),
        sql`, `,
      )}) as rows, sum(g.amount) as total
      from (
        select json_build_object(${sql.join(fields, sql`, `)},
            'programCount', count(distinct ${programs.id}), 'amount', ${rupiahSum(programBudgets.amount)}) as row,
          sum(${programBudgets.amount}) as amount,
          ${sql.join(
            order.map((o, i) => sql`${o} as ${sql.identifier(`o${i}`)}`),
            sql`, `,
          )}
        from ${programs}
        ${joins.has('pillars') ? sql`inner join ${pillars} on ${eq(pillars.id, programs.pillarId)}` : sql``}
        ${joins.has('elements') ? sql`inner join ${elements} on ${eq(elements.id, programs.elementId)}` : sql``}
        ${joins.has('opdUnits') ? sql`inner join ${opdUnits} on ${eq(opdUnits.id, programs.leadOpdId)}` : sql``}
        left join ${programBudgets} on ${eq(programBudgets.programId, programs.id)}
        where ${and(eq(programs.planId, planId), perLine ? isNotNull(programBudgets.programId) : undefined)}
        group by ${sql.join(
          dims.flatMap((d) => d.group),
          sql`, `,
        )}
      ) g
    ) a
    where ${eq(plans.id, planId)}`);
  const [row] = (result as unknown as { rows: { budget: string }[] }).rows;
  return row ? JSON.parse(row.budget) : undefined;
}

/** The rows of planBudgetOf: none for a plan without programmes (or without such a plan). */
export async function budgetBreakdown(db: Db | Tx, planId: string, by: BudgetDimension[]) {
  return (await planBudgetOf(db, planId, by))?.rows ?? [];
}
