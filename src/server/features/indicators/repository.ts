import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  isNull,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { INDICATOR_CRITERIA } from '../../../shared/domain.ts';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow } from '../../db/records.ts';
import {
  indicatorAssessments,
  indicatorCatalog,
  indicatorDataAvailability,
  indicatorMeasurements,
  indicatorTargets,
  planIndicatorPrograms,
  planIndicators,
} from '../../db/schema/indicator.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars } from '../../db/schema/plan.ts';
import { programs } from '../../db/schema/program.ts';
import { regions } from '../../db/schema/region.ts';
import { evidenceOf } from './evidence-repository.ts';

/** The only module of this feature with Drizzle queries. */

type Executor = Db | Tx;
type Criterion = (typeof indicatorAssessments.$inferSelect)['criterion'];

export const CATALOG_ENTITY = 'indicatorCatalogEntry';
export const PLAN_INDICATOR_ENTITY = 'planIndicator';
export const MEASUREMENT_ENTITY = 'indicatorMeasurement';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

// ---------------------------------------------------------------------------------------------- catalogue

export interface CatalogFilters {
  source?: (typeof indicatorCatalog.$inferSelect)['source'];
  theme?: (typeof indicatorCatalog.$inferSelect)['theme'];
  q?: string;
  region?: string;
}

/** National entries always; a regency's local ones only when its id or BPS code is given. */
export function catalogWhere(f: CatalogFilters): (SQL | undefined)[] {
  const regionId = f.region
    ? isUuid(f.region)
      ? sql`${f.region}::uuid`
      : sql`(select ${regions.id} from ${regions} where ${eq(regions.code, f.region)})`
    : undefined;
  return [
    regionId
      ? or(isNull(indicatorCatalog.regionId), sql`${indicatorCatalog.regionId} = ${regionId}`)
      : isNull(indicatorCatalog.regionId),
    f.source ? eq(indicatorCatalog.source, f.source) : undefined,
    f.theme ? eq(indicatorCatalog.theme, f.theme) : undefined,
    f.q
      ? or(
          ilike(indicatorCatalog.code, `%${f.q}%`),
          ilike(indicatorCatalog.nameId, `%${f.q}%`),
          ilike(indicatorCatalog.nameEn, `%${f.q}%`),
        )
      : undefined,
  ];
}

/** Clause numbers in numeric order (5.2 before 5.10), then codes. */
export const catalogOrder = [
  indicatorCatalog.source,
  sql`case when ${indicatorCatalog.reference} ~ '^[0-9]+([.][0-9]+)*$'
    then string_to_array(${indicatorCatalog.reference}, '.')::numeric[] end nulls last`,
  indicatorCatalog.code,
];

export async function countSelections(db: Executor, catalogId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(planIndicators)
    .where(eq(planIndicators.catalogId, catalogId));
  return Number(row?.n ?? 0);
}

/** Insert the entries whose code is not taken yet, each audited as created. */
export async function insertMissingCatalogEntries(
  tx: Tx,
  actor: string,
  entries: readonly (typeof indicatorCatalog.$inferInsert)[],
) {
  const codes = entries.map((e) => e.code);
  const taken = new Set(
    (
      await tx
        .select({ code: indicatorCatalog.code })
        .from(indicatorCatalog)
        .where(inArray(indicatorCatalog.code, codes))
    ).map((r) => r.code),
  );
  const missing = entries.filter((e) => !taken.has(e.code));
  if (missing.length === 0) return 0;
  const inserted = await tx
    .insert(indicatorCatalog)
    .values(missing)
    .onConflictDoNothing({ target: indicatorCatalog.code })
    .returning();
  for (const row of inserted)
    await recordAudit(tx, {
      actor,
      action: 'create',
      entity: CATALOG_ENTITY,
      entityId: row.id,
      regionId: row.regionId,
      after: presentRow(indicatorCatalog, row),
    });
  return inserted.length;
}

// ------------------------------------------------------------------------------------ references checks

export async function pillarInPlan(tx: Executor, pillarId: string, planId: string) {
  const rows = await tx
    .select({ id: pillars.id })
    .from(pillars)
    .where(and(eq(pillars.id, pillarId), eq(pillars.planId, planId)));
  return rows.length > 0;
}

export async function elementInPillar(tx: Executor, elementId: string, pillarId: string) {
  const rows = await tx
    .select({ id: elements.id })
    .from(elements)
    .where(and(eq(elements.id, elementId), eq(elements.pillarId, pillarId)));
  return rows.length > 0;
}

/** Which of these OPDs belong to the region. */
export async function opdsInRegion(tx: Executor, ids: string[], regionId: string) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx
    .select({ id: opdUnits.id })
    .from(opdUnits)
    .where(and(inArray(opdUnits.id, ids), eq(opdUnits.regionId, regionId)));
  return new Set(rows.map((r) => r.id));
}

/** Which of these programmes belong to the plan. */
export async function programsInPlan(tx: Executor, ids: string[], planId: string) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx
    .select({ id: programs.id })
    .from(programs)
    .where(and(inArray(programs.id, ids), eq(programs.planId, planId)));
  return new Set(rows.map((r) => r.id));
}

export async function selectionOf(tx: Executor, planId: string, catalogId: string) {
  const [row] = await tx
    .select({ id: planIndicators.id })
    .from(planIndicators)
    .where(and(eq(planIndicators.planId, planId), eq(planIndicators.catalogId, catalogId)));
  return row?.id;
}

export async function countMeasurements(tx: Executor, planIndicatorId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(indicatorMeasurements)
    .where(eq(indicatorMeasurements.planIndicatorId, planIndicatorId));
  return Number(row?.n ?? 0);
}

// -------------------------------------------------------------------------------------- plan indicators

export interface PlanIndicatorFilters {
  pillar?: string;
  element?: string;
  producer?: string;
  /** Indicators scored at most `failingMax` on this criterion. */
  failing?: Criterion;
  failingMax: number;
}

const selection = {
  ...getTableColumns(planIndicators),
  catalog: {
    code: indicatorCatalog.code,
    source: indicatorCatalog.source,
    theme: indicatorCatalog.theme,
    nameId: indicatorCatalog.nameId,
    nameEn: indicatorCatalog.nameEn,
    unit: indicatorCatalog.unit,
    direction: indicatorCatalog.direction,
    minValue: indicatorCatalog.minValue,
    maxValue: indicatorCatalog.maxValue,
    reference: indicatorCatalog.reference,
    multiplier: indicatorCatalog.multiplier,
    numeratorLabel: indicatorCatalog.numeratorLabel,
    denominatorLabel: indicatorCatalog.denominatorLabel,
    numeratorLabelEn: indicatorCatalog.numeratorLabelEn,
    denominatorLabelEn: indicatorCatalog.denominatorLabelEn,
  },
};

function selectionQuery(db: Executor, where: SQL | undefined) {
  return db
    .select(selection)
    .from(planIndicators)
    .innerJoin(indicatorCatalog, eq(indicatorCatalog.id, planIndicators.catalogId))
    .innerJoin(pillars, eq(pillars.id, planIndicators.pillarId))
    .where(where);
}

function planIndicatorWhere(planId: string, f: PlanIndicatorFilters) {
  return and(
    eq(planIndicators.planId, planId),
    f.pillar ? eq(planIndicators.pillarId, f.pillar) : undefined,
    f.element ? eq(planIndicators.elementId, f.element) : undefined,
    f.producer ? eq(planIndicators.producerOpdId, f.producer) : undefined,
    f.failing
      ? sql`exists (select 1 from ${indicatorAssessments} where ${and(
          eq(indicatorAssessments.planIndicatorId, planIndicators.id),
          eq(indicatorAssessments.criterion, f.failing),
          sql`${indicatorAssessments.score} <= ${f.failingMax}`,
        )})`
      : undefined,
  );
}

export async function listPlanIndicators(
  db: Executor,
  planId: string,
  filters: PlanIndicatorFilters,
  page: { limit: number; offset: number },
) {
  const where = planIndicatorWhere(planId, filters);
  const [rows, [counted]] = await Promise.all([
    selectionQuery(db, where)
      .orderBy(pillars.ordinal, indicatorCatalog.code)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(planIndicators).where(where),
  ]);
  return { items: await withDetails(db, rows), total: Number(counted?.total ?? 0), ...page };
}

/** Every indicator of a plan with its lists, in the list's order: plans select tens, not thousands. */
export async function loadAllPlanIndicators(db: Executor, planId: string) {
  const rows = await selectionQuery(db, eq(planIndicators.planId, planId)).orderBy(
    pillars.ordinal,
    indicatorCatalog.code,
  );
  return withDetails(db, rows);
}

export async function loadPlanIndicator(db: Executor, id: string) {
  const rows = await selectionQuery(db, eq(planIndicators.id, id));
  return (await withDetails(db, rows))[0];
}

export type PlanIndicatorRecord = Awaited<ReturnType<typeof withDetails>>[number];

/** Attach the nested lists and the latest measurement (with its files) to a page of selections, six queries in all. */
async function withDetails(db: Executor, rows: Awaited<ReturnType<typeof selectionQuery>>) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [targets, assessments, availability, links, latest] = await Promise.all([
    db
      .select()
      .from(indicatorTargets)
      .where(inArray(indicatorTargets.planIndicatorId, ids))
      .orderBy(indicatorTargets.year),
    db.select().from(indicatorAssessments).where(inArray(indicatorAssessments.planIndicatorId, ids)),
    db
      .select()
      .from(indicatorDataAvailability)
      .where(inArray(indicatorDataAvailability.planIndicatorId, ids)),
    db
      .select()
      .from(planIndicatorPrograms)
      .where(inArray(planIndicatorPrograms.planIndicatorId, ids))
      .orderBy(planIndicatorPrograms.programId),
    // A rejected value is not a result; the latest is the most recent period of the others.
    db
      .selectDistinctOn([indicatorMeasurements.planIndicatorId])
      .from(indicatorMeasurements)
      .where(
        and(
          inArray(indicatorMeasurements.planIndicatorId, ids),
          ne(indicatorMeasurements.status, 'rejected'),
        ),
      )
      .orderBy(
        indicatorMeasurements.planIndicatorId,
        desc(indicatorMeasurements.periodYear),
        sql`${indicatorMeasurements.periodEnd} desc nulls last`,
        desc(indicatorMeasurements.createdAt),
      ),
  ]);
  const files = await evidenceOf(
    db,
    latest.map((m) => m.id),
  );
  const criterionOrder = (c: Criterion) => INDICATOR_CRITERIA.indexOf(c);
  return rows.map((row) => ({
    ...presentRow(planIndicators, row),
    targets: targets.filter((t) => t.planIndicatorId === row.id).map(({ year, value }) => ({ year, value })),
    assessments: assessments
      .filter((a) => a.planIndicatorId === row.id)
      .sort((a, b) => criterionOrder(a.criterion) - criterionOrder(b.criterion))
      .map(({ criterion, score, rationale }) => ({ criterion, score, rationale })),
    availability: availability
      .filter((a) => a.planIndicatorId === row.id)
      .map(({ opdId, status, note }) => ({ opdId, status, note })),
    programIds: links.filter((l) => l.planIndicatorId === row.id).map((l) => l.programId),
    latestMeasurement: ((m) =>
      m ? { ...presentRow(indicatorMeasurements, m), evidenceFiles: files.get(m.id) ?? [] } : null)(
      latest.find((m) => m.planIndicatorId === row.id),
    ),
  }));
}

export async function insertPlanIndicatorRow(tx: Tx, values: typeof planIndicators.$inferInsert) {
  const [row] = await tx.insert(planIndicators).values(values).returning({ id: planIndicators.id });
  if (!row) throw new Error('insert into plan_indicators returned nothing');
  return row.id;
}

/** Change the selection's own columns and bump its version, also when only its lists changed. */
export async function touchPlanIndicatorRow(
  tx: Tx,
  id: string,
  changes: Partial<typeof planIndicators.$inferInsert>,
) {
  await tx
    .update(planIndicators)
    .set({ ...changes, version: sql`${planIndicators.version} + 1`, updatedAt: sql`now()` })
    .where(eq(planIndicators.id, id));
}

export async function lockPlanIndicatorRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(planIndicators).where(eq(planIndicators.id, id)).for('update');
  return row;
}

export async function deletePlanIndicatorRow(tx: Tx, id: string) {
  await tx.delete(planIndicators).where(eq(planIndicators.id, id));
}

export interface SelectionLists {
  targets?: { year: number; value: string }[];
  assessments?: { criterion: Criterion; score: number; rationale?: string | null }[];
  availability?: {
    opdId: string;
    status: (typeof indicatorDataAvailability.$inferSelect)['status'];
    note?: string | null;
  }[];
  programIds?: string[];
}

/** Replace each list that was given; a list left out stays as it is. */
export async function replaceLists(tx: Tx, planIndicatorId: string, lists: SelectionLists) {
  const id = planIndicatorId;
  if (lists.targets) {
    await tx.delete(indicatorTargets).where(eq(indicatorTargets.planIndicatorId, id));
    if (lists.targets.length > 0)
      await tx.insert(indicatorTargets).values(lists.targets.map((t) => ({ planIndicatorId: id, ...t })));
  }
  if (lists.assessments) {
    await tx.delete(indicatorAssessments).where(eq(indicatorAssessments.planIndicatorId, id));
    if (lists.assessments.length > 0)
      await tx
        .insert(indicatorAssessments)
        .values(
          lists.assessments.map((a) => ({ planIndicatorId: id, ...a, rationale: a.rationale ?? null })),
        );
  }
  if (lists.availability) {
    await tx.delete(indicatorDataAvailability).where(eq(indicatorDataAvailability.planIndicatorId, id));
    if (lists.availability.length > 0)
      await tx
        .insert(indicatorDataAvailability)
        .values(lists.availability.map((a) => ({ planIndicatorId: id, ...a, note: a.note ?? null })));
  }
  if (lists.programIds) {
    await tx.delete(planIndicatorPrograms).where(eq(planIndicatorPrograms.planIndicatorId, id));
    if (lists.programIds.length > 0)
      await tx
        .insert(planIndicatorPrograms)
        .values(lists.programIds.map((programId) => ({ planIndicatorId: id, programId })));
  }
}

// ----------------------------------------------------------------------------------------- measurements

export function measurementWhere(planIndicatorId: string, f: { status?: string; year?: number }) {
  return [
    eq(indicatorMeasurements.planIndicatorId, planIndicatorId),
    f.status
      ? eq(indicatorMeasurements.status, f.status as (typeof indicatorMeasurements.$inferSelect)['status'])
      : undefined,
    f.year ? eq(indicatorMeasurements.periodYear, f.year) : undefined,
  ];
}

export const measurementOrder = [
  desc(indicatorMeasurements.periodYear),
  sql`${indicatorMeasurements.periodEnd} desc nulls last`,
  asc(indicatorMeasurements.createdAt),
];
