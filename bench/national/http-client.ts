import { Agent, request } from 'node:http';

/** One HTTP answer, with how long it took from sending to the last byte, in milliseconds. */
export interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  ms: number;
}

/**
 * A client holding its own keep-alive connection(s), like a browser tab: the bench's own requests
 * (setup, the floor timings, a workshop participant) each go through one. No `fetch`: its per-request
 * overhead in this process would be counted in the server's latency.
 */
export class HttpClient {
  private readonly agent: Agent;
  cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    sockets = 1,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  send(method: string, path: string, body?: unknown, timeoutMs = 30_000): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    // Cookie-authenticated writes need this (or an Origin of the site): the server's CSRF rule.
    if (method !== 'GET') headers['x-requested-with'] = 'rancang-bench';
    if (this.cookie) headers.cookie = this.cookie;
    const url = new URL(path, this.baseUrl);
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(url, { method, headers, agent: this.agent, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** A request that must succeed: its JSON body, or an error naming the status and the problem. */
  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const answer = await this.send(method, path, body);
    if (answer.status < 200 || answer.status > 299)
      throw new Error(`${method} ${path}: ${answer.status} ${answer.body.slice(0, 300)}`);
    return (answer.body ? JSON.parse(answer.body) : undefined) as T;
  }

  /** Signs in; the session cookie then goes with every request of this client. */
  async signIn(email: string, password: string) {
    const answer = await this.send('POST', '/api/session', { email, password });
    if (answer.status !== 200) throw new Error(`sign-in of ${email}: ${answer.status} ${answer.body}`);
    const setCookie = answer.headers['set-cookie'] ?? [];
    this.cookie = (Array.isArray(setCookie) ? setCookie : [setCookie]).map((c) => c.split(';')[0]).join('; ');
    return this.cookie;
  }

  close() {
    this.agent.destroy();
  }
}
