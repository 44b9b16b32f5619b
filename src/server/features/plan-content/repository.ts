import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { READINESS_ASPECTS } from '../../../shared/domain.ts';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow, type Row, type Scope } from '../../db/records.ts';
import { planIndicators } from '../../db/schema/indicator.ts';
import { elements, missions, pillars, plans, readinessScores, strategies } from '../../db/schema/plan.ts';
import { programs } from '../../db/schema/program.ts';

type Executor = Db | Tx;

const isUuid = (v: string) => z.uuid().safeParse(v).success;

/** Region and plan of a plan-bound record, so the audit log can be filtered by either. */
export async function planScope(db: Executor, planId: string): Promise<Scope> {
  const [plan] = await db.select({ regionId: plans.regionId }).from(plans).where(eq(plans.id, planId));
  return { planId, regionId: plan?.regionId ?? null };
}

export async function missionInPlan(db: Executor, planId: string, missionId: string) {
  const [row] = await db
    .select({ id: missions.id })
    .from(missions)
    .where(and(eq(missions.id, missionId), eq(missions.planId, planId)));
  return row !== undefined;
}

export async function pillarIdsOfPlan(db: Executor, planId: string) {
  const rows = await db.select({ id: pillars.id }).from(pillars).where(eq(pillars.planId, planId));
  return new Set(rows.map((r) => r.id));
}

export async function pillarsOfPlan(db: Executor, planId: string) {
  return db
    .select()
    .from(pillars)
    .where(eq(pillars.planId, planId))
    .orderBy(asc(pillars.ordinal), asc(pillars.key));
}

/**
 * A list filter on a pillar given by id or by key: keys are what people type, ids what clients hold.
 * The key is looked up within the record's own plan.
 */
export function pillarFilter(
  table: { planId: PgColumn; pillarId: PgColumn },
  pillar: unknown,
): SQL | undefined {
  if (typeof pillar !== 'string') return undefined;
  if (isUuid(pillar)) return eq(table.pillarId, pillar);
  return sql`${table.pillarId} in (select ${pillars.id} from ${pillars} where ${pillars.key} = ${pillar} and ${pillars.planId} = ${table.planId})`;
}

/** Sort records of a plan the way the document shows them: by their pillar's position first. */
export const pillarOrdinalOf = (pillarId: PgColumn) =>
  sql`(select ${pillars.ordinal} from ${pillars} where ${pillars.id} = ${pillarId})`;

/** Aspects in their declared order (struktur, infrastruktur, suprastruktur), not alphabetically. */
export const aspectOrder = sql`array_position(array[${sql.join(
  READINESS_ASPECTS.map((a) => sql`${a}`),
  sql`, `,
)}]::text[], ${readinessScores.aspect})`;

export async function listPlanElements(
  db: Executor,
  planId: string,
  options: { pillar?: string; limit: number; offset: number },
) {
  const where = and(eq(elements.planId, planId), pillarFilter(elements, options.pillar));
  const [items, [counted]] = await Promise.all([
    db
      .select(getTableColumns(elements))
      .from(elements)
      .innerJoin(pillars, eq(pillars.id, elements.pillarId))
      .where(where)
      .orderBy(asc(pillars.ordinal), asc(pillars.key), asc(elements.ordinal), asc(elements.key))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(elements).where(where),
  ]);
  return {
    items: items.map((r) => presentRow(elements, r)),
    total: Number(counted?.total ?? 0),
    limit: options.limit,
    offset: options.offset,
  };
}

/** Records elsewhere that a pillar's deletion would silently take with it. */
export async function pillarDependants(db: Executor, pillarId: string) {
  const count = sql<number>`count(*)::int`;
  const [[p], [i]] = await Promise.all([
    db.select({ n: count }).from(programs).where(eq(programs.pillarId, pillarId)),
    db.select({ n: count }).from(planIndicators).where(eq(planIndicators.pillarId, pillarId)),
  ]);
  return { programs: Number(p?.n ?? 0), indicators: Number(i?.n ?? 0) };
}

/** The plan-content records hanging under a pillar, locked, for a delete that audits each of them. */
export async function pillarContent(tx: Tx, pillarId: string) {
  const [readiness, strategyRows, elementRows] = await Promise.all([
    tx.select().from(readinessScores).where(eq(readinessScores.pillarId, pillarId)).for('update'),
    tx.select().from(strategies).where(eq(strategies.pillarId, pillarId)).for('update'),
    tx.select().from(elements).where(eq(elements.pillarId, pillarId)).for('update'),
  ]);
  return { readiness: readiness as Row[], strategies: strategyRows as Row[], elements: elementRows as Row[] };
}

export async function readinessOfPlan(db: Executor, planId: string, lock = false) {
  const query = db
    .select()
    .from(readinessScores)
    .where(eq(readinessScores.planId, planId))
    .orderBy(pillarOrdinalOf(readinessScores.pillarId), aspectOrder);
  return lock ? query.for('update') : query;
}
