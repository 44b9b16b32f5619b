import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidField } from '../../errors.ts';
import { importPlan } from '../../features/transfer/plan-import.ts';
import { progressReporter } from '../progress.ts';
import { action, CLI_ACTOR, withDatabase } from '../run.ts';

async function readDocument(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'ENOENT' ? `file not found: ${file}` : e.message);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidField('file', `is not valid JSON (${(error as Error).message})`);
  }
}

export function importCommand(program: Command) {
  program
    .command('import')
    .description('import a rancang-plan document (refused if the plan exists, unless --replace)')
    .argument('<file>', 'the JSON document, as `rancang export` or the API wrote it')
    .option('--replace', 'replace a plan with the same id', false)
    .action(
      action(async (file: string, options: { replace: boolean }) => {
        const doc = await readDocument(file);
        const result = await withDatabase(async (database) => {
          const progress = progressReporter('Importing');
          try {
            return await importPlan(database.db, doc, {
              actor: CLI_ACTOR,
              replace: options.replace,
              onProgress: progress.update,
            });
          } finally {
            progress.stop();
          }
        });
        const rows = Object.values(result.counts).reduce((n, c) => n + c, 0);
        console.log(
          `Imported plan ${result.planId}${options.replace ? ' (replacing the existing one)' : ''}: ${result.counts.programs ?? 0} programmes, ${rows} rows`,
        );
      }),
    );
}
