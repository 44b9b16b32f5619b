import { Command } from 'commander';
import { backupCommand } from './commands/backup.ts';
import { catalogCommand } from './commands/catalog.ts';
import { createAdminCommand } from './commands/create-admin.ts';
import { demoCommand } from './commands/demo.ts';
import { documentCommand } from './commands/document.ts';
import { exportCommand } from './commands/export-plan.ts';
import { importCommand } from './commands/import-plan.ts';
import { migrateCommand } from './commands/migrate.ts';
import { restoreCommand } from './commands/restore.ts';
import { worksheetCommand } from './commands/worksheet.ts';
import { action } from './run.ts';

const program = new Command()
  .name('rancang')
  .description("Rancang: draft, adopt and monitor a regency's Smart City Master Plan")
  .addHelpText(
    'after',
    '\nThe database is the one the environment names: DATABASE_URL (PostgreSQL) or RANCANG_DATA (embedded, default ./data).',
  );

program
  .command('serve')
  .description(
    "start the web server (migrates the database, loads the demo when it is empty, adds the starter catalogue's missing entries)",
  )
  // Loaded on demand: the other commands start without compiling the whole web server.
  .action(action(async () => (await import('../main.ts')).serve()));

for (const register of [
  migrateCommand,
  createAdminCommand,
  demoCommand,
  exportCommand,
  importCommand,
  backupCommand,
  restoreCommand,
  catalogCommand,
  documentCommand,
  worksheetCommand,
])
  register(program);

await program.parseAsync();
