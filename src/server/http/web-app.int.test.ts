import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { cspDirectives } from '../testing/csp.ts';
import { createTestDatabase } from '../testing/database.ts';

// A stand-in for `vite build` output: what is tested is how the server serves it, not the build.
const INDEX =
  '<!doctype html><html lang="id"><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the web app at /', () => {
  let webRoot: string;
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'rancang-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), SCRIPT);
    writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js.gz'), gzipSync(SCRIPT));
    database = await createTestDatabase();
    app = await buildApp({ database, webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves the app at / under the strict script policy, checked afresh on every visit', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: BROWSER });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(INDEX);
    const csp = cspDirectives(res.headers['content-security-policy']);
    expect(csp['script-src']).toBe("'self'");
    expect(csp['default-src']).toBe("'self'");
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a deep link with the same index.html, so a shared address opens its page', async () => {
    for (const url of ['/regions/abc', '/regions/abc?tab=plans', '/sign-in', '/no/such/page']) {
      const res = await app.inject({ method: 'GET', url, headers: BROWSER });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(INDEX);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-security-policy'], url).toBeDefined();
    }
  });

  it('keeps /api/… the API: an unknown API path is a problem+json 404, even for a browser', async () => {
    for (const headers of [BROWSER, { accept: 'application/json' }]) {
      for (const url of ['/api/nope', '/api', '/api/no/such/thing']) {
        const res = await app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
        expect(res.json().title, url).toBe('Not found');
      }
    }
    const api = await app.inject({ method: 'GET', url: '/api/health' });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({ status: 'ok' });
  });

  it('caches hashed assets for a year and sends the precompressed file to a browser that takes gzip', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body).toBe(SCRIPT);

    const gzipped = await app.inject({
      method: 'GET',
      url: '/assets/app-1a2b3c.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('gives a missing asset a 404, not index.html (a script tag would otherwise run HTML)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/assets/gone-9z9z9z.js',
      headers: { accept: '*/*' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const outside = await app.inject({ method: 'GET', url: '/assets/..%2f..%2f..%2fetc%2fpasswd' });
    expect(outside.statusCode).toBeGreaterThanOrEqual(400);
    expect(outside.body).not.toContain('root:');
  });

  it('serves a build written while the server runs (new hashed names) without a restart', async () => {
    writeFileSync(join(webRoot, 'assets', 'app-4d5e6f.js'), 'export {};');
    const res = await app.inject({
      method: 'GET',
      url: '/assets/app-4d5e6f.js?v=1',
      headers: { accept: '*/*' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('export {};');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the web app out of the API description', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(res.json().paths as object);
    expect(paths.every((p) => p.startsWith('/api/'))).toBe(true);
    const visible = app.routeIndex.filter((r) => !r.hidden);
    expect(visible.every((r) => r.url.startsWith('/api/'))).toBe(true);
  });
});

describe('a server without the web app', () => {
  it('leads from / to the API documentation', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ database });
    try {
      const res = await app.inject({ method: 'GET', url: '/', headers: BROWSER });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/api/docs');
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('refuses to start with a web folder that holds no build', async () => {
    const database = await createTestDatabase();
    const empty = mkdtempSync(join(tmpdir(), 'rancang-web-empty-'));
    try {
      await expect(buildApp({ database, webRoot: empty })).rejects.toThrow(/index\.html is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
      await database.close();
    }
  });
});
