import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../src/server/durability/server-process.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A server the benchmark started as a child process: measured from outside, like a real deployment. */
export interface BenchServer {
  url: string;
  pid: number;
  /** The process's peak resident memory so far (VmHWM), in MiB; null where /proc is not there. */
  peakRssMiB: () => number | null;
  /** SIGTERM (the server's own graceful shutdown); resolves once the process is gone. */
  stop: () => Promise<void>;
}

/** Where the Rancang server keeps its data: a PGlite data folder (RANCANG_DATA) or a PostgreSQL database. */
export type ServerData = { RANCANG_DATA: string } | { DATABASE_URL: string };

/** VmHWM of /proc/<pid>/status: the most memory the process has held at once. */
export function peakRssMiB(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

async function spawnServer(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const match = /running at (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited before listening: ${stderr}`));
    });
  });
  // Output after start-up is not read: drop it so that a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  const pid = child.pid as number;
  return {
    url,
    pid,
    peakRssMiB: () => peakRssMiB(pid),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * `rancang serve` on the given data, without the demo (unless asked) and with warnings only in its log.
 * It serves the web app from dist/web as built; a missing build is built by the server itself. With
 * BENCH_CPU_PROF=<folder> each server writes a V8 CPU profile there when it stops (open it in Chrome's
 * DevTools or speedscope).
 */
export async function startRancang(data: ServerData, { demo = false } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...data };
  // Only what `data` names: an inherited DATABASE_URL would send a PGlite run to PostgreSQL.
  if (!('DATABASE_URL' in data)) delete env.DATABASE_URL;
  Object.assign(env, {
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    RANCANG_DEMO: demo ? 'auto' : 'off',
    LOG_LEVEL: 'warn',
  });
  const profile = process.env.BENCH_CPU_PROF;
  const node = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  return spawnServer([...node, 'bin/rancang.js', 'serve'], env, 180_000);
}

/** The bare Fastify app of hello-world-server.ts: the ceiling a simple route is held against. */
export async function startHelloWorld() {
  const env = { ...process.env, PORT: String(await freePort()) };
  return spawnServer(['--import', 'tsx', join(import.meta.dirname, 'hello-world-server.ts')], env, 30_000);
}
