import { eq, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { invalidField, notFound } from '../../errors.ts';
import { type CatalogRow, catalogToCsv } from './catalog-csv.ts';
import { catalogRows, findRegion } from './catalog-repository.ts';
import {
  CATALOG_COLUMNS,
  CATALOG_FORMAT,
  CATALOG_FORMAT_VERSION,
  type CatalogExportQuery,
} from './catalog-transfer-schema.ts';
import { plainDecimal } from './decimal.ts';
import { catalogWhere } from './repository.ts';

const DECIMALS = new Set<string>(['multiplier', 'minValue', 'maxValue']);

type Query = z.output<typeof CatalogExportQuery>;

/** The entries a query selects, as the strings a file holds (decimals without trailing zeros). */
export async function catalogForExport(db: Db, query: Omit<Query, 'format'>) {
  if (query.only === 'local' && !query.region)
    throw invalidField('region', 'is required to export only local indicators', 'query');
  const region = query.region ? await findRegion(db, query.region) : undefined;
  if (query.region && !region) throw notFound('region', query.region);
  const where = [
    ...catalogWhere({ source: query.source, theme: query.theme, region: region?.id }),
    query.only === 'local' && region ? eq(indicatorCatalog.regionId, region.id) : undefined,
    query.only === 'local' ? isNotNull(indicatorCatalog.regionId) : undefined,
  ];
  const rows = await catalogRows(db, where);
  return {
    regionCode: region?.code ?? null,
    rows: rows.map(
      (r) =>
        Object.fromEntries(
          CATALOG_COLUMNS.map((c) => {
            const v = (r as Record<string, unknown>)[c] as string | null;
            return [c, v !== null && DECIMALS.has(c) ? plainDecimal(v) : v];
          }),
        ) as CatalogRow,
    ),
  };
}

export async function exportCatalog(db: Db, query: Query) {
  const { regionCode, rows } = await catalogForExport(db, query);
  const name = `rancang-indicator-catalog${regionCode ? `-${regionCode}` : ''}`;
  if (query.format === 'csv')
    return { kind: 'csv' as const, fileName: `${name}.csv`, csv: catalogToCsv(rows), rows: rows.length };
  return {
    kind: 'json' as const,
    fileName: `${name}.json`,
    document: { format: CATALOG_FORMAT, version: CATALOG_FORMAT_VERSION, entries: rows } as const,
    rows: rows.length,
  };
}
