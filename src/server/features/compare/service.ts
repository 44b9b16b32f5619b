import { DEFAULT_PILLARS, type PlanStatus } from '../../../shared/domain.ts';
import { rupiahCents, rupiahText } from '../../../shared/rupiah.ts';
import type { Db } from '../../db/client.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { type ComparisonRow, comparisonRows } from './repository.ts';
import type { RegionComparison } from './schema.ts';

type Region = RegionComparison['regions'][number];
type Column = RegionComparison['pillars'][number];

/**
 * The ministry's cross-regency view: every region the caller may see, with its current plan and that
 * plan's programmes, budget and readiness per pillar. `readable`: the regions whose unpublished plans the
 * caller may read (null: all, for the national roles); other regions show only if they have a published
 * plan. One statement does the counting and summing; here the rows are only put in shape.
 */
export function compareRegions(db: Db, readable: string[] | null): Promise<RegionComparison> {
  return readSnapshot(db, async (tx) => presentComparison(await comparisonRows(tx, readable)));
}

const DEFAULT_ORDER = new Map(DEFAULT_PILLARS.map((p, i) => [p.key, i]));

/** Rows of region × pillar (in region code order) to one entry per region with its pillars as columns. */
export function presentComparison(rows: ComparisonRow[]): RegionComparison {
  const columns = new Map<string, Column>(
    DEFAULT_PILLARS.map((p) => [p.key, { key: p.key, nameId: p.nameId, nameEn: p.nameEn }]),
  );
  const regions: Region[] = [];
  const totals = new Map<Region, bigint>();
  for (const row of rows) {
    let region = regions.at(-1);
    if (region?.id !== row.regionId) {
      region = {
        id: row.regionId,
        code: row.code,
        name: row.name,
        kind: row.kind,
        province: row.province,
        plan:
          row.planId === null
            ? null
            : {
                id: row.planId,
                title: row.title as string,
                status: row.status as PlanStatus,
                currentPhase: row.currentPhase,
                periodStart: row.periodStart as number,
                periodEnd: row.periodEnd as number,
                programCount: 0,
                budgetTotal: '0.00',
              },
        pillars: [],
      };
      regions.push(region);
      totals.set(region, 0n);
    }
    if (row.pillarKey === null || !region.plan) continue;
    if (!columns.has(row.pillarKey))
      columns.set(row.pillarKey, {
        key: row.pillarKey,
        nameId: row.pillarNameId as string,
        nameEn: row.pillarNameEn as string,
      });
    region.pillars.push({
      key: row.pillarKey,
      programCount: row.programCount,
      budgetTotal: row.budgetTotal,
      readinessAverage: row.readinessAverage,
    });
    region.plan.programCount += row.programCount;
    totals.set(region, (totals.get(region) ?? 0n) + rupiahCents(row.budgetTotal));
  }

  const extra = [...columns.keys()].filter((k) => !DEFAULT_ORDER.has(k)).sort();
  const order = new Map([...DEFAULT_ORDER.keys(), ...extra].map((k, i) => [k, i]));
  for (const region of regions) {
    region.pillars.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
    if (region.plan) region.plan.budgetTotal = rupiahText(totals.get(region) ?? 0n);
  }
  return { pillars: [...order.keys()].map((k) => columns.get(k) as Column), regions };
}
