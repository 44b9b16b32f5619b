import { type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';
import { test as base, expect } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts';
import { collectPageErrors, type ExpectedFailedLoad } from './page-errors.ts';
import { startDemoServer } from './server.ts';

/** Longest a single page action or wait may take before it fails naming what it waited for. */
const ACTION_TIMEOUT_MS = 20_000;

/**
 * `test` for browser scenarios. Per file: the real server with the demo on a fresh data folder, and one
 * headless Chromium. Per test: a fresh browser context (`context`, its first `page`, and `newContext()`
 * for a second user), all closed at the end; the test fails if any page of them logged a console error or
 * threw an uncaught error. `expectFailedLoad(status, path)` tells it that the test provokes that failed
 * response on purpose, so the browser's console report of it is not an error.
 */
export const test = base
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startDemoServer();
    onCleanup(() => server.stop());
    return server;
  })
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
    onCleanup(() => browser.close());
    return browser;
  })
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  .extend('expectedFailedLoads', async ({}) => [] as ExpectedFailedLoad[])
  .extend('expectFailedLoad', async ({ expectedFailedLoads }) => (status: number, path: string) => {
    expectedFailedLoads.push({ status, path });
  })
  .extend('newContext', async ({ browser, server, expectedFailedLoads, onTestFinished }, { onCleanup }) => {
    const opened: { context: BrowserContext; errors: string[] }[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map(({ context }) => context.close()));
    });
    // Checked once the contexts are closed. Not in the cleanup itself: vitest reports an error thrown
    // there twice.
    onTestFinished(() => {
      expect(
        opened.flatMap(({ errors }) => errors),
        'errors reported by the page',
      ).toEqual([]);
    });
    return async (options: BrowserContextOptions = {}) => {
      const context = await browser.newContext({ baseURL: server.url, ...options });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      opened.push({ context, errors: collectPageErrors(context, expectedFailedLoads) });
      return context;
    };
  })
  .extend('context', async ({ newContext }) => newContext())
  .extend('page', async ({ context }) => context.newPage());

export { expect };
