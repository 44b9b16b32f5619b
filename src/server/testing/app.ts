import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { createTestDatabase, testDbKind } from './database.ts';
import { recordRouteHits } from './route-hits.ts';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  /** Send a request and parse the JSON answer. */
  request: (options: InjectOptions) => Promise<TestResponse>;
}

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
    context.request = async (options) => {
      const response = await context.app.inject(options);
      const text = response.body;
      return {
        status: response.statusCode,
        headers: response.headers,
        body: text && /json/.test(String(response.headers['content-type'])) ? JSON.parse(text) : text,
      };
    };
  });
  afterAll(async () => {
    saveHits();
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}
