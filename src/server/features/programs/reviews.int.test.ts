import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { TEST_ADMIN, useTestApp } from '../../testing/app.ts';
import {
  fieldsOf,
  type PlanFixture,
  programBody,
  type RegionFixture,
  seedPlan,
  seedRegion,
} from './test-fixtures.ts';

const unknownId = '00000000-0000-4000-8000-000000000000';

describe('programme reviews API', () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;

  beforeAll(async () => {
    region = await seedRegion(t, '12.02');
    plan = await seedPlan(t, region.regionId);
  });

  const newProgram = async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region),
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const review = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/programs/${id}/reviews`, payload });

  it('records a verdict, makes it the programme’s status and bumps its version', async () => {
    const program = await newProgram();
    const first = await review(program.id, {
      verdict: 'needs_revision',
      comment: 'Anggaran 2024 belum ada sumbernya',
      author: 'Dr. Narasumber',
      programVersion: 1,
    });
    expect(first.status).toBe(201);
    expect(first.body.review).toMatchObject({
      programId: program.id,
      verdict: 'needs_revision',
      comment: 'Anggaran 2024 belum ada sumbernya',
      author: 'Dr. Narasumber',
    });
    expect(first.body.program).toMatchObject({ reviewStatus: 'needs_revision', version: 2 });

    const second = await review(program.id, { verdict: 'accepted' });
    expect(second.body.review).toMatchObject({ verdict: 'accepted', comment: null, author: TEST_ADMIN });
    expect(second.body.program).toMatchObject({ reviewStatus: 'accepted', version: 3 });

    const read = await t.request({ method: 'GET', url: `/api/programs/${program.id}` });
    expect(read.body).toEqual(second.body.program);

    const list = await t.request({ method: 'GET', url: `/api/programs/${program.id}/reviews` });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, limit: 100, offset: 0 });
    expect(list.body.items).toEqual([first.body.review, second.body.review]);

    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.planId, plan.planId),
          eq(auditLog.entityId, program.id),
          eq(auditLog.action, 'update'),
        ),
      );
    expect(audited.map((a) => (a.after as { reviewStatus: string }).reviewStatus)).toEqual([
      'needs_revision',
      'accepted',
    ]);
    const reviewEntries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'programReview'), eq(auditLog.entityId, first.body.review.id)));
    expect(reviewEntries).toHaveLength(1);
  });

  it('refuses a verdict on a changed programme with 409 and writes no review', async () => {
    const program = await newProgram();
    await t.request({
      method: 'PATCH',
      url: `/api/programs/${program.id}`,
      payload: { title: 'Judul baru' },
    });
    const stale = await review(program.id, { verdict: 'accepted', programVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ title: 'Judul baru', version: 2, reviewStatus: 'pending' });
    const list = await t.request({ method: 'GET', url: `/api/programs/${program.id}/reviews` });
    expect(list.body.total).toBe(0);
  });

  it('refuses a bad verdict or unknown field naming it, and an unknown programme with 404', async () => {
    const program = await newProgram();
    const bad = await review(program.id, { verdict: 'rejected', comment: '' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['comment', 'verdict']);
    expect((await review(program.id, {})).body.errors[0].field).toBe('verdict');
    expect((await review(unknownId, { verdict: 'accepted' })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/programs/${unknownId}/reviews` })).status).toBe(404);
    const badPage = await t.request({ method: 'GET', url: `/api/programs/${program.id}/reviews?limit=0` });
    expect(badPage.status).toBe(400);
    expect(badPage.body.errors[0]).toMatchObject({ field: 'limit', in: 'query' });
  });
});
