import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_PASSWORD, type Participant } from './accounts.ts';
import { HttpClient } from './http-client.ts';
import { figures, type LoadFigures } from './load.ts';

export interface WorkshopRun {
  url: string;
  planId: string;
  participants: Participant[];
  seconds: number;
  /** Each participant reads the worksheet and saves its programme once per cycle. */
  cycleSeconds: number;
}

export interface WorkshopFigures {
  all: LoadFigures;
  reads: LoadFigures;
  saves: LoadFigures;
  /** Cycles that began more than a tenth of a cycle late because the previous one was still waiting. */
  lateCycles: number;
  /** The first few failures, for the progress line. */
  failures: string[];
}

/** The worksheet's list call (src/web/features/programs/api.ts): every pillar at once, the page of 1,000. */
export const worksheetPath = (planId: string) => `/api/plans/${planId}/programs?limit=1000&offset=0`;

/**
 * A Bimtek II hall: each participant, on its own keep-alive connection and signed in as its OPD, reads
 * the plan's worksheet and saves a cell of its own programme (a PATCH with the version it holds, keeping
 * the version the answer gives) once every cycle. Starts are spread over the first cycle, so the load is
 * even (participants × 2 ÷ cycle requests per second), as in a hall rather than on a starting signal.
 * Unlike autocannon, whose slowest pace is one request per second per connection, this paces each
 * participant at one save every few seconds.
 */
export async function workshopLoad(run: WorkshopRun): Promise<WorkshopFigures> {
  const { url, planId, participants, seconds, cycleSeconds } = run;
  // One session per OPD account; the participants of one OPD share it (a session is looked up the same
  // way whoever holds it).
  const cookies = new Map<string, string>();
  for (const email of new Set(participants.map((p) => p.email))) {
    const client = new HttpClient(url);
    cookies.set(email, await client.signIn(email, BENCH_PASSWORD));
    client.close();
  }
  const clients = participants.map((p) => {
    const client = new HttpClient(url);
    client.cookie = cookies.get(p.email) as string;
    return client;
  });
  const versions = await Promise.all(
    participants.map((p, i) =>
      (clients[i] as HttpClient)
        .json<{ version: number }>('GET', `/api/programs/${p.programId}`)
        .then((x) => x.version),
    ),
  );

  const reads: number[] = [];
  const saves: number[] = [];
  const failures: string[] = [];
  let readErrors = 0;
  let saveErrors = 0;
  let lateCycles = 0;
  const cycleMs = cycleSeconds * 1000;
  const started = performance.now();
  const end = started + seconds * 1000;
  const fail = (what: string) => {
    if (failures.length < 5) failures.push(what);
  };

  const participant = async (index: number) => {
    const client = clients[index] as HttpClient;
    const { programId } = participants[index] as Participant;
    let version = versions[index] as number;
    let due = started + (index * cycleMs) / participants.length;
    for (let cycle = 1; due < end; cycle++) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      else if (-wait > cycleMs / 10) lateCycles++;
      const read = await client.send('GET', worksheetPath(planId), undefined, 10_000).catch((e: Error) => e);
      if (read instanceof Error || read.status !== 200) {
        readErrors++;
        fail(read instanceof Error ? read.message : `read ${read.status} ${read.body.slice(0, 200)}`);
      } else reads.push(read.ms);
      const changes = { version, output: `Keluaran yang disepakati di Bimtek II, revisi ${cycle}` };
      const save = await client
        .send('PATCH', `/api/programs/${programId}`, changes, 10_000)
        .catch((e: Error) => e);
      if (save instanceof Error || save.status !== 200) {
        saveErrors++;
        fail(save instanceof Error ? save.message : `save ${save.status} ${save.body.slice(0, 200)}`);
        if (!(save instanceof Error) && save.status === 409)
          version = ((JSON.parse(save.body) as { current?: { version?: number } }).current?.version ??
            version) as number;
      } else {
        saves.push(save.ms);
        version = (JSON.parse(save.body) as { version: number }).version;
      }
      due += cycleMs;
    }
  };
  await Promise.all(participants.map((_, i) => participant(i)));
  const elapsed = (performance.now() - started) / 1000;
  for (const client of clients) client.close();
  return {
    all: figures([...reads, ...saves], readErrors + saveErrors, elapsed),
    reads: figures(reads, readErrors, elapsed),
    saves: figures(saves, saveErrors, elapsed),
    lateCycles,
    failures,
  };
}
