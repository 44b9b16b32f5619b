import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import {
  deleteRecord,
  getOrThrow,
  insertRecord,
  listPage,
  presentRow,
  type Row,
  updateRecord,
} from '../../db/records.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { conflict, type FieldError, invalid } from '../../errors.ts';
import { compareDecimal } from './decimal.ts';
import {
  CATALOG_ENTITY,
  type CatalogFilters,
  catalogOrder,
  catalogWhere,
  countSelections,
} from './repository.ts';
import type { CatalogEntryCreate, CatalogEntryOut, CatalogEntryUpdate } from './schema.ts';

const entity = CATALOG_ENTITY;
const scopeOf = (row: Row) => ({ regionId: (row.regionId as string | null) ?? null });

/** Rules on the whole entry as it would be stored: a local indicator has a region; min ≤ max. */
function catalogErrors(candidate: Row, existing?: Row): FieldError[] {
  const errors: FieldError[] = [];
  if (candidate.source === 'local' && !candidate.regionId)
    errors.push(
      existing
        ? { field: 'source', in: 'body', message: 'a national indicator cannot be marked local' }
        : { field: 'regionId', in: 'body', message: 'is required for a local indicator' },
    );
  const { minValue, maxValue } = candidate as { minValue: string | null; maxValue: string | null };
  if (minValue != null && maxValue != null && compareDecimal(maxValue, minValue) < 0)
    errors.push({ field: 'maxValue', in: 'body', message: `must not be below minValue (${minValue})` });
  return errors;
}

export async function listCatalog(db: Db, query: CatalogFilters & { limit: number; offset: number }) {
  const found = await listPage(db, indicatorCatalog, {
    where: catalogWhere(query),
    orderBy: catalogOrder,
    limit: query.limit,
    offset: query.offset,
  });
  return { ...found, items: found.items as CatalogEntryOut[] };
}

export async function getCatalogEntry(db: Db, id: string) {
  return presentRow(
    indicatorCatalog,
    await getOrThrow(db, indicatorCatalog, 'indicator', id),
  ) as CatalogEntryOut;
}

export function createCatalogEntry(db: Db, actor: string, body: z.output<typeof CatalogEntryCreate>) {
  return db.transaction(async (tx) => {
    const errors = catalogErrors(body);
    if (errors.length > 0) throw invalid(errors);
    return (await insertRecord(
      { tx, actor, entity, scope: scopeOf(body) },
      indicatorCatalog,
      body,
    )) as CatalogEntryOut;
  });
}

export function updateCatalogEntry(
  db: Db,
  actor: string,
  id: string,
  body: z.output<typeof CatalogEntryUpdate>,
) {
  const { version, ...changes } = body;
  return db.transaction(async (tx) => {
    const existing = await getOrThrow(tx, indicatorCatalog, 'indicator', id, true);
    const errors = catalogErrors({ ...existing, ...changes }, existing);
    if (errors.length > 0) throw invalid(errors);
    const updated = await updateRecord(
      { tx, actor, entity, scope: scopeOf(existing) },
      indicatorCatalog,
      existing,
      changes,
      version,
    );
    return updated as CatalogEntryOut;
  });
}

export function deleteCatalogEntry(db: Db, actor: string, id: string) {
  return db.transaction(async (tx) => {
    const existing = await getOrThrow(tx, indicatorCatalog, 'indicator', id, true);
    const selections = await countSelections(tx, id);
    if (selections > 0)
      throw conflict(
        `Indicator ${existing.code} is selected by ${selections} plan${selections === 1 ? '' : 's'}; remove it from them first`,
      );
    await deleteRecord({ tx, actor, entity, scope: scopeOf(existing) }, indicatorCatalog, existing);
  });
}
