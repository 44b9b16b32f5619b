import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../src/server/features/auth/demo-accounts.ts';
import { progress } from '../lib/progress.ts';
import { homePaths } from './dashboard.ts';
import { HttpClient } from './http-client.ts';
import { hammer } from './load.ts';
import { type BenchServer, startRancang } from './server-process.ts';

/** The demo's regency admin of Tapanuli Utara (src/server/features/auth/demo-accounts.ts). */
const DEMO_ADMIN = 'admin.taput@demo.rancang.id';

export interface DemoRss {
  /** Peak over a first start that loads the demo, then the home screen under load. */
  firstStartMiB: number | null;
  /** Peak over a start on the demo data already there, then the home screen under load; null if not run. */
  restartMiB: number | null;
}

/** Opens Tapanuli Utara's home screen again and again for a few seconds, as 4 people at once. */
async function openHomeScreen(server: BenchServer, seconds: number) {
  const client = new HttpClient(server.url);
  try {
    const cookie = await client.signIn(DEMO_ADMIN, DEMO_PASSWORD);
    const session = await client.json<{ roles: { regionId: string | null }[] }>('GET', '/api/session');
    const regionId = session.roles.find((r) => r.regionId)?.regionId as string;
    const plans = await client.json<{ items: { id: string }[] }>('GET', `/api/plans?region=${regionId}`);
    const planId = plans.items[0]?.id as string;
    const load = await hammer({
      url: server.url,
      cookie,
      connections: 4,
      seconds,
      paths: homePaths(planId, regionId),
    });
    if (load.errors > 0) throw new Error(`the demo's home screen failed ${load.errors} times`);
  } finally {
    client.close();
  }
}

/**
 * The server's peak memory with the demo on PGlite (the installation most people try first), in a fresh
 * data folder: once as it loads the demo, then (unless `once`) started again on it.
 */
export async function demoRss(seconds: number, { once = false } = {}): Promise<DemoRss> {
  const folder = await mkdtemp(join(tmpdir(), 'rancang-bench-demo-'));
  try {
    progress('national: demo on PGlite: first start (loads the demo)…');
    const first = await startRancang({ RANCANG_DATA: folder }, { demo: true });
    let firstStartMiB: number | null;
    try {
      await openHomeScreen(first, seconds);
      firstStartMiB = first.peakRssMiB();
    } finally {
      await first.stop();
    }
    if (once) return { firstStartMiB, restartMiB: null };
    progress('national: demo on PGlite: started again on its data…');
    const again = await startRancang({ RANCANG_DATA: folder }, { demo: true });
    try {
      await openHomeScreen(again, seconds);
      return { firstStartMiB, restartMiB: again.peakRssMiB() };
    } finally {
      await again.stop();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
