import autocannon from 'autocannon';

/** Latency percentiles in milliseconds (one decimal), throughput and failures of one load run. */
export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers outside 2xx, connection errors and timeouts. */
  errors: number;
}

/** The q-quantile (0–1) of the values, nearest rank; 0 for none. */
export function quantile(values: readonly number[], q: number) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const round1 = (value: number) => Math.round(value * 10) / 10;

export function figures(latencies: readonly number[], errors: number, seconds: number): LoadFigures {
  return {
    requests: latencies.length + errors,
    perSecond: Math.round(latencies.length / seconds),
    p50: round1(quantile(latencies, 0.5)),
    p95: round1(quantile(latencies, 0.95)),
    p99: round1(quantile(latencies, 0.99)),
    errors,
  };
}

export interface Hammer {
  url: string;
  /** Paths cycled through by each connection, e.g. the calls of one screen. */
  paths: string[];
  connections: number;
  seconds: number;
  cookie?: string | null;
}

/**
 * Closed-loop load with autocannon: `connections` keep-alive connections, each sending its next request
 * as soon as the previous one is answered. The latencies of 2xx answers are kept exactly (autocannon's
 * own histogram rounds to whole milliseconds and has no p95).
 */
export async function hammer({ url, paths, connections, seconds, cookie }: Hammer): Promise<LoadFigures> {
  const latencies: number[] = [];
  let failed = 0;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (cookie) headers.cookie = cookie;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers,
        requests: paths.map((path) => ({ method: 'GET', path })),
        timeout: 10,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status: number, _bytes, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failed++;
    });
  });
  // autocannon counts a timeout among its errors too.
  return figures(latencies, failed + result.errors, result.duration);
}
