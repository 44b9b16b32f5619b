/**
 * The national benchmark (issue 7): a synthetic nation of 514 regencies on PGlite and, with DATABASE_URL,
 * on PostgreSQL, served by `rancang serve` in a child process and measured through real HTTP on
 * 127.0.0.1: a Bimtek workshop, the regency dashboard, the ministry's comparison, the floor ratios (API
 * ÷ hand-written SQL; a simple route ÷ hello-world) and the server's peak memory, plus the server's
 * memory with the demo on PGlite. `quick` uses a smaller nation and shorter runs.
 *
 * Run on its own: `npx tsx bench/national/run-national.ts [--quick]` (prints the table, writes nothing).
 */
import { pathToFileURL } from 'node:url';
import { compareFloorSql } from '../../src/server/features/compare/floor-sql.ts';
import { progress } from '../lib/progress.ts';
import { atLeast, atMost, type BenchResult, below, info, markdownTable } from '../lib/results.ts';
import { BENCH_PASSWORD } from './accounts.ts';
import { COMPARE_PATH, compareLoad, hasCompare } from './compare.ts';
import { dashboardLoad, homePaths, summaryPath } from './dashboard.ts';
import { demoRss } from './demo-rss.ts';
import { type Aggregate, floorRatio, type Scribble } from './floor.ts';
import { PLAN_BUDGET_BY_OPD_SQL, PLAN_SUMMARY_SQL } from './floor-sql.ts';
import { HttpClient } from './http-client.ts';
import type { LoadFigures } from './load.ts';
import { type NationData, pgliteNation, postgresNation } from './nation-data.ts';
import { startRancang } from './server-process.ts';
import { simpleReadRatio } from './simple-read.ts';
import { FULL_NATION, type NationSize, QUICK_NATION } from './synthetic-nation.ts';
import { workshopLoad } from './workshop.ts';

interface Settings {
  nation: NationSize;
  /** Length of each closed-loop load run. */
  seconds: number;
  workshopSeconds: number;
  floorIterations: number;
}

const FULL: Settings = { nation: FULL_NATION, seconds: 10, workshopSeconds: 15, floorIterations: 30 };
const QUICK: Settings = { nation: QUICK_NATION, seconds: 3, workshopSeconds: 6, floorIterations: 10 };

const PARTICIPANTS = 100;
/** Each participant reads the worksheet and saves its programme once every CYCLE_SECONDS. */
const CYCLE_SECONDS = 3;
const DASHBOARD_CONNECTIONS = 10;
const COMPARE_CONNECTIONS = 4;
const SIMPLE_READ_CONNECTIONS = 10;

/** Goals of issue 7, in ms unless named otherwise. */
const WORKSHOP_P99 = 100;
const DASHBOARD_P99 = 20;
const COMPARE_P95 = 200;
const FLOOR_RATIO = 1.3;
const SIMPLE_READ_PERCENT = 50;
const DEMO_RSS_MIB = 300;

export interface NationalResults {
  results: BenchResult[];
  /** The databases measured, e.g. ['PGlite 0.5.17 (PostgreSQL 18.1)', 'PostgreSQL 15.20']. */
  databases: string[];
}

const latency = (name: string, figures: LoadFigures, goal: { p95?: number; p99?: number }) => [
  info(`${name}, p50`, 'latency-p50', figures.p50, 'ms'),
  goal.p95 === undefined
    ? info(`${name}, p95`, 'latency-p95', figures.p95, 'ms')
    : below(`${name}, p95`, 'latency-p95', figures.p95, 'ms', goal.p95),
  goal.p99 === undefined
    ? info(`${name}, p99`, 'latency-p99', figures.p99, 'ms')
    : below(`${name}, p99`, 'latency-p99', figures.p99, 'ms', goal.p99),
  atMost(`${name}, errors`, 'errors', figures.errors, 'errors', 0),
];

const line = (f: LoadFigures) =>
  `${f.requests} requests (${f.perSecond}/s), p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, ${f.errors} errors`;

/** A programme outside the workshop plan, changed (untimed) before each cold aggregate call. */
async function scribbleTarget(admin: HttpClient, data: NationData): Promise<Scribble> {
  for (const planId of data.facts.planIds) {
    if (planId === data.facts.workshopPlanId) continue;
    const page = await admin.json<{ items: { id: string; version: number }[] }>(
      'GET',
      `/api/plans/${planId}/programs?limit=1`,
    );
    const [first] = page.items;
    if (first) return { programId: first.id, version: first.version };
  }
  throw new Error('no plan besides the workshop plan has a programme');
}

async function measure(data: NationData, settings: Settings): Promise<BenchResult[]> {
  const { kind, facts, accounts } = data;
  const place = { planId: facts.workshopPlanId, regionId: facts.workshopRegionId };
  const results: BenchResult[] = [];
  progress(`national (${kind}): starting the server…`);
  const server = await startRancang(data.server);
  const admin = new HttpClient(server.url);
  try {
    const adminCookie = await admin.signIn(accounts.admin, BENCH_PASSWORD);
    const regency = new HttpClient(server.url);
    const regencyCookie = await regency.signIn(accounts.regencyAdmin, BENCH_PASSWORD);
    regency.close();

    const workshopName = `workshop: ${PARTICIPANTS} participants, each a worksheet read + a save every ${CYCLE_SECONDS} s`;
    progress(`national (${kind}): ${workshopName}, ${settings.workshopSeconds} s…`);
    const workshop = await workshopLoad({
      url: server.url,
      planId: facts.workshopPlanId,
      participants: accounts.participants,
      seconds: settings.workshopSeconds,
      cycleSeconds: CYCLE_SECONDS,
    });
    progress(`national (${kind}): workshop reads: ${line(workshop.reads)}`);
    progress(`national (${kind}): workshop saves: ${line(workshop.saves)}`);
    progress(`national (${kind}): workshop, all: ${line(workshop.all)}; ${workshop.lateCycles} late cycles`);
    for (const failure of workshop.failures) progress(`national (${kind}): workshop failure: ${failure}`);
    results.push(
      ...latency(workshopName, workshop.all, { p99: WORKSHOP_P99 }),
      info(
        `${workshopName}, answered per second (asked: ${Math.round((PARTICIPANTS * 2) / CYCLE_SECONDS)})`,
        'throughput',
        workshop.all.perSecond,
        'req/s',
      ),
    );

    progress(`national (${kind}): regency dashboard, ${DASHBOARD_CONNECTIONS} connections…`);
    const dashboard = await dashboardLoad(
      server.url,
      regencyCookie,
      place,
      DASHBOARD_CONNECTIONS,
      settings.seconds,
    );
    progress(`national (${kind}): dashboard, summary alone: ${line(dashboard.summary)}`);
    progress(`national (${kind}): dashboard, every home call: ${line(dashboard.home)}`);
    const dashboardName = `regency dashboard, ${DASHBOARD_CONNECTIONS} connections`;
    const homeCalls = homePaths(place.planId, place.regionId).length;
    results.push(
      ...latency(`${dashboardName}: plan summary`, dashboard.summary, { p99: DASHBOARD_P99 }),
      ...latency(`${dashboardName}: the home screen's ${homeCalls} calls`, dashboard.home, {
        p99: DASHBOARD_P99,
      }),
    );

    const aggregates: Aggregate[] = [
      {
        name: 'plan summary',
        path: summaryPath(place.planId),
        sql: PLAN_SUMMARY_SQL,
        params: [place.planId],
      },
      {
        name: 'plan budget by OPD',
        path: `/api/plans/${place.planId}/budget?by=opd`,
        sql: PLAN_BUDGET_BY_OPD_SQL,
        params: [place.planId],
      },
    ];
    if (await hasCompare(server.url)) {
      progress(`national (${kind}): ministry comparison, ${COMPARE_CONNECTIONS} connections…`);
      const compare = await compareLoad(server.url, adminCookie, COMPARE_CONNECTIONS, settings.seconds);
      progress(`national (${kind}): comparison, anonymous: ${line(compare.anonymous)}`);
      progress(`national (${kind}): comparison, platform admin: ${line(compare.admin)}`);
      const compareName = `ministry comparison of ${facts.regionIds.length} regions, ${COMPARE_CONNECTIONS} connections`;
      results.push(
        ...latency(`${compareName}, anonymous (public regions)`, compare.anonymous, { p95: COMPARE_P95 }),
        ...latency(`${compareName}, platform admin`, compare.admin, { p95: COMPARE_P95 }),
      );
      aggregates.push(...compareAggregates(facts.regionIds.length));
    } else progress(`national (${kind}): GET /api/compare answers 404: the comparison is not measured`);

    const direct = await data.openDirect();
    try {
      const run = {
        url: server.url,
        adminCookie,
        direct,
        scribble: await scribbleTarget(admin, data),
        iterations: settings.floorIterations,
      };
      for (const aggregate of aggregates) {
        progress(`national (${kind}): floor: ${aggregate.name}, ${settings.floorIterations} times each…`);
        const floor = await floorRatio(run, aggregate);
        progress(
          `national (${kind}): floor: ${floor.name}: API afresh ${floor.apiMs} ms ÷ SQL ${floor.sqlMs} ms = ${floor.ratio}; served again p50 ${floor.warmP50} ms, p99 ${floor.warmP99} ms`,
        );
        const name = `floor: ${floor.name}`;
        results.push(
          atMost(`${name}, API ÷ hand-written SQL`, 'ratio', floor.ratio, '×', FLOOR_RATIO),
          info(`${name}, API computed afresh, median`, 'latency-p50', floor.apiMs, 'ms'),
          info(`${name}, hand-written SQL, median`, 'latency-p50', floor.sqlMs, 'ms'),
          info(`${name}, API served again, p50`, 'latency-p50', floor.warmP50, 'ms'),
          info(`${name}, API served again, p99`, 'latency-p99', floor.warmP99, 'ms'),
        );
      }
    } finally {
      await direct.close();
    }

    progress(`national (${kind}): simple read vs hello-world, ${SIMPLE_READ_CONNECTIONS} connections…`);
    const simple = await simpleReadRatio(
      server.url,
      place.regionId,
      SIMPLE_READ_CONNECTIONS,
      settings.seconds,
    );
    progress(
      `national (${kind}): GET /api/regions/:id ${simple.rancangPerSecond}/s, hello-world ${simple.helloPerSecond}/s, ${simple.errors} errors`,
    );
    const simpleName = `simple read (GET /api/regions/:id), ${SIMPLE_READ_CONNECTIONS} connections`;
    results.push(
      atLeast(
        `${simpleName}, throughput ÷ hello-world Fastify`,
        'ratio',
        simple.percent,
        '%',
        SIMPLE_READ_PERCENT,
      ),
      info(`${simpleName}, throughput`, 'throughput', simple.rancangPerSecond, 'req/s'),
      info(
        `hello-world Fastify, ${SIMPLE_READ_CONNECTIONS} connections, throughput`,
        'throughput',
        simple.helloPerSecond,
        'req/s',
      ),
    );
  } finally {
    admin.close();
    const peak = server.peakRssMiB();
    await server.stop();
    if (peak !== null) {
      progress(`national (${kind}): server peak RSS ${peak} MiB`);
      results.push(info('server peak RSS, national data, through every scenario', 'memory', peak, 'MiB'));
    }
  }
  // The database last, so that the same figure on PGlite and PostgreSQL differs only at the end.
  return results.map((result) => ({ ...result, name: `${result.name} (${kind})` }));
}

/** The comparison as the ministry and as the public see it, with the compare feature's hand-written SQL. */
const compareAggregates = (regions: number): Aggregate[] => [
  {
    name: `ministry comparison of ${regions} regions, platform admin`,
    path: COMPARE_PATH,
    sql: compareFloorSql('all'),
    params: [],
  },
  {
    name: `ministry comparison of ${regions} regions, anonymous (published plans)`,
    path: COMPARE_PATH,
    sql: compareFloorSql('published'),
    params: [],
    anonymous: true,
  },
];

export async function national({ quick }: { quick: boolean }): Promise<NationalResults> {
  const settings = quick ? QUICK : FULL;
  const nations: (() => Promise<NationData>)[] = [() => pgliteNation(settings.nation, PARTICIPANTS)];
  const url = process.env.DATABASE_URL;
  if (url?.startsWith('postgres')) nations.push(() => postgresNation(url, settings.nation, PARTICIPANTS));
  const results: BenchResult[] = [];
  const databases: string[] = [];
  for (const make of nations) {
    const data = await make();
    databases.push(data.version);
    try {
      results.push(...(await measure(data, settings)));
    } finally {
      await data.remove();
    }
  }
  const demo = await demoRss(settings.seconds, { once: quick });
  progress(
    `national: demo on PGlite: peak RSS ${demo.firstStartMiB} MiB at first start${demo.restartMiB === null ? '' : `, ${demo.restartMiB} MiB started again`}`,
  );
  const rss = (name: string, mib: number | null) =>
    mib === null
      ? []
      : [below(`server peak RSS, demo on PGlite, ${name}`, 'memory', mib, 'MiB', DEMO_RSS_MIB)];
  results.push(
    ...rss('first start (loads the demo), then the home screen', demo.firstStartMiB),
    ...rss('started again on its data, then the home screen', demo.restartMiB),
  );
  return { results, databases };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  national({ quick: process.argv.includes('--quick') })
    .then(({ results, databases }) =>
      console.log(`\n${databases.join(' and ')}\n\n${markdownTable(results)}\n`),
    )
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    });
}
