import type { Db } from '../../db/client.ts';
import { countRows } from './backup-repository.ts';
import { BACKUP_TABLES } from './backup-tables.ts';
import { appliedMigration } from './schema-version.ts';

/** What a database holds: the schema migration it is at and the rows of each table. */
export async function summariseDatabase(db: Db) {
  const rows: Record<string, number> = {};
  for (const t of BACKUP_TABLES) rows[t.name] = await countRows(db, t);
  return { migration: (await appliedMigration(db))?.tag ?? null, rows };
}
