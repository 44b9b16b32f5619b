import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { as, seedUser, signIn } from '../auth/test-fixtures.ts';
import { type PlanFixture, programBody, type RegionFixture, seedPlan, seedRegion } from './test-fixtures.ts';

/**
 * Two people edit one programme at once: the Diskominfo officer (regency admin) during the Bimtek
 * and the OPD secretary of the lead OPD from their office. Nothing either writes may be lost.
 */
describe('two editors of one programme', () => {
  const t = useTestApp();
  let region: RegionFixture;
  let plan: PlanFixture;
  let officer: Record<string, string>;
  let secretary: Record<string, string>;

  beforeAll(async () => {
    region = await seedRegion(t, '12.02');
    plan = await seedPlan(t, region.regionId);
    const db = t.database.db;
    await seedUser(db, 'diskominfo@taput.go.id', [{ role: 'regency_admin', regionId: region.regionId }]);
    await seedUser(db, 'sekretaris.kominfo@taput.go.id', [
      { role: 'opd_participant', regionId: region.regionId, opdId: region.opd.kominfo },
    ]);
    officer = as(await signIn(t, 'diskominfo@taput.go.id'));
    secretary = as(await signIn(t, 'sekretaris.kominfo@taput.go.id'));
  });

  it('gives the second writer 409 with the current record, and keeps both changes after the merge', async () => {
    const created = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, { budgets: [{ year: 2023, source: 'apbd', amount: '1000000' }] }),
    });
    expect(created.status).toBe(201);
    const url = `/api/programs/${created.body.id}`;

    // Both open the programme at version 1.
    const seenByOfficer = (await t.anonymous({ method: 'GET', url, headers: officer })).body;
    const seenBySecretary = (await t.anonymous({ method: 'GET', url, headers: secretary })).body;
    expect(seenByOfficer.version).toBe(1);
    expect(seenBySecretary.version).toBe(1);

    // The officer saves first: a sharper title and a second budget year.
    const first = await t.anonymous({
      method: 'PATCH',
      url,
      headers: officer,
      payload: {
        version: seenByOfficer.version,
        title: 'Mal Pelayanan Publik digital terpadu',
        budgets: [...seenByOfficer.budgets, { year: 2024, source: 'apbd', amount: '2000000' }],
      },
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);

    // The secretary saves the output and outcome against the version she opened: refused, with what is there now.
    const mine = { output: '20 layanan perizinan daring', outcome: 'Izin terbit dalam 3 hari' };
    const refused = await t.anonymous({
      method: 'PATCH',
      url,
      headers: secretary,
      payload: { version: seenBySecretary.version, ...mine },
    });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.current).toEqual(first.body);
    const unchanged = (await t.anonymous({ method: 'GET', url, headers: secretary })).body;
    expect(unchanged).toEqual(first.body);

    // She merges: her fields on top of the current record, submitted against its version.
    const merged = await t.anonymous({
      method: 'PATCH',
      url,
      headers: secretary,
      payload: { version: refused.body.current.version, ...mine },
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      version: 3,
      title: 'Mal Pelayanan Publik digital terpadu',
      ...mine,
    });
    expect(merged.body.budgets.map((b: { year: number }) => b.year)).toEqual([2023, 2024]);

    // The history names both editors.
    const history = await t.anonymous({ method: 'GET', url: `${url}/history`, headers: officer });
    expect(history.status).toBe(200);
    const actors = history.body.items.map((e: { actor: string }) => e.actor);
    expect(actors).toEqual(
      expect.arrayContaining(['diskominfo@taput.go.id', 'sekretaris.kominfo@taput.go.id']),
    );
  });
});
