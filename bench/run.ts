/**
 * `npm run bench`: measures Rancang against its goals and writes bench/results/latest.json and latest.md
 * (quick.json and quick.md with --quick).
 * Options: --no-build reuses dist/web instead of building the web app again; --quick runs every benchmark
 * smaller and shorter (under two minutes on two cores without DATABASE_URL): to see that they run, not
 * to quote.
 * With DATABASE_URL set (postgres://…), the database benchmarks run on PostgreSQL too, in databases of
 * their own that they drop afterwards.
 *
 * Each benchmark is a function returning results; the national one also names the databases it measured.
 */
import { join } from 'node:path';
import { documents } from './documents.ts';
import { progress } from './lib/progress.ts';
import { type BenchReport, type BenchResult, machine, markdownTable, writeReport } from './lib/results.ts';
import { national } from './national/run-national.ts';
import { webBundle } from './web-bundle.ts';
import { worksheets } from './worksheets.ts';

interface Options {
  build: boolean;
  quick: boolean;
}

const OPTIONS = ['--no-build', '--quick'];

function parseOptions(args: string[]): Options {
  const unknown = args.filter((arg) => !OPTIONS.includes(arg));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}; known: ${OPTIONS.join(' ')}`);
  return { build: !args.includes('--no-build'), quick: args.includes('--quick') };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const report: BenchReport = {
    machine: machine(),
    mode: options.quick ? 'quick' : 'full',
    database: null,
    results: [],
  };
  const { cpus, totalMemGiB, node } = report.machine;
  progress(`machine: ${cpus} CPUs, ${totalMemGiB} GiB, Node ${node}${options.quick ? '; quick run' : ''}`);
  const benchmarks: { name: string; run: () => Promise<BenchResult[]> }[] = [
    { name: 'web bundle', run: () => webBundle(options) },
    { name: 'documents', run: () => documents(options) },
    { name: 'worksheets', run: () => worksheets(options) },
    {
      name: 'national',
      run: async () => {
        const { results, databases } = await national(options);
        report.database = databases.join(' and ');
        return results;
      },
    },
  ];
  for (const benchmark of benchmarks) {
    progress(`${benchmark.name}: start`);
    report.results.push(...(await benchmark.run()));
    progress(`${benchmark.name}: done`);
  }
  const written = await writeReport(join(import.meta.dirname, 'results'), report);
  console.log(`\n${markdownTable(report.results)}\n`);
  progress(`wrote ${written.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
