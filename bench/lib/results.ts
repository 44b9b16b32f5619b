import { mkdir, rename, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** One measured number, with the goal it is held against (the budgets of docs/decisions). */
export interface BenchResult {
  name: string;
  /** What kind of number: 'size', 'latency-p95', 'duration', … */
  metric: string;
  value: number;
  unit: string;
  /** The goal as people write it, e.g. '≤ 300'. */
  goal: string;
  met: boolean;
}

export interface Machine {
  cpus: number;
  totalMemGiB: number;
  node: string;
}

/** What a benchmark run wrote: the machine it ran on, the database (null until a benchmark uses one). */
export interface BenchReport {
  machine: Machine;
  database: { kind: string; version?: string } | null;
  results: BenchResult[];
}

export const machine = (): Machine => ({
  cpus: cpus().length,
  totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
});

/** A result against an upper bound: met when the value is at most `max`. */
export function atMost(name: string, metric: string, value: number, unit: string, max: number): BenchResult {
  return { name, metric, value, unit, goal: `≤ ${max}`, met: value <= max };
}

/** A result against a lower bound: met when the value is at least `min`. */
export function atLeast(name: string, metric: string, value: number, unit: string, min: number): BenchResult {
  return { name, metric, value, unit, goal: `≥ ${min}`, met: value >= min };
}

/** The results as a Markdown table, for the terminal and for latest.md. */
export function markdownTable(results: BenchResult[]): string {
  const rows = results.map(
    (r) => `| ${r.name} | ${r.value} ${r.unit} | ${r.goal} ${r.unit} | ${r.met ? 'yes' : '**no**'} |`,
  );
  return ['| Benchmark | Value | Goal | Met |', '|---|---:|---:|:---:|', ...rows].join('\n');
}

export function markdownReport(report: BenchReport, date = new Date()): string {
  const { cpus: cores, totalMemGiB, node } = report.machine;
  const database = report.database
    ? `${report.database.kind}${report.database.version ? ` ${report.database.version}` : ''}`
    : 'none';
  return [
    '# Rancang benchmarks',
    '',
    `Run ${date.toISOString()} on ${cores} CPUs, ${totalMemGiB} GiB memory, Node ${node}; database: ${database}.`,
    '',
    markdownTable(report.results),
    '',
    'Sizes are gzip (level 9, as the server’s precompressed files), 1 KB = 1,024 bytes.',
    '',
  ].join('\n');
}

/** Writes latest.json and latest.md, each through a temporary file, so a reader never sees half a file. */
export async function writeReport(folder: string, report: BenchReport) {
  await mkdir(folder, { recursive: true });
  const write = async (name: string, text: string) => {
    const path = join(folder, name);
    await writeFile(`${path}.tmp`, text);
    await rename(`${path}.tmp`, path);
    return path;
  };
  return [
    await write('latest.json', `${JSON.stringify(report, null, 2)}\n`),
    await write('latest.md', markdownReport(report)),
  ];
}
