import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars, plans } from '../../db/schema/plan.ts';
import { programBudgets, programs } from '../../db/schema/program.ts';
import { regions } from '../../db/schema/region.ts';
import type { BudgetDimension, BudgetRow } from './aggregate-schema.ts';
import { byCode, sourceOrder } from './repository.ts';

/** A rupiah sum as an exact decimal string with two decimals, zero when there is nothing to sum. */
const rupiahSum = (column: PgColumn | SQL) => sql<string>`round(coalesce(sum(${column}), 0), 2)::text`;
const countInt = (expr: SQL = sql`*`) => sql<number>`count(${expr})::int`;

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

export async function programCounts(db: Db | Tx, planId: string) {
  const byStatus = Object.fromEntries(
    REVIEW_STATUSES.map((s) => [
      s,
      sql<number>`(count(*) filter (where ${programs.reviewStatus} = ${s}))::int`,
    ]),
  ) as Record<ReviewStatus, SQL<number>>;
  const [row] = await db
    .select({
      programs: countInt(),
      quickWins: sql<number>`(count(*) filter (where ${programs.isQuickWin}))::int`,
      ...byStatus,
    })
    .from(programs)
    .where(eq(programs.planId, planId));
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

export function elementsWithoutPrograms(db: Db | Tx, planId: string) {
  return db
    .select({
      elementId: elements.id,
      key: elements.key,
      nameId: elements.nameId,
      nameEn: elements.nameEn,
      pillarId: pillars.id,
      pillarKey: pillars.key,
    })
    .from(elements)
    .innerJoin(pillars, eq(pillars.id, elements.pillarId))
    .where(
      and(
        eq(elements.planId, planId),
        sql`not exists (select 1 from ${programs} where ${and(eq(programs.planId, planId), eq(programs.elementId, elements.id))})`,
      ),
    )
    .orderBy(pillars.ordinal, elements.ordinal);
}

export function opdsWithoutPrograms(db: Db | Tx, planId: string, regionId: string) {
  return db
    .select({ opdId: opdUnits.id, code: opdUnits.code, name: opdUnits.name })
    .from(opdUnits)
    .where(
      and(
        eq(opdUnits.regionId, regionId),
        eq(opdUnits.active, true),
        sql`not exists (select 1 from ${programs} where ${and(eq(programs.leadOpdId, opdUnits.id), eq(programs.planId, planId))})`,
      ),
    )
    .orderBy(byCode(opdUnits.code));
}

interface Dimension {
  select: Record<string, PgColumn>;
  group: (PgColumn | SQL)[];
  order: (PgColumn | SQL)[];
  /** Grouping by it needs a budget line, not only a programme. */
  perLine?: boolean;
}

const dimensions: Record<BudgetDimension, Dimension> = {
  pillar: {
    select: { pillarId: pillars.id, pillarKey: pillars.key },
    group: [pillars.id, pillars.key, pillars.ordinal],
    order: [pillars.ordinal],
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
  },
  opd: {
    select: { opdId: opdUnits.id, opdCode: opdUnits.code, opdName: opdUnits.name },
    group: [opdUnits.id, opdUnits.code, opdUnits.name],
    order: [byCode(opdUnits.code)],
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
 * Budget of a plan's programmes grouped by one or two dimensions. Programmes without budget lines count
 * (with zero) under pillar, element and OPD; a year or a source exists only through budget lines.
 */
export async function budgetBreakdown(db: Db | Tx, planId: string, by: BudgetDimension[]) {
  const dims = by.map((d) => dimensions[d]);
  const perLine = dims.some((d) => d.perLine);
  const keys: Record<string, PgColumn> = Object.assign({}, ...dims.map((d) => d.select));
  const rows = await db
    .select({
      ...keys,
      programCount: countInt(sql`distinct ${programs.id}`),
      amount: rupiahSum(programBudgets.amount),
    })
    .from(programs)
    .innerJoin(pillars, eq(pillars.id, programs.pillarId))
    .innerJoin(elements, eq(elements.id, programs.elementId))
    .innerJoin(opdUnits, eq(opdUnits.id, programs.leadOpdId))
    .leftJoin(programBudgets, eq(programBudgets.programId, programs.id))
    .where(and(eq(programs.planId, planId), perLine ? isNotNull(programBudgets.programId) : undefined))
    .groupBy(...dims.flatMap((d) => d.group))
    .orderBy(...dims.flatMap((d) => d.order));
  return rows as unknown as BudgetRow[];
}
