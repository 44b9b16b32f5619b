import type { SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import { presentRow, type Row } from '../../db/records.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { plans } from '../../db/schema/plan.ts';
import { regions } from '../../db/schema/region.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { invalidField, notFound } from '../../errors.ts';
import {
  compareBy,
  ORGANISATION_PARTS,
  type Part,
  PLAN_FORMAT,
  PLAN_FORMAT_VERSION,
  PLAN_PARTS,
  type PlanDocument,
} from './plan-parts.ts';
import { catalogueOfPlan, childOf, equals, findPlan, findRegion, selectWhere } from './plan-repository.ts';

/** The records of a part grouped by their parent's id, each with its own children nested. */
async function readPart(tx: Tx, p: Part, parent: PgTable, parentWhere: SQL): Promise<Map<string, Row[]>> {
  const where = childOf(tx, p.table, p.parentColumn, parent, parentWhere);
  const rows = await selectWhere(tx, p.table, where);
  const children: Map<string, Row[]>[] = [];
  for (const c of p.children) children.push(await readPart(tx, c, p.table, where));
  // Sort the presented values: timestamps then compare at the precision the document keeps.
  const presented = rows.map((r) => presentRow(p.table, r)).sort(compareBy(p.order));
  const groups = new Map<string, Row[]>();
  for (const row of presented) {
    const { [p.parentColumn]: parentId, ...node } = row;
    for (const [i, c] of p.children.entries()) node[c.key] = children[i]?.get(row.id as string) ?? [];
    const group = groups.get(parentId as string) ?? [];
    group.push(node);
    groups.set(parentId as string, group);
  }
  return groups;
}

async function readParts(tx: Tx, parts: Part[], root: PgTable, rootId: string) {
  const out: Record<string, Row[]> = {};
  for (const p of parts)
    out[p.key] = (await readPart(tx, p, root, equals(root, 'id', rootId))).get(rootId) ?? [];
  return out;
}

/** A plan and everything belonging to it, with its region's organisation, as a `rancang-plan` document. */
export async function exportPlan(db: Db, planId: string): Promise<PlanDocument> {
  if (!z.guid().safeParse(planId).success) throw invalidField('id', 'must be a UUID', 'path');
  // One repeatable-read transaction: the document is a consistent snapshot even while people edit.
  return readSnapshot(db, async (tx) => {
    const plan = await findPlan(tx, planId);
    if (!plan) throw notFound('plan', planId);
    const regionId = plan.regionId as string;
    const region = await findRegion(tx, regionId);
    if (!region) throw notFound('region', regionId);
    const organisation = await readParts(tx, ORGANISATION_PARTS, regions, regionId);
    const catalogue = (await catalogueOfPlan(tx, planId))
      .map((r) => presentRow(indicatorCatalog, r))
      .sort(compareBy(['code']));
    const parts = await readParts(tx, PLAN_PARTS, plans, planId);
    return {
      format: PLAN_FORMAT,
      version: PLAN_FORMAT_VERSION,
      region: presentRow(regions, region),
      ...organisation,
      catalogue,
      plan: presentRow(plans, plan),
      ...parts,
    };
  });
}

/** A file name safe on every system: `rancang-plan-<title>-<id prefix>.json`. */
export function planFileName(doc: PlanDocument) {
  const slug = String(doc.plan.title)
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `rancang-plan-${slug || 'plan'}-${String(doc.plan.id).slice(0, 8)}.json`;
}
