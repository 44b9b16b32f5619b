import { Command } from 'commander';
import { serve } from '../main.ts';

const program = new Command()
  .name('rancang')
  .description("Rancang: draft, adopt and monitor a regency's Smart City Master Plan");

program
  .command('serve')
  .description('start the web server (migrates the database and loads the demo when it is empty)')
  .action(serve);

await program.parseAsync();
