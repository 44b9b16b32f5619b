import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidField, notFound } from '../../errors.ts';
import { exportCatalog } from '../../features/indicators/catalog-export-service.ts';
import { importCatalog } from '../../features/indicators/catalog-import-service.ts';
import { findRegion } from '../../features/indicators/catalog-repository.ts';
import { STARTER_CATALOG, seedStarterCatalog } from '../../features/indicators/starter-catalog.ts';
import { completeStarterCatalog } from '../../features/indicators/starter-completion.ts';
import { action, CLI_ACTOR, withDatabase } from '../run.ts';

type Format = 'csv' | 'json';

const formatOf = (file: string, given?: string): Format => {
  const format = given ?? (/\.json$/i.test(file) ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw invalidField('format', 'must be csv or json');
  return format;
};

/** The entries of a JSON catalogue file: an exported document, or a bare array of entries. */
function jsonEntries(text: string): unknown[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw invalidField('file', `is not valid JSON (${(error as Error).message})`);
  }
  if (Array.isArray(doc)) return doc;
  const entries = (doc as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries))
    throw invalidField('file', 'holds no entries (a list, or a document with entries)');
  return entries;
}

const readText = (file: string) =>
  readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'ENOENT' ? `file not found: ${file}` : e.message);
  });

export function catalogCommand(program: Command) {
  const catalog = program
    .command('catalog')
    .description('import or export the indicator catalogue (CSV or JSON)');

  catalog
    .command('seed')
    .description(
      `add the ${STARTER_CATALOG.length}-entry starter catalogue (ISO 37120, ISO 37122, U4SSC), skipping codes already there and filling in the definitions and labels they lack`,
    )
    .action(
      action(async () => {
        const { added, completed } = await withDatabase((database) =>
          database.db.transaction(async (tx) => ({
            added: await seedStarterCatalog(tx, CLI_ACTOR),
            completed: await completeStarterCatalog(tx, CLI_ACTOR),
          })),
        );
        console.log(
          `Added ${added} starter catalogue entries (${STARTER_CATALOG.length - added} were already there)`,
        );
        // Only for an installation seeded before those definitions or labels were written.
        if (completed > 0) console.log(`Filled in missing definitions or labels of ${completed} entries`);
      }),
    );

  catalog
    .command('import')
    .description(
      'import catalogue entries: new codes are added, codes of the same catalogue updated; all or nothing',
    )
    .argument(
      '<file>',
      'a .csv (header row of column names) or .json file, as `rancang catalog export` writes',
    )
    .option('--region <region>', "import as this regency's local indicators (id or BPS code, e.g. 12.02)")
    .option('--format <format>', 'csv or json (default: from the file name)')
    .option('--dry-run', 'check the file and report what would change, writing nothing', false)
    .action(
      action(async (file: string, options: { region?: string; format?: string; dryRun: boolean }) => {
        const format = formatOf(file, options.format);
        const text = await readText(file);
        const result = await withDatabase(async (database) => {
          const region = options.region ? await findRegion(database.db, options.region) : null;
          if (options.region && !region) throw notFound('region', options.region);
          return importCatalog(database.db, CLI_ACTOR, {
            regionId: region?.id ?? null,
            dryRun: options.dryRun,
            ...(format === 'csv' ? { csv: text } : { entries: jsonEntries(text) }),
          });
        });
        const verb = result.dryRun ? 'Would import' : 'Imported';
        console.log(
          `${verb} ${result.total} catalogue entries${options.region ? ` for region ${options.region}` : ''}: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged`,
        );
      }),
    );

  catalog
    .command('export')
    .description('export the indicator catalogue as CSV or JSON')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--format <format>', 'csv or json (default: from the output name, else csv)')
    .option('--region <region>', "add this regency's local indicators (id or BPS code)")
    .option('--only-local', "only the regency's own indicators", false)
    .action(
      action(async (options: { output?: string; format?: string; region?: string; onlyLocal: boolean }) => {
        const format = formatOf(options.output ?? '', options.format);
        const query = {
          region: options.region,
          only: options.onlyLocal ? ('local' as const) : ('all' as const),
        };
        const file = await withDatabase(async (database) => {
          return exportCatalog(database.db, { ...query, format });
        });
        const text = file.kind === 'csv' ? file.csv : `${JSON.stringify(file.document, null, 2)}\n`;
        const summary = `Exported ${file.rows} catalogue entries as ${format.toUpperCase()}`;
        if (options.output) {
          await writeFile(options.output, text);
          console.log(`${summary} to ${options.output}`);
        } else {
          process.stdout.write(text);
          console.warn(summary);
        }
      }),
    );
}
