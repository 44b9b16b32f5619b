import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { PASSWORD, seedUser, sessionCookie, XHR } from '../features/auth/test-fixtures.ts';
import { createTestDatabase, testDbKind } from './database.ts';
import { recordRouteHits } from './route-hits.ts';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  /**
   * Send a request and parse the JSON answer. It goes as the file's platform admin (who may do
   * anything) unless the options carry their own `cookie` header; see `anonymous` for no account.
   */
  request: (options: InjectOptions) => Promise<TestResponse>;
  /** Send a request without any session. */
  anonymous: (options: InjectOptions) => Promise<TestResponse>;
  /** The session cookie of the file's platform admin. */
  adminCookie: string;
}

/** The account every test file signs in with unless it says otherwise. */
export const TEST_ADMIN = 'platform.admin@test.rancang.id';

export interface TestResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answer field by field and assert on it
  body: any;
  headers: Record<string, unknown>;
}

/** One application on one fresh database for the test file that calls it. */
export function useTestApp(): TestContext {
  const context = {} as TestContext;
  let saveHits = () => {};
  beforeAll(async () => {
    context.database = await createTestDatabase();
    context.app = await buildApp({ database: context.database });
    saveHits = recordRouteHits(context.app, testDbKind);
    await context.app.ready();
    const send = async (options: InjectOptions) => {
      const response = await context.app.inject(options);
      const text = response.body;
      return {
        status: response.statusCode,
        headers: response.headers,
        body: text && /json/.test(String(response.headers['content-type'])) ? JSON.parse(text) : text,
      };
    };
    context.anonymous = send;
    await seedUser(context.database.db, TEST_ADMIN, [{ role: 'platform_admin' }]);
    const signedIn = await send({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: TEST_ADMIN, password: PASSWORD },
    });
    context.adminCookie = sessionCookie(signedIn.headers) as string;
    if (!context.adminCookie) throw new Error(`the test admin could not sign in: ${signedIn.status}`);
    context.request = (options) => {
      const headers = { ...options.headers } as Record<string, string>;
      if (headers.cookie !== undefined) return send(options);
      return send({ ...options, headers: { ...XHR, ...headers, cookie: context.adminCookie } });
    };
  });
  afterAll(async () => {
    saveHits();
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}
