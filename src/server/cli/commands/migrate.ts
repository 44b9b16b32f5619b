import type { Command } from 'commander';
import { addMissingStarterEntries, starterCatalogReport } from '../../features/indicators/starter-seeding.ts';
import { summariseDatabase } from '../../features/transfer/database-summary.ts';
import { action, CLI_ACTOR, databaseLabel, withDatabase } from '../run.ts';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description(
      'apply the database migrations this version ships and add the missing starter catalogue entries (safe to run again)',
    )
    .action(
      action(async () => {
        const { migration, added } = await withDatabase(async (database) => {
          // After the schema, the starter catalogue: a new installation can select indicators at once.
          const added = await addMissingStarterEntries(database.db, CLI_ACTOR);
          return { ...(await summariseDatabase(database.db)), added };
        });
        console.log(`Database is up to date at migration ${migration} (${databaseLabel()})`);
        console.log(starterCatalogReport(added));
      }),
    );
}
