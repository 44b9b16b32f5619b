import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client.ts';
import { latestMigrationMillis } from './backup-repository.ts';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/** The migrations this version of Rancang ships (drizzle-kit's journal), oldest first. */
export const MIGRATIONS: JournalEntry[] = (
  JSON.parse(readFileSync(new URL('../../db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as {
    entries: JournalEntry[];
  }
).entries;

/** The latest migration applied to the database, by its tag (e.g. `0000_initial`); null when none is. */
export async function appliedMigration(db: Db): Promise<JournalEntry | null> {
  const when = await latestMigrationMillis(db);
  if (when === null) return null;
  return (
    MIGRATIONS.find((m) => m.when === when) ?? { idx: Number.POSITIVE_INFINITY, when, tag: `unknown-${when}` }
  );
}
