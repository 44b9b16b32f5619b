import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The real server (`rancang serve`) as a child process, so that a test can SIGKILL it the way an
 * out-of-memory killer or a pulled plug would, and start it again on the same data; the browser tests
 * (e2e/harness) start it the same way, with the demo loaded.
 */

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A port nobody listens on right now: the server prints the port it was given, so 0 will not do. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ServerProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  pid: number;
  /** Resolves with the exit signal (or code) once the process is gone. */
  exited: Promise<NodeJS.Signals | number | null>;
  /** What the process wrote on stderr so far, for assertion messages. */
  stderr: () => string;
  /** SIGKILL: no shutdown hook runs, nothing is flushed by the server. */
  kill: () => Promise<NodeJS.Signals | number | null>;
  /** SIGTERM: the server's own graceful shutdown. */
  stop: () => Promise<NodeJS.Signals | number | null>;
}

/** Where the server keeps its data: an embedded data folder or a PostgreSQL database. */
export type DataEnv = { RANCANG_DATA: string } | { DATABASE_URL: string };

export interface StartOptions {
  /** Load the Lake Toba demo and its demo accounts into an empty database first (RANCANG_DEMO=auto). */
  demo?: boolean;
  timeoutMs?: number;
  /** Options for Node itself, e.g. `--cpu-prof` (the benchmark's profiles). */
  nodeOptions?: string[];
}

export async function startServer(data: DataEnv, options: StartOptions = {}): Promise<ServerProcess> {
  const { demo = false, timeoutMs = 60_000, nodeOptions = [] } = options;
  const env: NodeJS.ProcessEnv = { ...process.env, ...data };
  // Only what `data` names: an inherited DATABASE_URL would send a PGlite run to PostgreSQL.
  if (!('DATABASE_URL' in data)) delete env.DATABASE_URL;
  Object.assign(env, {
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    RANCANG_DEMO: demo ? 'auto' : 'off',
    LOG_LEVEL: 'warn',
  });
  return spawnListening([...nodeOptions, 'bin/rancang.js', 'serve'], env, timeoutMs);
}

/**
 * A Node program of this repository as a child process, once it has printed "running at <url>" on its
 * standard output (`rancang serve` does, and so does the benchmark's hello-world server).
 */
export async function spawnListening(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
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
    exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited (${how}) before listening: ${stderr}`));
    });
  });
  // Output after start-up is not read: drop it so that a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    return exited;
  };
  return {
    url,
    pid: child.pid as number,
    exited,
    stderr: () => stderr,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}
