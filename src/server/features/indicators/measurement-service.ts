import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import {
  deleteRecord,
  getOrThrow,
  insertRecord,
  listPage,
  presentRow,
  type Row,
  updateRecord,
} from '../../db/records.ts';
import { indicatorCatalog, indicatorMeasurements, planIndicators } from '../../db/schema/indicator.ts';
import { plans } from '../../db/schema/plan.ts';
import { conflict, type FieldError, invalid, invalidField, staleVersion } from '../../errors.ts';
import { forbidden } from '../auth/problems.ts';
import { boundsError, fitsColumn, ratioValue } from './decimal.ts';
import { withEvidence } from './evidence-repository.ts';
import { seenBy } from './measurement-viewer.ts';
import { MEASUREMENT_ENTITY, measurementOrder, measurementWhere } from './repository.ts';
import type {
  MeasurementCreate,
  MeasurementQuery,
  MeasurementRecord,
  MeasurementReject,
  MeasurementUpdate,
  MeasurementVerify,
} from './schema.ts';
import { unitError } from './unit-match.ts';

type Create = z.output<typeof MeasurementCreate>;
type Update = z.output<typeof MeasurementUpdate>;
const entity = MEASUREMENT_ENTITY;
const table = indicatorMeasurements;
const field = (name: string, message: string): FieldError => ({ field: name, in: 'body', message });

interface Context {
  plan: Row;
  catalog: Row;
  scope: { planId: string; regionId: string };
}

/** The plan and catalogue entry of a selection, and the audit scope of its measurements. */
export async function contextOf(tx: Db | Tx, planIndicatorId: string): Promise<Context> {
  const selection = await getOrThrow(tx, planIndicators, 'plan indicator', planIndicatorId);
  const plan = await getOrThrow(tx, plans, 'plan', selection.planId as string);
  const catalog = await getOrThrow(tx, indicatorCatalog, 'indicator', selection.catalogId as string);
  return { plan, catalog, scope: { planId: plan.id as string, regionId: plan.regionId as string } };
}

interface ValueInput {
  value?: string;
  numerator?: string;
  denominator?: string;
}

/**
 * The value as it will be stored: given directly, or numerator / denominator × the catalogue multiplier
 * (numerator and denominator from the request, or kept from the stored measurement). Returns the columns
 * to write, or nothing when the request does not touch the value.
 */
function resolveValue(input: ValueInput, existing: Row | undefined, catalog: Row, errors: FieldError[]) {
  const ratioGiven = input.numerator !== undefined || input.denominator !== undefined;
  if (input.value !== undefined && ratioGiven) {
    errors.push(field('value', 'give either a value or a numerator and a denominator, not both'));
    return undefined;
  }
  if (input.value !== undefined) return { value: input.value, numerator: null, denominator: null };
  if (!ratioGiven) {
    if (!existing) errors.push(field('value', 'is required, or give a numerator and a denominator'));
    return undefined;
  }
  const numerator = input.numerator ?? (existing?.numerator as string | null | undefined);
  const denominator = input.denominator ?? (existing?.denominator as string | null | undefined);
  if (numerator == null) errors.push(field('numerator', 'is required with a denominator'));
  if (denominator == null) errors.push(field('denominator', 'is required with a numerator'));
  if (numerator == null || denominator == null) return undefined;
  const value = ratioValue(numerator, denominator, catalog.multiplier as string | null);
  if (!fitsColumn(value)) {
    errors.push(field('denominator', `numerator / denominator gives ${value}, too large to store`));
    return undefined;
  }
  return { value, numerator, denominator };
}

/** Rules on the measurement as it would be stored; returns the value columns to write. */
function measurementErrors(ctx: Context, input: Create | Update, existing?: Row) {
  const errors: FieldError[] = [];
  const wrongUnit = unitError(input.unit, ctx.catalog.unit as string);
  if (wrongUnit) errors.push(wrongUnit);
  const resolved = resolveValue(input, existing, ctx.catalog, errors);
  if (resolved) {
    const outside = boundsError(
      resolved.value,
      ctx.catalog as { minValue: string | null; maxValue: string | null },
    );
    const computed = resolved.numerator !== null ? ` (numerator / denominator gives ${resolved.value})` : '';
    if (outside) errors.push(field('value', `${outside}${computed}`));
  }
  const { plan } = ctx;
  const year = input.periodYear ?? (existing?.periodYear as number);
  if (
    input.periodYear !== undefined &&
    (year < (plan.periodStart as number) || year > (plan.periodEnd as number))
  )
    errors.push(field('periodYear', `must be within the plan period ${plan.periodStart}–${plan.periodEnd}`));
  const start =
    input.periodStart === undefined ? (existing?.periodStart as string | null) : input.periodStart;
  const end = input.periodEnd === undefined ? (existing?.periodEnd as string | null) : input.periodEnd;
  if (start && end && end < start) errors.push(field('periodEnd', 'must not be before periodStart'));
  if (errors.length > 0) throw invalid(errors);
  return resolved;
}

export async function listMeasurements(
  db: Db,
  planIndicatorId: string,
  query: z.output<typeof MeasurementQuery> & { limit: number; offset: number },
) {
  await getOrThrow(db, planIndicators, 'plan indicator', planIndicatorId);
  const found = await listPage(db, table, {
    where: measurementWhere(planIndicatorId, query),
    orderBy: measurementOrder,
    limit: query.limit,
    offset: query.offset,
  });
  return { ...found, items: await withEvidence(db, found.items as Stored[]) };
}

/** A measurement as stored; the API adds its evidence files. */
type Stored = Omit<MeasurementRecord, 'evidenceFiles'>;

/** One measurement with its files, as every route answers it (once told who reads it). */
export async function presentMeasurement(db: Db | Tx, row: Row): Promise<MeasurementRecord> {
  const [withFiles] = await withEvidence(db, [row as Stored]);
  return withFiles as MeasurementRecord;
}

/** The 409 of a stale write: the measurement as it stands, as the writer would read it. */
const stale = async (tx: Tx, existing: Row, actor: string) =>
  staleVersion(entity, seenBy(await presentMeasurement(tx, presentRow(table, existing)), actor));

export async function getMeasurement(db: Db, id: string) {
  return presentMeasurement(db, presentRow(table, await getOrThrow(db, table, 'measurement', id)));
}

export function createMeasurement(db: Db, actor: string, planIndicatorId: string, body: Create) {
  return db.transaction(async (tx) => {
    const ctx = await contextOf(tx, planIndicatorId);
    const resolved = measurementErrors(ctx, body);
    const created = await insertRecord({ tx, actor, entity, scope: ctx.scope }, table, {
      ...body,
      ...resolved,
      planIndicatorId,
      status: 'submitted',
      submittedAccount: actor,
    });
    return { ...(created as Stored), evidenceFiles: [] } as MeasurementRecord;
  });
}

/**
 * Any change makes the value a new submission by whoever made it: a verified figure that was edited
 * needs checking again, by someone else.
 */
export const resubmittedBy = (actor: string) => ({
  status: 'submitted',
  submittedAccount: actor,
  verifiedBy: null,
  verifiedAt: null,
  rejectionReason: null,
});

export function updateMeasurement(db: Db, actor: string, id: string, body: Update) {
  const { version, ...changes } = body;
  return db.transaction(async (tx) => {
    const existing = await getOrThrow(tx, table, 'measurement', id, true);
    if (version !== undefined && version !== existing.version) throw await stale(tx, existing, actor);
    const ctx = await contextOf(tx, existing.planIndicatorId as string);
    const resolved = measurementErrors(ctx, changes, existing);
    const updated = await updateRecord({ tx, actor, entity, scope: ctx.scope }, table, existing, {
      ...changes,
      ...resolved,
      ...resubmittedBy(actor),
    });
    return presentMeasurement(tx, updated);
  });
}

export function deleteMeasurement(db: Db, actor: string, id: string) {
  return db.transaction(async (tx) => {
    const existing = await getOrThrow(tx, table, 'measurement', id, true);
    const ctx = await contextOf(tx, existing.planIndicatorId as string);
    await deleteRecord({ tx, actor, entity, scope: ctx.scope }, table, existing);
  });
}

type Verdict =
  | ({ status: 'verified' } & z.output<typeof MeasurementVerify>)
  | ({ status: 'rejected' } & z.output<typeof MeasurementReject>);

/** A second person accepts or rejects a submitted value; the submitter cannot verify their own. */
export function judgeMeasurement(db: Db, actor: string, id: string, verdict: Verdict) {
  return db.transaction(async (tx) => {
    const existing = await getOrThrow(tx, table, 'measurement', id, true);
    if (verdict.version !== undefined && verdict.version !== existing.version)
      throw await stale(tx, existing, actor);
    if (existing.status !== 'submitted')
      throw conflict(`This measurement is already ${existing.status}; only a submitted one can be judged`);
    // The account decides: a typed name could be anyone's.
    if (existing.submittedAccount === actor)
      throw forbidden(
        'You submitted this value (or last changed it or its evidence): someone else must judge it',
      );
    const submitter = String(existing.submittedBy ?? '')
      .trim()
      .toLowerCase();
    if (submitter && submitter === verdict.verifiedBy.trim().toLowerCase())
      throw invalidField('verifiedBy', 'must be someone other than the person who submitted the value');
    const ctx = await contextOf(tx, existing.planIndicatorId as string);
    const judged = await updateRecord({ tx, actor, entity, scope: ctx.scope }, table, existing, {
      status: verdict.status,
      verifiedBy: verdict.verifiedBy,
      verifiedAt: sql`now()`,
      rejectionReason: verdict.status === 'rejected' ? verdict.reason : null,
    });
    return presentMeasurement(tx, judged);
  });
}
