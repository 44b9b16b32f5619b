import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './testing/app.ts';

describe('OpenAPI document', () => {
  const t = useTestApp();

  it('describes every route the server has', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const served = t.app.routeIndex
      .filter((r) => !r.hidden)
      .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(served.filter((r) => !documented.has(r))).toEqual([]);
    expect(served.length).toBe(documented.size);
  });

  it('passes the Redocly linter with no errors', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    const dir = resolve('.test-artifacts');
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, `openapi-${process.pid}-${t.database.kind}.json`);
    writeFileSync(file, JSON.stringify(res.body));
    const lint = spawnSync('npx', ['redocly', 'lint', file, '--format=json'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as {
      totals: { errors: number };
      problems: { message: string; severity: string }[];
    };
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('serves the interactive documentation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });
});
