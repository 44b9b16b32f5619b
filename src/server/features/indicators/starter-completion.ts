import { and, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type Row, updateRecord } from '../../db/records.ts';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { CATALOG_ENTITY } from './repository.ts';
import { STARTER_CATALOG, type StarterIndicator } from './starter-catalog.ts';

type Text =
  | 'definitionEn'
  | 'definitionId'
  | 'numeratorLabel'
  | 'denominatorLabel'
  | 'numeratorLabelEn'
  | 'denominatorLabelEn';

/**
 * The starter text a stored entry still lacks: an installation seeded before a definition or label was
 * written (the U4SSC definitions, the English labels) gets it on the next seed. Filled by pairs that are
 * wholly empty, never over what someone wrote; English labels only beside the Indonesian ones they
 * translate.
 */
export function missingStarterText(stored: Row, starter: StarterIndicator): Partial<Record<Text, string>> {
  const changes: Partial<Record<Text, string>> = {};
  const fill = (keys: [Text, Text]) => {
    if (keys.some((k) => stored[k] != null || starter[k] == null)) return;
    for (const k of keys) changes[k] = starter[k] as string;
  };
  fill(['definitionEn', 'definitionId']);
  fill(['numeratorLabel', 'denominatorLabel']);
  const sameIndonesian = (['numeratorLabel', 'denominatorLabel'] as const).every(
    (k) => (changes[k] ?? stored[k]) === starter[k],
  );
  if (sameIndonesian) fill(['numeratorLabelEn', 'denominatorLabelEn']);
  return changes;
}

/**
 * Fill in the starter text the national catalogue's starter entries lack, audited, in the caller's
 * transaction. Returns how many entries were completed.
 */
export async function completeStarterCatalog(tx: Tx, actor: string): Promise<number> {
  const starters = new Map(STARTER_CATALOG.map((e) => [e.code, e]));
  const stored = await tx
    .select()
    .from(indicatorCatalog)
    .where(and(isNull(indicatorCatalog.regionId), inArray(indicatorCatalog.code, [...starters.keys()])))
    .for('update');
  let completed = 0;
  for (const row of stored) {
    const starter = starters.get(row.code);
    const changes = starter ? missingStarterText(row, starter) : {};
    if (Object.keys(changes).length === 0) continue;
    const ctx = { tx, actor, entity: CATALOG_ENTITY, scope: { regionId: null } };
    await updateRecord(ctx, indicatorCatalog, row, changes);
    completed++;
  }
  return completed;
}
