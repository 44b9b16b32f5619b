import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgNumeric, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
  MATURITY_MAX,
  MATURITY_MIN,
  PROGRAM_HORIZONS,
  WORKSHOP_PHASES,
  YEAR_MAX,
  YEAR_MIN,
} from '../../../shared/domain.ts';
import type { Row } from '../../db/records.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { plans } from '../../db/schema/plan.ts';
import { regions } from '../../db/schema/region.ts';
import { type FieldError, invalid } from '../../errors.ts';
import {
  ORGANISATION_PARTS,
  type Part,
  PLAN_FORMAT,
  PLAN_FORMAT_VERSION,
  PLAN_PARTS,
  type PlanDocument,
  rowsOf,
} from './plan-parts.ts';

/**
 * The Zod schema of a plan document, derived from the Drizzle tables so that it follows the data model,
 * plus the value rules of the CHECK constraints that a person editing a file is likely to break. A bad
 * document is refused before anything is written, naming the path of each bad field.
 */

const decimal = (column: PgNumeric<never>) => {
  const scale = column.scale ?? 0;
  const digits = (column.precision ?? 30) - scale;
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  return z
    .string()
    .regex(new RegExp(`^-?\\d{1,${digits}}${fraction}$`), 'must be a decimal number in a string');
};

const nonNegative = (s: z.ZodString) => s.refine((v) => !v.startsWith('-'), 'must not be negative');
const oneOfNumbers = (values: readonly number[]) =>
  z
    .number()
    .int()
    .refine((v) => values.includes(v), `must be one of ${values.join(', ')}`);
const score = z.number().int().min(MATURITY_MIN).max(MATURITY_MAX);

/** Stricter schemas for some columns, keyed `table.property`; they mirror the database's CHECKs. */
const columnRules: Record<string, (base: z.ZodType) => z.ZodType> = {
  'program_budgets.amount': (b) => nonNegative(b as z.ZodString),
  'program_progress.budgetRealised': (b) => nonNegative(b as z.ZodString),
  'program_progress.realisationPercent': (b) =>
    (b as z.ZodString).refine((v) => Number(v) >= 0 && Number(v) <= 100, 'must be between 0 and 100'),
  'program_progress.quarter': () => z.number().int().min(1).max(4),
  'programs.horizon': () => oneOfNumbers(PROGRAM_HORIZONS),
  'readiness_scores.score': () => score,
  'indicator_assessments.score': () => z.number().int().min(1).max(5),
  'workshop_phases.phase': () => oneOfNumbers(WORKSHOP_PHASES),
  'plans.currentPhase': () => oneOfNumbers(WORKSHOP_PHASES),
  'plans.periodStart': () => z.number().int().min(YEAR_MIN).max(YEAR_MAX),
  'regions.population': () => z.number().int().min(0),
  'kecamatan.population': () => z.number().int().min(0),
};

/**
 * Columns added after version 1 of the format was published, keyed `table.property`. A version 1
 * document written before them leaves them out; they import empty. Only columns that may be empty.
 */
const ADDED_SINCE_VERSION_1 = new Set([
  'indicator_measurements.submittedAccount',
  'indicator_catalog.numeratorLabelEn',
  'indicator_catalog.denominatorLabelEn',
]);

function columnSchema(tableName: string, key: string, column: PgColumn): z.ZodType {
  let s: z.ZodType;
  switch (column.columnType) {
    case 'PgUUID':
      s = z.guid();
      break;
    case 'PgText':
      s = column.enumValues?.length ? z.enum(column.enumValues as [string, ...string[]]) : z.string();
      break;
    case 'PgInteger':
      s = z.number().int().min(-2147483648).max(2147483647);
      break;
    case 'PgSmallInt':
      s = z.number().int().min(-32768).max(32767);
      break;
    case 'PgNumeric':
      s = decimal(column as PgNumeric<never>);
      break;
    case 'PgBoolean':
      s = z.boolean();
      break;
    case 'PgTimestampString':
      s = z.iso.datetime({ offset: true });
      break;
    case 'PgDateString':
      s = z.iso.date();
      break;
    default:
      throw new Error(`plan documents cannot hold ${tableName}.${key} (${column.columnType})`);
  }
  const rule = columnRules[`${tableName}.${key}`];
  if (rule) s = rule(s);
  if (column.notNull) return s;
  return ADDED_SINCE_VERSION_1.has(`${tableName}.${key}`) ? s.nullable().optional() : s.nullable();
}

/** A record of a table as the document holds it: every column but the parent link, nothing else. */
function rowSchema(table: PgTable, omit?: string, extra: Record<string, z.ZodType> = {}) {
  const name = getTableName(table);
  const shape: Record<string, z.ZodType> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)))
    if (key !== omit) shape[key] = columnSchema(name, key, column);
  return z.strictObject({ ...shape, ...extra });
}

const partSchema = (p: Part): z.ZodType =>
  z.array(
    rowSchema(p.table, p.parentColumn, Object.fromEntries(p.children.map((c) => [c.key, partSchema(c)]))),
  );

const partsShape = (parts: Part[]) => Object.fromEntries(parts.map((p) => [p.key, partSchema(p)]));

export const PlanDocumentSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_FORMAT_VERSION),
  region: rowSchema(regions),
  ...partsShape(ORGANISATION_PARTS),
  catalogue: z.array(rowSchema(indicatorCatalog)),
  plan: rowSchema(plans),
  ...partsShape(PLAN_PARTS),
});

/** Which part of the document a reference column must point into. */
const referenceTargets: Record<string, string> = {
  kecamatanId: 'kecamatan',
  opdId: 'opdUnits',
  leadOpdId: 'opdUnits',
  producerOpdId: 'opdUnits',
  personId: 'people',
  catalogId: 'catalogue',
  missionId: 'missions',
  pillarId: 'pillars',
  elementId: 'elements',
  programId: 'programs',
};

interface Visit {
  part: Part;
  row: Row;
  path: (string | number)[];
}

function* walk(parts: Part[], node: Row, path: (string | number)[]): Generator<Visit> {
  for (const p of parts) {
    for (const [i, row] of rowsOf(node, p).entries()) {
      const at = [...path, p.key, i];
      yield { part: p, row, path: at };
      yield* walk(p.children, row, at);
    }
  }
}

/** References that must resolve inside the document, duplicates, and the plan's own consistency. */
function referenceErrors(doc: PlanDocument): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (path: (string | number)[], message: string) =>
    errors.push({ field: path.join('.'), in: 'body', message });
  const visits = [...walk(ORGANISATION_PARTS, doc, []), ...walk(PLAN_PARTS, doc, [])];
  const catalogueVisits = doc.catalogue.map((row, i) => ({ row, path: ['catalogue', i] }));

  const ids = new Map<string, Map<string, Row>>([
    ['catalogue', new Map(doc.catalogue.map((r) => [r.id as string, r]))],
  ]);
  const seen = new Map<string, string>();
  for (const { part: p, row, path } of visits) {
    if (path.length === 2) {
      const byId = ids.get(p.key) ?? new Map<string, Row>();
      ids.set(p.key, byId);
      if (typeof row.id === 'string') byId.set(row.id, row);
    }
    // Ids are unique in their table; link rows are unique under their parent by their natural key.
    const key =
      'id' in row
        ? `${getTableName(p.table)}:${row.id}`
        : `${getTableName(p.table)}:${path.slice(0, -2).join('.')}:${p.order.map((c) => row[c]).join('|')}`;
    const first = seen.get(key);
    if (first) fail('id' in row ? [...path, 'id'] : path, `duplicates ${first}`);
    else seen.set(key, path.join('.'));
  }

  const regionId = doc.region.id;
  if (doc.plan.regionId !== regionId) fail(['plan', 'regionId'], 'must be the id of the document region');
  for (const { row, path } of catalogueVisits)
    if (row.regionId !== null && row.regionId !== regionId)
      fail([...path, 'regionId'], 'must be null or the id of the document region');

  for (const { part: p, row, path } of visits) {
    for (const [column, target] of Object.entries(referenceTargets)) {
      if (column === p.parentColumn || !(column in row) || row[column] === null) continue;
      if (!ids.get(target)?.has(row[column] as string))
        fail(
          [...path, column],
          `refers to ${target} ${String(row[column])}, which the document does not contain`,
        );
    }
    const element = ids.get('elements')?.get(row.elementId as string);
    if (element && 'pillarId' in row && element.pillarId !== row.pillarId)
      fail([...path, 'elementId'], 'is an element of another pillar');
  }
  const plan = doc.plan;
  if ((plan.periodEnd as number) < (plan.periodStart as number))
    fail(['plan', 'periodEnd'], 'must not be before periodStart');
  return errors;
}

const issuePath = (path: PropertyKey[]) => path.map(String).join('.') || 'body';

/** Check a document; throws a 400 problem naming every bad field (`programs.12.budgets.0.amount`). */
export function parsePlanDocument(input: unknown): PlanDocument {
  const parsed = PlanDocumentSchema.safeParse(input);
  if (!parsed.success)
    throw invalid(
      parsed.error.issues.map((i) => ({ field: issuePath(i.path), in: 'body', message: i.message })),
    );
  const doc = parsed.data as unknown as PlanDocument;
  const errors = referenceErrors(doc);
  if (errors.length > 0) throw invalid(errors);
  return doc;
}
