import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startServer } from '../../src/server/durability/server-process.ts';

export interface DemoServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** What the server wrote on stderr so far, for assertion messages. */
  stderr: () => string;
  /** Graceful stop, then the data folder is removed. */
  stop: () => Promise<void>;
}

/**
 * The real server (`rancang serve`, as users start it) on a fresh embedded data folder with the Lake
 * Toba demo and its demo accounts loaded, on a free port. The folder is a copy of the one the browser
 * project's global setup loaded the demo into, so that every file starts from the same demo, quickly.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const data = await mkdtemp(join(tmpdir(), 'rancang-e2e-'));
  try {
    await cp(inject('demoDataTemplate'), data, { recursive: true });
    const server = await startServer({ RANCANG_DATA: data }, { demo: true, timeoutMs: 120_000 });
    return {
      url: server.url,
      stderr: server.stderr,
      stop: async () => {
        const exited = await Promise.race([
          server.stop(),
          new Promise((resolve) => setTimeout(() => resolve('timeout'), 15_000)),
        ]);
        if (exited === 'timeout') await server.kill();
        await rm(data, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(data, { recursive: true, force: true });
    throw error;
  }
}
