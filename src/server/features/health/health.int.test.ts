import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { testDbKind } from '../../testing/database.ts';

describe('GET /api/health', () => {
  const t = useTestApp();

  it('reports that the server answers and which database it runs on', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { kind: testDbKind } });
    expect(res.body.database.serverVersion).toMatch(/^\d+/);
  });
});
