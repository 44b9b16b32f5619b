import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
// The workbook code (ExcelJS) loads when a worksheet command runs, not with every command, `rancang
// serve` included. IMPORT_MODES comes with the import service, which the server's routes load anyway.
import {
  IMPORT_MODES,
  type ImportMode,
  type ImportReport,
} from '../../features/worksheets/import-service.ts';
import { WORKSHEET_LANGUAGES, type WorksheetLanguage } from '../../features/worksheets/words.ts';
import { action, CLI_ACTOR, withDatabase } from '../run.ts';

/** The command line acts as the platform admin: whoever can open the database may change every row. */
const CLI_ROLES = [{ role: 'platform_admin' as const, regionId: null, opdId: null }];

function printReport(report: ImportReport, dryRun: boolean) {
  const counts = `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`;
  if (report.applied) console.log(`Imported the worksheet: ${counts}`);
  else if (dryRun) console.log(`Checked the worksheet (dry run, nothing written): ${counts}`);
  else
    console.log(`Nothing written: the worksheet has ${report.problems.length} problem(s) (rows: ${counts})`);
  if (report.problems.length === 0) return;
  console.log(
    report.applied
      ? `Rows with a problem were skipped (${report.problems.length}):`
      : `Problems${dryRun ? '' : '; fix them, or import with --mode valid to write the valid rows'}:`,
  );
  for (const p of report.problems)
    console.log(
      p.row > 0 ? `  ${p.sheet}, row ${p.row}, column ${p.column}: ${p.message}` : `  ${p.message}`,
    );
}

export function worksheetCommand(program: Command) {
  const worksheet = program
    .command('worksheet')
    .description("write a plan's worksheet (XLSX) for offline group work, or import a filled-in one");

  worksheet
    .command('export')
    .description('write the worksheet: instructions, a sheet per pillar, readiness and indicators')
    .argument('<planId>', 'id of the plan')
    .requiredOption('-o, --out <file>', 'the .xlsx file to write')
    .addOption(
      new Option('-l, --lang <lang>', 'language of the worksheet').choices(WORKSHEET_LANGUAGES).default('id'),
    )
    .action(
      action(async (planId: string, options: { out: string; lang: WorksheetLanguage }) => {
        const { buildWorksheet } = await import('../../features/worksheets/export-service.ts');
        const file = await withDatabase((database) => buildWorksheet(database.db, planId, options.lang));
        // Written beside the target and renamed at the end: a failed write never leaves a half file.
        const partial = `${options.out}.partial`;
        try {
          await writeFile(partial, file.content);
          await rename(partial, options.out);
        } catch (error) {
          await rm(partial, { force: true });
          throw error;
        }
        console.log(`Wrote ${options.out} (${file.programs} programmes, ${file.content.length} bytes)`);
      }),
    );

  worksheet
    .command('import')
    .description(
      'import a filled-in worksheet: every cell checked, the valid rows written in one transaction',
    )
    .argument('<planId>', 'id of the plan')
    .argument('<file>', 'the .xlsx file')
    .addOption(
      new Option('-m, --mode <mode>', 'all: every row or none; valid: the valid rows, skipping the others')
        .choices(IMPORT_MODES)
        .default('all'),
    )
    .option('--dry-run', 'check and report, write nothing', false)
    .action(
      action(async (planId: string, path: string, options: { mode: ImportMode; dryRun: boolean }) => {
        const content = await readFile(path).catch((e: NodeJS.ErrnoException) => {
          throw new Error(e.code === 'ENOENT' ? `file not found: ${path}` : e.message);
        });
        const { importWorksheet } = await import('../../features/worksheets/import-service.ts');
        const report = await withDatabase((database) =>
          importWorksheet(database.db, planId, content, {
            actor: CLI_ACTOR,
            roles: CLI_ROLES,
            mode: options.mode,
            dryRun: options.dryRun,
          }),
        );
        printReport(report, options.dryRun);
        // A script sees the failure when the rows it meant to write were not.
        if (!report.applied && report.problems.length > 0) process.exitCode = 1;
      }),
    );
}
