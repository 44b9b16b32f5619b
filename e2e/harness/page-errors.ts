import type { BrowserContext } from 'playwright-core';

/**
 * A failed response a test provokes on purpose (a wrong password's 401): Chromium reports it in the
 * console as "Failed to load resource", which is then not counted as an error.
 */
export interface ExpectedFailedLoad {
  status: number;
  /** The pathname of the request, e.g. `/api/session`. */
  path: string;
}

const FAILED_LOAD = /^Failed to load resource: the server responded with a status of (\d{3})\b/;

/** Whether a console message is the browser's report of the failed load that `expected` names. */
function isExpectedFailedLoad(text: string, url: string, expected: readonly ExpectedFailedLoad[]): boolean {
  const status = Number(FAILED_LOAD.exec(text)?.[1]);
  if (!status || !url) return false;
  const path = new URL(url).pathname;
  return expected.some((e) => e.status === status && e.path === path);
}

/**
 * Every error the pages of a browser context report: console.error calls (which include failed resource
 * loads and Content-Security-Policy refusals) and uncaught exceptions. A test fails when this list is not
 * empty at its end. Only the browser's own report of a failed load the test listed in `expected` (which it
 * may add to while it runs) is left out; everything else, the page's own console.error included, counts.
 */
export function collectPageErrors(
  context: BrowserContext,
  expected: readonly ExpectedFailedLoad[] = [],
): string[] {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    if (isExpectedFailedLoad(message.text(), url, expected)) return;
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    errors.push(`uncaught: ${error.stack ?? error.message}`);
  });
  return errors;
}
