import { describe, expect, it } from 'vitest';
import { initialScripts } from './initial-scripts.ts';

describe('the JavaScript a first visit downloads', () => {
  it('is the entry module and the modules it preloads, each once, and not stylesheets or lazy chunks', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/index-A1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/query-error-B2.js">
      <link rel='modulepreload' href=/assets/vendor-C3.js>
      <link rel="modulepreload" href="/assets/query-error-B2.js">
      <link rel="stylesheet" href="/assets/index-D4.css">
      <script src="/legacy.js"></script>
    </head><body></body></html>`;
    expect(initialScripts(html)).toEqual([
      '/assets/index-A1.js',
      '/assets/query-error-B2.js',
      '/assets/vendor-C3.js',
    ]);
  });
});
