import { getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { columnValues, presentRow, type Row } from '../../db/records.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { opdUnits, people, positions } from '../../db/schema/organisation.ts';
import { plans } from '../../db/schema/plan.ts';
import { kecamatan, regions } from '../../db/schema/region.ts';
import { conflict } from '../../errors.ts';
import { parsePlanDocument } from './plan-document-schema.ts';
import { type Part, PLAN_PARTS, type PlanDocument, rowsOf } from './plan-parts.ts';
import {
  deletePlan,
  equals,
  findPlan,
  findRegionByIdOrCode,
  insertRows,
  selectIn,
  selectWhere,
} from './plan-repository.ts';
import type { Progress } from './progress.ts';

export interface ImportOptions {
  /** Replace a plan with the same id (deleted and imported again in the same transaction). */
  replace?: boolean;
  actor: string;
  onProgress?: Progress;
}

export interface ImportResult {
  planId: string;
  /** Rows inserted per table. */
  counts: Record<string, number>;
}

interface Batch {
  table: PgTable;
  rows: Row[];
}

/** Ids of the document mapped to the ids the target database already uses for the same record. */
type IdMap = Map<string, string>;

class Remapper {
  readonly region: IdMap = new Map();
  readonly kecamatan: IdMap = new Map();
  readonly opd: IdMap = new Map();
  readonly catalogue: IdMap = new Map();
  private readonly columns: Record<string, IdMap> = {
    regionId: this.region,
    kecamatanId: this.kecamatan,
    opdId: this.opd,
    leadOpdId: this.opd,
    producerOpdId: this.opd,
    catalogId: this.catalogue,
  };

  row(row: Row): Row {
    const out = { ...row };
    for (const [key, map] of Object.entries(this.columns)) {
      const value = out[key];
      if (typeof value === 'string') out[key] = map.get(value) ?? value;
    }
    return out;
  }
}

/**
 * Match a region-scoped list (kecamatan, OPDs) against the target: same id in the region, else same code.
 * Returns the records the target lacks.
 */
async function matchByCode(tx: Tx, table: PgTable, regionId: string, rows: Row[], map: IdMap) {
  const existing = await selectWhere(tx, table, equals(table, 'regionId', regionId));
  const byId = new Map(existing.map((r) => [r.id as string, r.id as string]));
  const byCode = new Map(existing.map((r) => [r.code as string, r.id as string]));
  const missing: Row[] = [];
  for (const row of rows) {
    const id = row.id as string;
    const match = byId.get(id) ?? byCode.get(row.code as string);
    map.set(id, match ?? id);
    if (!match) missing.push(row);
  }
  return missing;
}

async function missingById(tx: Tx, table: PgTable, rows: Row[]) {
  const found = await selectIn(
    tx,
    table,
    'id',
    rows.map((r) => r.id as string),
  );
  const ids = new Set(found.map((r) => r.id));
  return rows.filter((r) => !ids.has(r.id));
}

/** The region's organisation: existing records are kept as they are, missing ones are added. */
async function organisationBatches(tx: Tx, doc: PlanDocument, ids: Remapper): Promise<Batch[]> {
  const docRegion = doc.region;
  const region = await findRegionByIdOrCode(tx, docRegion.id as string, docRegion.code as string);
  const regionId = (region?.id as string | undefined) ?? (docRegion.id as string);
  ids.region.set(docRegion.id as string, regionId);
  const inRegion = (row: Row) => ({ ...row, regionId });

  const kec = await matchByCode(tx, kecamatan, regionId, doc.kecamatan as Row[], ids.kecamatan);
  const opds = await matchByCode(tx, opdUnits, regionId, doc.opdUnits as Row[], ids.opd);
  const docPeople = doc.people as Row[];
  const docPositions = docPeople.flatMap((p) =>
    (p.positions as Row[]).map((pos) => ({ ...pos, personId: p.id })),
  );
  const byId = await selectIn(
    tx,
    indicatorCatalog,
    'id',
    doc.catalogue.map((c) => c.id as string),
  );
  const byCode = await selectIn(
    tx,
    indicatorCatalog,
    'code',
    doc.catalogue.map((c) => c.code as string),
  );
  const catalogueMissing: Row[] = [];
  for (const entry of doc.catalogue) {
    const match = byId.find((r) => r.id === entry.id) ?? byCode.find((r) => r.code === entry.code);
    ids.catalogue.set(entry.id as string, (match?.id as string | undefined) ?? (entry.id as string));
    if (!match) catalogueMissing.push(entry);
  }
  return [
    { table: regions, rows: region ? [] : [docRegion] },
    { table: kecamatan, rows: kec.map(inRegion) },
    { table: opdUnits, rows: opds.map((o) => ids.row(inRegion(o))) },
    { table: people, rows: (await missingById(tx, people, docPeople)).map(inRegion) },
    { table: positions, rows: (await missingById(tx, positions, docPositions)).map((p) => ids.row(p)) },
    { table: indicatorCatalog, rows: catalogueMissing.map((c) => ids.row(c)) },
  ];
}

/** Every record of the parts under the given parents, parents before children. */
function partBatches(parts: Part[], parents: { node: Row; id: string }[], ids: Remapper, out: Batch[] = []) {
  for (const p of parts) {
    const rows: Row[] = [];
    const nodes: { node: Row; id: string }[] = [];
    for (const parent of parents) {
      for (const node of rowsOf(parent.node, p)) {
        rows.push(ids.row({ ...node, [p.parentColumn]: parent.id }));
        nodes.push({ node, id: node.id as string });
      }
    }
    out.push({ table: p.table, rows });
    partBatches(p.children, nodes, ids, out);
  }
  return out;
}

/**
 * Import a `rancang-plan` document in one transaction: the organisation is matched (by id, else by
 * BPS or OPD code) and completed, the plan is inserted with its ids, timestamps and versions.
 */
export async function importPlan(db: Db, input: unknown, options: ImportOptions): Promise<ImportResult> {
  const doc = parsePlanDocument(input);
  const planId = doc.plan.id as string;
  return db.transaction(async (tx) => {
    const existing = await findPlan(tx, planId, true);
    if (existing && !options.replace)
      throw conflict(`plan already exists (${planId}); import with replace to overwrite it`, { planId });
    if (existing) await deletePlan(tx, planId);

    const ids = new Remapper();
    const batches = await organisationBatches(tx, doc, ids);
    const plan = ids.row(doc.plan);
    batches.push({ table: plans, rows: [plan] });
    partBatches(PLAN_PARTS, [{ node: doc as Row, id: planId }], ids, batches);

    const total = batches.reduce((n, b) => n + b.rows.length, 0);
    const counts: Record<string, number> = {};
    let done = 0;
    for (const { table, rows } of batches) {
      const name = getTableName(table);
      counts[name] = (counts[name] ?? 0) + rows.length;
      const values = rows.map((r) => columnValues(table, r));
      await insertRows(tx, table, values, (n) => {
        done += n;
        options.onProgress?.(done, total, name);
      });
    }
    await recordAudit(tx, {
      actor: options.actor,
      action: 'import',
      entity: 'plan',
      entityId: planId,
      planId,
      regionId: plan.regionId as string,
      before: existing ? presentRow(plans, existing) : null,
      after: columnValues(plans, plan),
    });
    return { planId, counts };
  });
}
