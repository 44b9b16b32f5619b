import type { BrowserContext } from 'playwright-core';

/**
 * Every error the pages of a browser context report: console.error calls (which include failed resource
 * loads and Content-Security-Policy refusals) and uncaught exceptions. A test fails when this list is not
 * empty at its end.
 */
export function collectPageErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    errors.push(`uncaught: ${error.stack ?? error.message}`);
  });
  return errors;
}
