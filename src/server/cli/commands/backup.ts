import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { writeBackup } from '../../features/transfer/backup.ts';
import { progressReporter } from '../progress.ts';
import { action, withDatabase } from '../run.ts';

export function backupCommand(program: Command) {
  program
    .command('backup')
    .description(
      'write every row of the database to a gzip’d JSON-lines file (works on PGlite and PostgreSQL)',
    )
    .argument('<file>', 'the backup file to write, e.g. rancang-2026-11-28.jsonl.gz')
    .action(
      action(async (file: string) => {
        // Written beside the target and renamed at the end: a failed backup never leaves a half file.
        const partial = `${file}.partial`;
        const summary = await withDatabase(async (database) => {
          const progress = progressReporter('Backing up');
          try {
            const done = await writeBackup(database.db, createWriteStream(partial), {
              onProgress: progress.update,
            });
            await rename(partial, file);
            return done;
          } catch (error) {
            await rm(partial, { force: true });
            throw error;
          } finally {
            progress.stop();
          }
        });
        console.log(
          `Backed up ${summary.rows} rows of ${summary.tables} tables (schema ${summary.schemaMigration}) to ${file}`,
        );
      }),
    );
}
