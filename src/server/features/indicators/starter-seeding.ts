import type { Db } from '../../db/client.ts';
import { STARTER_CATALOG, seedStarterCatalog } from './starter-catalog.ts';

/**
 * The starter catalogue's missing entries added in a transaction of their own, as `rancang serve` and
 * `rancang migrate` do on every run: an entry already there, edited or not, is left as it is.
 */
export const addMissingStarterEntries = (db: Db, actor: string) =>
  db.transaction((tx) => seedStarterCatalog(tx, actor));

/** The line the commands print after adding the starter catalogue (as `rancang catalog seed` words it). */
export const starterCatalogReport = (added: number) =>
  `Added ${added} starter catalogue entries (${STARTER_CATALOG.length - added} were already there)`;
