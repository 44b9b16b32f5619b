import { HttpClient } from './http-client.ts';
import { median, quantile, round1 } from './load.ts';
import type { DirectSql } from './nation-data.ts';

/** An aggregate the API serves and the hand-written SQL that computes the same figures. */
export interface Aggregate {
  name: string;
  path: string;
  sql: string;
  params: unknown[];
  /** Asked without signing in (the public view); otherwise as the platform admin. */
  anonymous?: boolean;
}

export interface FloorFigures {
  name: string;
  /** Median of the API answered afresh (after a write), one request at a time, ms. */
  apiMs: number;
  /** Median of the hand-written SQL on the same data, ms. */
  sqlMs: number;
  ratio: number;
  /** The API asked again and again without writes in between (what a server-side cache serves). */
  warmP50: number;
  warmP99: number;
}

/** A programme the floor's untimed writes change: any write clears the server's aggregate cache. */
export interface Scribble {
  programId: string;
  version: number;
}

export interface FloorRun {
  url: string;
  adminCookie: string;
  direct: DirectSql;
  scribble: Scribble;
  iterations: number;
}

const WARM_UP = 3;

/**
 * API time ÷ hand-written SQL time for one aggregate, both sequential on one connection. Each timed API
 * call follows an untimed write (a PATCH of a programme elsewhere), so a cache in the server cannot
 * answer it: what is timed is the aggregate computed for the request. The warm figures are the same
 * call repeated with no write between.
 */
export async function floorRatio(run: FloorRun, aggregate: Aggregate): Promise<FloorFigures> {
  const { url, adminCookie, direct, scribble, iterations } = run;
  const reader = new HttpClient(url);
  if (!aggregate.anonymous) reader.cookie = adminCookie;
  const writer = new HttpClient(url);
  writer.cookie = adminCookie;
  const write = async () => {
    const answer = await writer.json<{ version: number }>('PATCH', `/api/programs/${scribble.programId}`, {
      version: scribble.version,
      outcome: `Hasil program, catatan ${scribble.version}`,
    });
    scribble.version = answer.version;
  };
  const read = async () => {
    const answer = await reader.send('GET', aggregate.path);
    if (answer.status !== 200)
      throw new Error(`GET ${aggregate.path}: ${answer.status} ${answer.body.slice(0, 300)}`);
    return answer.ms;
  };
  const query = async () => {
    const started = performance.now();
    await direct.query(aggregate.sql, aggregate.params);
    return performance.now() - started;
  };
  try {
    for (let i = 0; i < WARM_UP; i++) {
      await query();
      await write();
      await read();
    }
    const sql: number[] = [];
    for (let i = 0; i < iterations; i++) sql.push(await query());
    const cold: number[] = [];
    for (let i = 0; i < iterations; i++) {
      await write();
      cold.push(await read());
    }
    const warm: number[] = [];
    for (let i = 0; i < iterations * 3; i++) warm.push(await read());
    const apiMs = median(cold);
    const sqlMs = median(sql);
    return {
      name: aggregate.name,
      apiMs: round1(apiMs),
      sqlMs: round1(sqlMs),
      ratio: Math.round((apiMs / sqlMs) * 100) / 100,
      warmP50: round1(quantile(warm, 0.5)),
      warmP99: round1(quantile(warm, 0.99)),
    };
  } finally {
    reader.close();
    writer.close();
  }
}
