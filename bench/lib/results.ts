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
  /** The goal as people write it, e.g. '≤ 300'; '' for a figure reported for context, without a goal. */
  goal: string;
  /** null: no goal (a median beside its p99, a throughput behind a ratio). */
  met: boolean | null;
}

export interface Machine {
  cpus: number;
  totalMemGiB: number;
  node: string;
}

/** What a benchmark run wrote: the machine it ran on, the databases measured, e.g. 'PGlite 0.5.17 (PostgreSQL 18.1) and PostgreSQL 15.20'. */
export interface BenchReport {
  machine: Machine;
  /** `quick` (npm run bench -- --quick): smaller data and shorter runs, figures not to be quoted. */
  mode: 'full' | 'quick';
  database: string | null;
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

/** A result against a strict upper bound: met when the value is below `max`. */
export function below(name: string, metric: string, value: number, unit: string, max: number): BenchResult {
  return { name, metric, value, unit, goal: `< ${max}`, met: value < max };
}

/** A figure reported for context, held against no goal. */
export function info(name: string, metric: string, value: number, unit: string): BenchResult {
  return { name, metric, value, unit, goal: '', met: null };
}

/** The results as a Markdown table, for the terminal and for latest.md. */
export function markdownTable(results: BenchResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.value} ${r.unit} | ${r.goal ? `${r.goal} ${r.unit}` : ''} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`,
  );
  return ['| Benchmark | Value | Goal | Met |', '|---|---:|---:|:---:|', ...rows].join('\n');
}

export function markdownReport(report: BenchReport, date = new Date()): string {
  const { cpus: cores, totalMemGiB, node } = report.machine;
  const database = report.database ?? 'none';
  return [
    '# Rancang benchmarks',
    '',
    `${report.mode === 'quick' ? 'Quick run' : 'Run'} ${date.toISOString()} on ${cores} CPUs, ${totalMemGiB} GiB memory, Node ${node}; database: ${database}.`,
    '',
    markdownTable(report.results),
    '',
    'Sizes are gzip (level 9, as the server’s precompressed files), 1 KB = 1,024 bytes. Latencies are',
    'measured through HTTP on 127.0.0.1, the load generator on the same machine as the server.',
    '',
  ].join('\n');
}

/**
 * Writes latest.json and latest.md (quick.json and quick.md for a quick run, so that it never replaces
 * the figures of a full one), each through a temporary file, so a reader never sees half a file.
 */
export async function writeReport(folder: string, report: BenchReport) {
  const base = report.mode === 'quick' ? 'quick' : 'latest';
  await mkdir(folder, { recursive: true });
  const write = async (name: string, text: string) => {
    const path = join(folder, name);
    await writeFile(`${path}.tmp`, text);
    await rename(`${path}.tmp`, path);
    return path;
  };
  return [
    await write(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`),
    await write(`${base}.md`, markdownReport(report)),
  ];
}
