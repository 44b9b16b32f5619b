import { rename, rm, writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
// Types only: the document code (docx, ECharts, resvg) loads when the command runs, not with every
// command, `rancang serve` included (bench: ≈ 75 MB of the server's memory).
import type { DocumentFormat } from '../../features/documents/document-service.ts';
import { DOCUMENT_FORMATS } from '../../features/documents/formats.ts';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../features/documents/words.ts';
import { progressReporter } from '../progress.ts';
import { action, withDatabase } from '../run.ts';

interface Options {
  format: DocumentFormat;
  out: string;
  lang: DocumentLanguage;
  summary?: boolean;
}

export function documentCommand(program: Command) {
  program
    .command('document')
    .description("write a plan's master plan (or its executive summary) as DOCX or PDF, built from its data")
    .argument('<planId>', 'id of the plan')
    .addOption(new Option('-f, --format <format>', 'file format').choices(DOCUMENT_FORMATS).default('docx'))
    .requiredOption('-o, --out <file>', 'the file to write')
    .addOption(
      new Option('-l, --lang <lang>', 'language of the document').choices(DOCUMENT_LANGUAGES).default('id'),
    )
    .option('--summary', 'the executive summary instead of the whole master plan (DOCX only)')
    .action(
      action(async (planId: string, options: Options) => {
        if (options.summary && options.format !== 'docx')
          throw new Error(
            'the executive summary is written as DOCX only: leave out --format or use --format docx',
          );
        const progress = progressReporter(
          `Writing the ${options.summary ? 'executive summary' : 'master plan'}`,
        );
        const { buildPlanDocument } = await import('../../features/documents/document-service.ts');
        const file = await withDatabase(async (database) => {
          try {
            return await buildPlanDocument(database.db, planId, {
              kind: options.summary ? 'summary' : 'master-plan',
              format: options.format,
              lang: options.lang,
              onProgress: progress.update,
            });
          } finally {
            progress.stop();
          }
        });
        // Written beside the target and renamed at the end: a failed write never leaves a half file.
        const partial = `${options.out}.partial`;
        try {
          await writeFile(partial, file.content);
          await rename(partial, options.out);
        } catch (error) {
          await rm(partial, { force: true });
          throw error;
        }
        console.log(
          `Wrote ${options.out} (${options.format.toUpperCase()}, ${file.programs} programmes, ${file.content.length} bytes)`,
        );
      }),
    );
}
