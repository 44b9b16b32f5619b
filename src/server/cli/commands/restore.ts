import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { restoreBackup } from '../../features/transfer/backup.ts';
import { progressReporter } from '../progress.ts';
import { action, databaseLabel, withDatabase } from '../run.ts';

async function confirmed(question: string) {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

export function restoreCommand(program: Command) {
  program
    .command('restore')
    .description('replace ALL data of the database with a backup file (in one transaction)')
    .argument('<file>', 'a backup written by `rancang backup`')
    .option('--yes', 'do not ask for confirmation', false)
    .action(
      action(async (file: string, options: { yes: boolean }) => {
        await stat(file).catch(() => {
          throw new Error(`file not found: ${file}`);
        });
        const where = databaseLabel();
        if (
          !options.yes &&
          !(await confirmed(`This replaces every row of the ${where} with ${file}. Type "yes" to continue: `))
        )
          throw new Error('restore replaces all data: confirm with "yes", or run it with --yes');
        const summary = await withDatabase(async (database) => {
          const progress = progressReporter('Restoring');
          try {
            return await restoreBackup(database.db, createReadStream(file), { onProgress: progress.update });
          } finally {
            progress.stop();
          }
        });
        console.log(
          `Restored ${summary.rows} rows of ${summary.tables} tables from ${file} into the ${where}`,
        );
      }),
    );
}
