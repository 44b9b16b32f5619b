import { sql } from 'drizzle-orm';
import { progressReporter } from './cli/progress.ts';
import type { Database } from './db/client.ts';
import { regions } from './db/schema/region.ts';
import { createDemoAccounts } from './features/auth/demo-accounts.ts';
import { addMissingStarterEntries, starterCatalogReport } from './features/indicators/starter-seeding.ts';

/** Who the audit log names for what the server writes by itself when it starts. */
export const STARTUP_ACTOR = 'startup';

async function isEmpty(database: Database) {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(regions);
  return Number(row?.n ?? 0) === 0;
}

export interface StartupOptions {
  /** `auto` loads the demo into an empty database. */
  demo: 'auto' | 'off';
  log?: (line: string) => void;
}

/**
 * What `rancang serve` does to the migrated database before it listens: the demo into an empty one
 * (unless turned off), then the starter catalogue's missing entries, so that an installation without the
 * demo has indicators to select. Entries already there are kept as a regency or admin left them.
 */
export async function prepareDatabase(database: Database, { demo, log = console.log }: StartupOptions) {
  if (demo === 'auto' && (await isEmpty(database))) {
    const progress = progressReporter('Loading the Lake Toba demo');
    const started = Date.now();
    // Loaded only for an empty database: the demo's data modules stay out of every later start.
    const { loadDemo } = await import('../../demo/load.ts');
    await loadDemo(database, { onProgress: progress.update });
    await createDemoAccounts(database.db);
    progress.stop();
    log(`Demo loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const added = await addMissingStarterEntries(database.db, STARTUP_ACTOR);
  log(`Indicator catalogue: ${starterCatalogReport(added)}`);
  return { added };
}
