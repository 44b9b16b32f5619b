import type { PgTable } from 'drizzle-orm/pg-core';
import type { Row } from '../../db/records.ts';
import {
  indicatorAssessments,
  indicatorDataAvailability,
  indicatorMeasurements,
  indicatorTargets,
  planIndicatorPrograms,
  planIndicators,
} from '../../db/schema/indicator.ts';
import { opdUnits, people, positions } from '../../db/schema/organisation.ts';
import { elements, goals, missions, pillars, readinessScores, strategies } from '../../db/schema/plan.ts';
import {
  programBudgets,
  programKecamatan,
  programProgress,
  programReviews,
  programSupportingOpds,
  programs,
  programTargets,
} from '../../db/schema/program.ts';
import { kecamatan } from '../../db/schema/region.ts';
import { attendance, workshopPhases, workshopSessions } from '../../db/schema/workshop.ts';

export const PLAN_FORMAT = 'rancang-plan';
export const PLAN_FORMAT_VERSION = 1;

/**
 * One kind of record in a plan document (docs/plan-export-format.md). Export, import and validation all
 * walk these lists, so a record kind is described once.
 */
export interface Part {
  /** Key of the array in the document (under its parent record for nested parts). */
  key: string;
  table: PgTable;
  /** Column pointing at the parent record; the nesting says it, so the document leaves it out. */
  parentColumn: string;
  /** Columns the records are sorted by, ending with a unique one: two exports are byte-identical. */
  order: string[];
  children: Part[];
}

const part = (
  key: string,
  table: PgTable,
  parentColumn: string,
  order: string[],
  children: Part[] = [],
): Part => ({ key, table, parentColumn, order, children });

/** The region's organisation, exported whole with the plan. */
export const ORGANISATION_PARTS: Part[] = [
  part('kecamatan', kecamatan, 'regionId', ['code']),
  part('opdUnits', opdUnits, 'regionId', ['code']),
  part('people', people, 'regionId', ['id'], [part('positions', positions, 'personId', ['id'])]),
];

/** Everything that belongs to the plan, in an order that inserts parents before the rows naming them. */
export const PLAN_PARTS: Part[] = [
  part('missions', missions, 'planId', ['ordinal']),
  part('goals', goals, 'planId', ['ordinal']),
  part('pillars', pillars, 'planId', ['ordinal', 'key']),
  part('elements', elements, 'planId', ['pillarId', 'ordinal', 'key']),
  part('readinessScores', readinessScores, 'planId', ['pillarId', 'aspect']),
  part('strategies', strategies, 'planId', ['pillarId', 'ordinal']),
  part(
    'programs',
    programs,
    'planId',
    ['code'],
    [
      part('supportingOpds', programSupportingOpds, 'programId', ['opdId']),
      part('kecamatan', programKecamatan, 'programId', ['kecamatanId']),
      part('budgets', programBudgets, 'programId', ['year', 'source']),
      part('targets', programTargets, 'programId', ['year']),
      part('reviews', programReviews, 'programId', ['createdAt', 'id']),
      part('progress', programProgress, 'programId', ['year', 'quarter', 'id']),
    ],
  ),
  part(
    'indicators',
    planIndicators,
    'planId',
    ['id'],
    [
      part('targets', indicatorTargets, 'planIndicatorId', ['year']),
      part('assessments', indicatorAssessments, 'planIndicatorId', ['criterion']),
      part('availability', indicatorDataAvailability, 'planIndicatorId', ['opdId']),
      part('programs', planIndicatorPrograms, 'planIndicatorId', ['programId']),
      part('measurements', indicatorMeasurements, 'planIndicatorId', ['periodYear', 'id']),
    ],
  ),
  part(
    'workshopPhases',
    workshopPhases,
    'planId',
    ['phase'],
    [
      part(
        'sessions',
        workshopSessions,
        'phaseId',
        ['ordinal'],
        [part('attendance', attendance, 'sessionId', ['id'])],
      ),
    ],
  ),
];

/** A plan document: the region, its organisation, the catalogue entries used, the plan and its parts. */
export interface PlanDocument {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_FORMAT_VERSION;
  region: Row;
  catalogue: Row[];
  plan: Row;
  /** The organisation and plan parts, each under its Part key. */
  [part: string]: unknown;
}

/** The records of a part under a document node (the document itself for top-level parts). */
export const rowsOf = (node: Row, p: Part): Row[] => (node[p.key] as Row[] | undefined) ?? [];

/** Same order in every database: compare values plainly, never by the database's collation. */
export function compareBy(columns: string[]) {
  return (a: Row, b: Row) => {
    for (const c of columns) {
      const x = a[c];
      const y = b[c];
      if (x === y) continue;
      if (x === null || x === undefined) return -1;
      if (y === null || y === undefined) return 1;
      return (x as string | number) < (y as string | number) ? -1 : 1;
    }
    return 0;
  };
}

/** The canonical text of a document: the API download and the CLI file are byte-identical. */
export const serializePlanDocument = (doc: PlanDocument) => `${JSON.stringify(doc, null, 2)}\n`;
