import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { useTestApp } from '../../testing/app.ts';
import {
  fieldsOf,
  type PlanFixture,
  programBody,
  type RegionFixture,
  seedPlan,
  seedRegion,
} from './test-fixtures.ts';

const unknownId = '00000000-0000-4000-8000-000000000000';

describe('programme progress API', () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;
  let programId: string;

  beforeAll(async () => {
    region = await seedRegion(t, '12.02');
    plan = await seedPlan(t, region.regionId);
    const program = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, { startYear: 2023, endYear: 2025 }),
    });
    programId = program.body.id;
  });

  const report = (payload: Record<string, unknown>, id = programId) =>
    t.request({ method: 'POST', url: `/api/programs/${id}/progress`, payload });

  it('files, lists, reads, changes and deletes progress reports', async () => {
    const q2 = await report({
      year: 2024,
      quarter: 2,
      status: 'running',
      realisationPercent: 45.5,
      budgetRealised: '125000000.50',
      note: 'Tahap konstruksi',
      evidenceUrl: 'https://taputkab.go.id/laporan/q2.pdf',
    });
    expect(q2.status).toBe(201);
    expect(q2.body).toMatchObject({
      programId,
      year: 2024,
      quarter: 2,
      status: 'running',
      realisationPercent: '45.50',
      budgetRealised: '125000000.50',
      version: 1,
    });
    const year = await report({ year: 2023, status: 'completed', realisationPercent: '100' });
    expect(year.body).toMatchObject({ quarter: null, realisationPercent: '100.00', budgetRealised: null });

    const list = await t.request({ method: 'GET', url: `/api/programs/${programId}/progress` });
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((i: { year: number }) => i.year)).toEqual([2023, 2024]);

    const url = `/api/program-progress/${q2.body.id}`;
    expect((await t.request({ method: 'GET', url })).body).toEqual(q2.body);
    const changed = await t.request({
      method: 'PATCH',
      url,
      payload: { realisationPercent: 60, version: 1 },
    });
    expect(changed.body).toMatchObject({ realisationPercent: '60.00', version: 2 });
    const stale = await t.request({ method: 'PATCH', url, payload: { status: 'stalled', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ realisationPercent: '60.00', version: 2 });

    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'progress'), eq(auditLog.entityId, q2.body.id)));
    expect(audited.map((a) => [a.action, a.planId, a.regionId])).toEqual([
      ['create', plan.planId, region.regionId],
      ['update', plan.planId, region.regionId],
    ]);

    expect((await t.request({ method: 'DELETE', url })).status).toBe(204);
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
    await t.request({ method: 'DELETE', url: `/api/program-progress/${year.body.id}` });
  });

  it('keeps reports inside the programme years and values in range, naming the field', async () => {
    const outside = await report({ year: 2026, status: 'running' });
    expect(outside.status).toBe(400);
    expect(fieldsOf(outside.body)).toEqual(['year']);
    expect(outside.body.detail).toMatch(/2023–2025/);

    const bad = await report({
      year: 2024,
      quarter: 5,
      status: 'late',
      realisationPercent: 100.5,
      budgetRealised: -1,
      evidenceUrl: 'ftp://x',
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual([
      'budgetRealised',
      'evidenceUrl',
      'quarter',
      'realisationPercent',
      'status',
    ]);
    expect(
      fieldsOf((await report({ year: 2024, status: 'running', realisationPercent: '101' })).body),
    ).toEqual(['realisationPercent']);

    const filed = await report({ year: 2024, status: 'running' });
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/program-progress/${filed.body.id}`,
      payload: { year: 2030 },
    });
    expect(moved.status).toBe(400);
    expect(fieldsOf(moved.body)).toEqual(['year']);
  });

  it('keeps a programme’s years around its reports and refuses to delete a programme that has some', async () => {
    const program = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, { startYear: 2023, endYear: 2026 }),
    });
    const url = `/api/programs/${program.body.id}`;
    const filed = await report({ year: 2023, status: 'running' }, program.body.id);
    expect(filed.status).toBe(201);

    const narrowed = await t.request({ method: 'PATCH', url, payload: { startYear: 2024 } });
    expect(narrowed.status).toBe(400);
    expect(fieldsOf(narrowed.body)).toEqual(['startYear']);
    expect(narrowed.body.detail).toMatch(/progress reports of 2023/);

    const refused = await t.request({ method: 'DELETE', url });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/progress reports/);

    await t.request({ method: 'DELETE', url: `/api/program-progress/${filed.body.id}` });
    expect((await t.request({ method: 'DELETE', url })).status).toBe(204);
  });

  it('answers 404 for an unknown programme or report', async () => {
    expect((await report({ year: 2024, status: 'running' }, unknownId)).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/programs/${unknownId}/progress` })).status).toBe(404);
    for (const method of ['GET', 'DELETE'] as const)
      expect((await t.request({ method, url: `/api/program-progress/${unknownId}` })).status).toBe(404);
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/program-progress/${unknownId}`,
      payload: { status: 'running' },
    });
    expect(patch.status).toBe(404);
  });
});
