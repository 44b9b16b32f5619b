import type { Command } from 'commander';
import { summariseDatabase } from '../../features/transfer/database-summary.ts';
import { action, databaseLabel, withDatabase } from '../run.ts';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('apply the database migrations this version ships (safe to run again)')
    .action(
      action(async () => {
        const { migration } = await withDatabase((database) => summariseDatabase(database.db));
        console.log(`Database is up to date at migration ${migration} (${databaseLabel()})`);
      }),
    );
}
