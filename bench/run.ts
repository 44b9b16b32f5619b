/**
 * `npm run bench`: measures Rancang against its goals and writes bench/results/latest.json and latest.md.
 * Options: --no-build reuses dist/web instead of building the web app again.
 *
 * Each benchmark is a function returning results; later ones (HTTP latency, documents) are added to
 * BENCHMARKS and, when they use a database, fill `database` in the report.
 */
import { join } from 'node:path';
import { documents } from './documents.ts';
import { progress } from './lib/progress.ts';
import { type BenchReport, type BenchResult, machine, markdownTable, writeReport } from './lib/results.ts';
import { webBundle } from './web-bundle.ts';
import { worksheets } from './worksheets.ts';

interface Options {
  build: boolean;
}

const BENCHMARKS: { name: string; run: (options: Options) => Promise<BenchResult[]> }[] = [
  { name: 'web bundle', run: webBundle },
  { name: 'documents', run: documents },
  { name: 'worksheets', run: worksheets },
];

function parseOptions(args: string[]): Options {
  const unknown = args.filter((arg) => arg !== '--no-build');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}; known: --no-build`);
  return { build: !args.includes('--no-build') };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const report: BenchReport = { machine: machine(), database: null, results: [] };
  const { cpus, totalMemGiB, node } = report.machine;
  progress(`machine: ${cpus} CPUs, ${totalMemGiB} GiB, Node ${node}`);
  for (const benchmark of BENCHMARKS) {
    progress(`${benchmark.name}: start`);
    report.results.push(...(await benchmark.run(options)));
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
