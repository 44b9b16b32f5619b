import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../src/server/durability/server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataTemplate: string;
  }
}

/**
 * Load the demo once, through the real `rancang serve` on an empty data folder, and stop that server:
 * each browser file then starts its own server on a copy of the folder instead of loading the demo again.
 */
export default async function setup(project: TestProject) {
  const template = await mkdtemp(join(tmpdir(), 'rancang-e2e-demo-'));
  const server = await startServer({ RANCANG_DATA: template }, { demo: true, timeoutMs: 120_000 });
  const exited = await server.stop();
  if (exited !== 0 && exited !== 'SIGTERM')
    throw new Error(`the demo server did not stop cleanly (${String(exited)}): ${server.stderr()}`);
  project.provide('demoDataTemplate', template);
  return () => rm(template, { recursive: true, force: true });
}
