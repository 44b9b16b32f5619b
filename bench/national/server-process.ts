import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DataEnv,
  freePort,
  type ServerProcess,
  spawnListening,
  startServer,
} from '../../src/server/durability/server-process.ts';

/** A server the benchmark started as a child process: measured from outside, like a real deployment. */
export interface BenchServer extends ServerProcess {
  /** The process's peak resident memory so far (VmHWM), in MiB; null where /proc is not there. */
  peakRssMiB: () => number | null;
}

/** VmHWM of /proc/<pid>/status: the most memory the process has held at once. */
export function peakRssMiB(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

const measured = (server: ServerProcess): BenchServer => ({
  ...server,
  peakRssMiB: () => peakRssMiB(server.pid),
});

/**
 * `rancang serve` on the given data, without the demo (unless asked) and with warnings only in its log.
 * It serves the web app from dist/web as built; a missing build is built by the server itself. With
 * BENCH_CPU_PROF=<folder> each server writes a V8 CPU profile there when it stops (open it in Chrome's
 * DevTools or speedscope).
 */
export async function startRancang(data: DataEnv, { demo = false } = {}) {
  const profile = process.env.BENCH_CPU_PROF;
  const nodeOptions = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  return measured(await startServer(data, { demo, timeoutMs: 180_000, nodeOptions }));
}

/** The bare Fastify app of hello-world-server.ts: the ceiling a simple route is held against. */
export async function startHelloWorld() {
  const env = { ...process.env, PORT: String(await freePort()) };
  const script = join(import.meta.dirname, 'hello-world-server.ts');
  return measured(await spawnListening(['--import', 'tsx', script], env, 30_000));
}
