import { hammer } from './load.ts';
import { startHelloWorld } from './server-process.ts';

export interface SimpleReadFigures {
  rancangPerSecond: number;
  helloPerSecond: number;
  errors: number;
  /** The simple read's throughput as a percentage of hello-world's, one decimal. */
  percent: number;
}

/**
 * A simple read route's throughput (a region, as anyone may read it) against a bare Fastify hello-world
 * route's, in its own process, under the same autocannon settings: what the framework around a route
 * (session, access check, validation, security headers, a query) costs.
 */
export async function simpleReadRatio(
  url: string,
  regionId: string,
  connections: number,
  seconds: number,
): Promise<SimpleReadFigures> {
  const rancang = await hammer({ url, connections, seconds, paths: [`/api/regions/${regionId}`] });
  const hello = await startHelloWorld();
  try {
    const bare = await hammer({ url: hello.url, connections, seconds, paths: ['/hello'] });
    return {
      rancangPerSecond: rancang.perSecond,
      helloPerSecond: bare.perSecond,
      errors: rancang.errors + bare.errors,
      percent: Math.round((rancang.perSecond / bare.perSecond) * 1000) / 10,
    };
  } finally {
    await hello.stop();
  }
}
