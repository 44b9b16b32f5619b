import type { Command } from 'commander';
import { summariseDatabase } from '../../features/transfer/database-summary.ts';
import { progressReporter } from '../progress.ts';
import { action, withDatabase } from '../run.ts';

export function demoCommand(program: Command) {
  program
    .command('demo')
    .description('load the demo (Tapanuli Utara and the Lake Toba regencies) into an empty database')
    .action(
      action(async () => {
        const rows = await withDatabase(async (database) => {
          const before = await summariseDatabase(database.db);
          if ((before.rows.regions ?? 0) > 0)
            throw new Error(
              `the database already has ${before.rows.regions} region(s); the demo loads only into an empty database (back it up and restore onto an empty one, or set RANCANG_DATA to a new folder)`,
            );
          // Loaded here, not with every command: the demo's data modules are not small.
          const { loadDemo } = await import('../../../../demo/load.ts');
          const progress = progressReporter('Loading the demo');
          try {
            await loadDemo(database, { onProgress: progress.update });
          } finally {
            progress.stop();
          }
          return (await summariseDatabase(database.db)).rows;
        });
        console.log(
          `Demo loaded: ${rows.regions} regions, ${rows.plans} plans, ${rows.programs} programmes, ${rows.plan_indicators} plan indicators`,
        );
      }),
    );
}
