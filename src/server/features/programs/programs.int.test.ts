import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { elements, pillars } from '../../db/schema/plan.ts';
import { programBudgets, programs } from '../../db/schema/program.ts';
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

describe('programmes API', () => {
  const t = useTestApp();
  let region: RegionFixture;
  let other: RegionFixture;
  let plan: PlanFixture;
  let otherPlan: PlanFixture;

  beforeAll(async () => {
    region = await seedRegion(t, '12.02');
    other = await seedRegion(t, '12.16');
    plan = await seedPlan(t, region.regionId);
    otherPlan = await seedPlan(t, region.regionId);
  });

  const create = (extra: Record<string, unknown> = {}, planId = plan.planId) =>
    t.request({
      method: 'POST',
      url: `/api/plans/${planId}/programs`,
      payload: programBody(plan, region, extra),
    });
  const auditOf = (id: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'program'), eq(auditLog.entityId, id)))
      .orderBy(auditLog.id);

  describe('create and read', () => {
    it('writes the programme with its lists and answers the whole record', async () => {
      const res = await create({
        code: 'GOV-01',
        description: 'Satu pintu untuk semua layanan perizinan',
        supportingOpdIds: [region.opd.dinkes, region.opd.bappeda],
        kecamatanIds: [region.kecamatan.sipoholon, region.kecamatan.tarutung],
        missionId: plan.missionId,
        isQuickWin: true,
        budgets: [
          { year: 2024, source: 'apbd', amount: '2000000' },
          { year: 2023, source: 'csr', amount: 250000.25 },
          { year: 2023, source: 'apbd', amount: '1500000.50' },
        ],
        targets: [
          { year: 2024, target: '10 layanan' },
          { year: 2023, target: '5 layanan' },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        planId: plan.planId,
        code: 'GOV-01',
        pillarKey: 'governance',
        elementKey: 'public_service',
        leadOpdCode: 'DISKOMINFO',
        leadOpdName: 'Dinas Komunikasi dan Informatika',
        supportingOpdIds: [region.opd.bappeda, region.opd.dinkes],
        kecamatanIds: [region.kecamatan.tarutung, region.kecamatan.sipoholon],
        missionId: plan.missionId,
        isQuickWin: true,
        reviewStatus: 'pending',
        budgets: [
          { year: 2023, source: 'apbd', amount: '1500000.50' },
          { year: 2023, source: 'csr', amount: '250000.25' },
          { year: 2024, source: 'apbd', amount: '2000000.00' },
        ],
        targets: [
          { year: 2023, target: '5 layanan' },
          { year: 2024, target: '10 layanan' },
        ],
        budgetTotal: '3750000.75',
        version: 1,
      });
      expect(res.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);

      const read = await t.request({ method: 'GET', url: `/api/programs/${res.body.id}` });
      expect(read.status).toBe(200);
      expect(read.body).toEqual(res.body);

      const entries = await auditOf(res.body.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'create',
        planId: plan.planId,
        regionId: region.regionId,
        before: null,
        after: res.body,
      });
    });

    it('answers 404 for an unknown programme or plan and 400 for a malformed id', async () => {
      expect((await t.request({ method: 'GET', url: `/api/programs/${unknownId}` })).status).toBe(404);
      expect((await create({}, unknownId)).status).toBe(404);
      const bad = await t.request({ method: 'GET', url: '/api/programs/nope' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'id', in: 'path' });
    });
  });

  describe('codes', () => {
    it('numbers codes per pillar, continuing after the highest, and refuses a duplicate with 409', async () => {
      const p = await seedPlan(t, region.regionId);
      const inPlan = (extra: Record<string, unknown>) =>
        t.request({
          method: 'POST',
          url: `/api/plans/${p.planId}/programs`,
          payload: programBody(p, region, extra),
        });
      expect((await inPlan({})).body.code).toBe('GOV-01');
      expect((await inPlan({})).body.code).toBe('GOV-02');
      const env = await inPlan({ pillarId: p.pillar.environment, elementId: p.element.waste });
      expect(env.body.code).toBe('ENV-01');
      expect((await inPlan({ code: 'GOV-07' })).body.code).toBe('GOV-07');
      expect((await inPlan({})).body.code).toBe('GOV-08');
      const branding = await inPlan({ pillarId: p.pillar.branding, elementId: p.element.tourism_branding });
      expect(branding.body.code).toBe('BRD-01');

      const dup = await inPlan({ code: 'GOV-07' });
      expect(dup.status).toBe(409);
      expect(dup.body).toMatchObject({ fields: ['code'] });
      expect(dup.body.detail).toMatch(/GOV-07/);
      // The same code in another plan is fine.
      const elsewhere = await create({ code: 'GOV-07' }, otherPlan.planId);
      expect(elsewhere.status).toBe(400); // the body's pillar belongs to the first plan
      const inOther = await t.request({
        method: 'POST',
        url: `/api/plans/${otherPlan.planId}/programs`,
        payload: programBody(otherPlan, region, { code: 'GOV-07' }),
      });
      expect(inOther.status).toBe(201);
    });

    it('prefixes the codes of a pillar outside the default six with its first three letters', async () => {
      const p = await seedPlan(t, region.regionId);
      const [mobility] = await t.database.db
        .insert(pillars)
        .values({
          planId: p.planId,
          key: 'mobility',
          ordinal: 7,
          nameId: 'Smart Mobility',
          nameEn: 'Smart Mobility',
        })
        .returning();
      const [element] = await t.database.db
        .insert(elements)
        .values({
          planId: p.planId,
          pillarId: mobility?.id as string,
          key: 'transit',
          ordinal: 1,
          nameId: 'Angkutan umum',
          nameEn: 'Public transit',
        })
        .returning();
      const res = await t.request({
        method: 'POST',
        url: `/api/plans/${p.planId}/programs`,
        payload: programBody(p, region, { pillarId: mobility?.id, elementId: element?.id }),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ code: 'MOB-01', pillarKey: 'mobility' });
    });
  });

  describe('rules', () => {
    const expectRefused = async (extra: Record<string, unknown>, fields: string[]) => {
      const res = await create(extra);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fieldsOf(res.body)).toEqual([...fields].sort());
      return res;
    };

    it('keeps the pillar, element and mission inside the plan', async () => {
      await expectRefused({ pillarId: otherPlan.pillar.governance }, ['pillarId', 'elementId']);
      await expectRefused({ elementId: plan.element.waste }, ['elementId']);
      await expectRefused({ elementId: otherPlan.element.public_service }, ['elementId']);
      await expectRefused({ missionId: otherPlan.missionId }, ['missionId']);
      await expectRefused({ pillarId: unknownId }, ['pillarId', 'elementId']);
    });

    it('keeps the lead and supporting OPDs and the kecamatan inside the plan’s region', async () => {
      await expectRefused({ leadOpdId: other.opd.kominfo }, ['leadOpdId']);
      const res = await expectRefused(
        { supportingOpdIds: [other.opd.dinkes, region.opd.kominfo, region.opd.bappeda, region.opd.bappeda] },
        ['supportingOpdIds.0', 'supportingOpdIds.1', 'supportingOpdIds.3'],
      );
      expect(
        res.body.errors.find((e: { field: string }) => e.field === 'supportingOpdIds.1').message,
      ).toMatch(/lead/);
      await expectRefused(
        { kecamatanIds: [region.kecamatan.tarutung, other.kecamatan.tarutung, region.kecamatan.tarutung] },
        ['kecamatanIds.1', 'kecamatanIds.2'],
      );
      await expectRefused({ supportingOpdIds: ['not-a-uuid'] }, ['supportingOpdIds.0']);
    });

    it('keeps the years inside the plan period and in order, and the horizon one of 1, 5, 10', async () => {
      await expectRefused({ startYear: 2021 }, ['startYear']);
      await expectRefused({ endYear: 2032 }, ['endYear']);
      await expectRefused({ startYear: 2026, endYear: 2024 }, ['endYear']);
      await expectRefused({ horizon: 3 }, ['horizon']);
      await expectRefused({ startYear: 1999 }, ['startYear']);
    });

    it('keeps budgets and targets inside the programme years, each once, amounts in cents', async () => {
      await expectRefused(
        {
          budgets: [
            { year: 2023, source: 'apbd', amount: 100 },
            { year: 2028, source: 'apbd', amount: 100 },
            { year: 2023, source: 'apbd', amount: 5 },
            { year: 2023, source: 'csr', amount: 5 },
          ],
        },
        ['budgets.1.year', 'budgets.2.year'],
      );
      await expectRefused(
        {
          targets: [
            { year: 2022, target: 'a' },
            { year: 2024, target: 'b' },
            { year: 2024, target: 'c' },
          ],
        },
        ['targets.0.year', 'targets.2.year'],
      );
      await expectRefused(
        {
          budgets: [
            { year: 2023, source: 'apbd', amount: -1 },
            { year: 2024, source: 'apbd', amount: 10.005 },
            { year: 2025, source: 'apbd', amount: '12.345' },
            { year: 2026, source: 'lottery', amount: 1 },
          ],
        },
        ['budgets.0.amount', 'budgets.1.amount', 'budgets.2.amount', 'budgets.3.source'],
      );
    });

    it('refuses unknown fields, missing required ones and an empty title', async () => {
      const res = await t.request({
        method: 'POST',
        url: `/api/plans/${plan.planId}/programs`,
        payload: { title: ' ', colour: 'red' },
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(
        expect.arrayContaining([
          'pillarId',
          'elementId',
          'leadOpdId',
          'horizon',
          'startYear',
          'endYear',
          'title',
        ]),
      );
      expect(res.body.detail).toMatch(/colour/);
    });
  });

  describe('one transaction', () => {
    const countPrograms = async (planId: string) =>
      (
        await t.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(programs)
          .where(eq(programs.planId, planId))
      )[0]?.n;

    it('writes nothing when one budget row is bad', async () => {
      const p = await seedPlan(t, region.regionId);
      const res = await t.request({
        method: 'POST',
        url: `/api/plans/${p.planId}/programs`,
        payload: programBody(p, region, {
          budgets: [
            { year: 2023, source: 'apbd', amount: 100 },
            { year: 2040, source: 'apbd', amount: 100 },
          ],
        }),
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['budgets.1.year']);
      expect(await countPrograms(p.planId)).toBe(0);
      const audited = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.planId, p.planId), eq(auditLog.entity, 'program')));
      expect(audited).toEqual([]);
    });

    it('rolls the programme back when the database refuses a budget row after the programme was written', async () => {
      const p = await seedPlan(t, region.regionId);
      // A constraint the service does not know about: the database refuses the row only at insert time.
      await t.database.db.execute(
        sql`alter table program_budgets add constraint program_budgets_amount_cap_check check (amount < 1000000) not valid`,
      );
      try {
        const res = await t.request({
          method: 'POST',
          url: `/api/plans/${p.planId}/programs`,
          payload: programBody(p, region, {
            supportingOpdIds: [region.opd.bappeda],
            budgets: [{ year: 2023, source: 'apbd', amount: 5000000 }],
          }),
        });
        expect(res.status).toBe(400);
        expect(await countPrograms(p.planId)).toBe(0);
        const budgets = await t.database.db.select().from(programBudgets);
        expect(budgets.filter((b) => b.amount === '5000000.00')).toEqual([]);
        const audited = await t.database.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.planId, p.planId), eq(auditLog.entity, 'program')));
        expect(audited).toEqual([]);
      } finally {
        await t.database.db.execute(
          sql`alter table program_budgets drop constraint program_budgets_amount_cap_check`,
        );
      }
    });
  });

  describe('change', () => {
    it('changes fields, keeps the lists not given, replaces those given, and audits once', async () => {
      const created = await create({
        supportingOpdIds: [region.opd.bappeda],
        kecamatanIds: [region.kecamatan.tarutung],
        budgets: [{ year: 2023, source: 'apbd', amount: 100 }],
        targets: [{ year: 2023, target: 'awal' }],
      });
      const id = created.body.id;
      const url = `/api/programs/${id}`;

      const renamed = await t.request({ method: 'PATCH', url, payload: { title: 'Nama baru', version: 1 } });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({
        title: 'Nama baru',
        version: 2,
        supportingOpdIds: [region.opd.bappeda],
        kecamatanIds: [region.kecamatan.tarutung],
        budgets: [{ year: 2023, source: 'apbd', amount: '100.00' }],
        targets: [{ year: 2023, target: 'awal' }],
      });

      const relisted = await t.request({
        method: 'PATCH',
        url,
        payload: {
          budgets: [
            { year: 2024, source: 'kpbu', amount: '0.10' },
            { year: 2024, source: 'apbd', amount: '0.20' },
          ],
          kecamatanIds: [],
          leadOpdId: region.opd.dinkes,
        },
      });
      expect(relisted.status).toBe(200);
      expect(relisted.body).toMatchObject({
        version: 3,
        leadOpdCode: 'DINKES',
        kecamatanIds: [],
        supportingOpdIds: [region.opd.bappeda],
        targets: [{ year: 2023, target: 'awal' }],
        budgets: [
          { year: 2024, source: 'apbd', amount: '0.20' },
          { year: 2024, source: 'kpbu', amount: '0.10' },
        ],
        budgetTotal: '0.30',
      });

      const entries = await auditOf(id);
      expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
      expect(entries[2]?.before).toEqual(renamed.body);
      expect(entries[2]?.after).toEqual(relisted.body);
    });

    it('answers a change of plain fields with the programme exactly as it is then read and audited', async () => {
      const created = await create({
        supportingOpdIds: [region.opd.bappeda],
        budgets: [{ year: 2023, source: 'apbd', amount: 100 }],
      });
      const url = `/api/programs/${created.body.id}`;
      const changed = await t.request({
        method: 'PATCH',
        url,
        payload: {
          version: 1,
          output: 'Keluaran Bimtek II',
          isQuickWin: true,
          endYear: 2025,
          innovation: null,
        },
      });
      expect(changed.status).toBe(200);
      const read = await t.request({ method: 'GET', url });
      expect(changed.body).toEqual(read.body);
      expect(changed.body.updatedAt).not.toBe(created.body.updatedAt);
      const entries = await auditOf(created.body.id);
      expect(entries.at(-1)?.after).toEqual(read.body);
    });

    it('refuses a stale version with 409 and the current programme, changing nothing', async () => {
      const created = await create();
      const url = `/api/programs/${created.body.id}`;
      const first = await t.request({ method: 'PATCH', url, payload: { title: 'Versi A', version: 1 } });
      expect(first.body.version).toBe(2);
      const stale = await t.request({
        method: 'PATCH',
        url,
        payload: { title: 'Versi B', version: 1, budgets: [] },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toMatch(/stale-version/);
      expect(stale.body.current).toEqual(first.body);
      expect((await t.request({ method: 'GET', url })).body).toEqual(first.body);
    });

    it('checks the changed programme against every rule, naming the field', async () => {
      const created = await create({
        budgets: [{ year: 2027, source: 'apbd', amount: 1 }],
        targets: [{ year: 2023, target: 'awal' }],
      });
      const url = `/api/programs/${created.body.id}`;
      const patch = (payload: Record<string, unknown>) => t.request({ method: 'PATCH', url, payload });

      const narrowed = await patch({ startYear: 2024, endYear: 2026 });
      expect(narrowed.status).toBe(400);
      expect(fieldsOf(narrowed.body)).toEqual(['endYear', 'startYear']);
      expect(narrowed.body.detail).toMatch(/budgets of 2027/);
      // Giving the lists with the new years makes the same change acceptable.
      const moved = await patch({ startYear: 2024, endYear: 2026, budgets: [], targets: [] });
      expect(moved.status).toBe(200);

      expect(fieldsOf((await patch({ elementId: plan.element.waste })).body)).toEqual(['elementId']);
      expect(fieldsOf((await patch({ supportingOpdIds: [region.opd.kominfo] })).body)).toEqual([
        'supportingOpdIds.0',
      ]);
      expect(fieldsOf((await patch({ horizon: 2, colour: 'red' })).body)).toEqual(
        expect.arrayContaining(['horizon']),
      );
      expect(fieldsOf((await patch({ version: 0 })).body)).toEqual(['version']);
      const other = await create({ code: 'GOV-90' });
      expect(other.status).toBe(201);
      const taken = await patch({ code: 'GOV-90' });
      expect(taken.status).toBe(409);
      expect(taken.body.fields).toEqual(['code']);
    });

    it('answers 404 for an unknown programme', async () => {
      const res = await t.request({
        method: 'PATCH',
        url: `/api/programs/${unknownId}`,
        payload: { title: 'Nama' },
      });
      expect(res.status).toBe(404);
    });
  });

  describe('delete', () => {
    it('deletes a programme with its lists, audited with the whole record', async () => {
      const created = await create({ budgets: [{ year: 2023, source: 'apbd', amount: 1 }] });
      const url = `/api/programs/${created.body.id}`;
      expect((await t.request({ method: 'DELETE', url })).status).toBe(204);
      expect((await t.request({ method: 'GET', url })).status).toBe(404);
      const budgets = await t.database.db
        .select()
        .from(programBudgets)
        .where(eq(programBudgets.programId, created.body.id));
      expect(budgets).toEqual([]);
      const entries = await auditOf(created.body.id);
      expect(entries.at(-1)).toMatchObject({ action: 'delete', before: created.body, after: null });
      expect((await t.request({ method: 'DELETE', url })).status).toBe(404);
    });
  });

  describe('list', () => {
    let p: PlanFixture;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      p = await seedPlan(t, region.regionId);
      const add = async (name: string, extra: Record<string, unknown>) => {
        const res = await t.request({
          method: 'POST',
          url: `/api/plans/${p.planId}/programs`,
          payload: programBody(p, region, extra),
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        ids[name] = res.body.id;
      };
      await add('gov2', {
        code: 'GOV-02',
        title: 'Satu Data Tapanuli Utara',
        startYear: 2022,
        endYear: 2023,
        budgets: [{ year: 2022, source: 'apbd', amount: 5 }],
      });
      await add('gov1', {
        code: 'GOV-01',
        title: 'Aplikasi perizinan',
        description: 'Perizinan daring untuk UMKM',
        isQuickWin: true,
        supportingOpdIds: [region.opd.dispar],
      });
      await add('env1', {
        code: 'ENV-01',
        title: 'Bank sampah',
        pillarId: p.pillar.environment,
        elementId: p.element.waste,
        leadOpdId: region.opd.dinkes,
        startYear: 2028,
        endYear: 2031,
        targets: [{ year: 2028, target: '3 bank sampah' }],
      });
      await t.request({
        method: 'POST',
        url: `/api/programs/${ids.env1}/reviews`,
        payload: { verdict: 'accepted' },
      });
    });

    const list = async (query = '') => {
      const res = await t.request({ method: 'GET', url: `/api/plans/${p.planId}/programs${query}` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const codes = (body: { items: { code: string }[] }) => body.items.map((i) => i.code);

    it('lists by code with the lists of each programme', async () => {
      const body = await list();
      expect(body).toMatchObject({ total: 3, limit: 100, offset: 0 });
      expect(codes(body)).toEqual(['ENV-01', 'GOV-01', 'GOV-02']);
      expect(body.items[0]).toMatchObject({
        targets: [{ year: 2028, target: '3 bank sampah' }],
        reviewStatus: 'accepted',
        budgetTotal: '0.00',
      });
      expect(body.items[1].supportingOpdIds).toEqual([region.opd.dispar]);
      expect(body.items[2]).toMatchObject({ budgets: [{ year: 2022, amount: '5.00' }], budgetTotal: '5.00' });
      const read = await t.request({ method: 'GET', url: `/api/programs/${ids.gov1}` });
      expect(body.items[1]).toEqual(read.body);
    });

    it('pages', async () => {
      const body = await list('?limit=1&offset=1');
      expect(body).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(codes(body)).toEqual(['GOV-01']);
    });

    it('filters by pillar id or key, element, OPD, year, quick win, review status and text', async () => {
      expect(codes(await list('?pillar=governance'))).toEqual(['GOV-01', 'GOV-02']);
      expect(codes(await list(`?pillar=${p.pillar.environment}`))).toEqual(['ENV-01']);
      expect(codes(await list('?pillar=branding'))).toEqual([]);
      expect(codes(await list(`?element=${p.element.waste}`))).toEqual(['ENV-01']);
      expect(codes(await list(`?opd=${region.opd.dispar}`))).toEqual(['GOV-01']);
      expect(codes(await list(`?opd=${region.opd.kominfo}`))).toEqual(['GOV-01', 'GOV-02']);
      expect(codes(await list('?year=2023'))).toEqual(['GOV-01', 'GOV-02']);
      expect(codes(await list('?year=2028'))).toEqual(['ENV-01']);
      expect(codes(await list('?quickWin=true'))).toEqual(['GOV-01']);
      expect(codes(await list('?quickWin=false'))).toEqual(['ENV-01', 'GOV-02']);
      expect(codes(await list('?reviewStatus=accepted'))).toEqual(['ENV-01']);
      expect(codes(await list('?reviewStatus=pending&pillar=governance&year=2022'))).toEqual(['GOV-02']);
      expect(codes(await list('?q=umkm'))).toEqual(['GOV-01']);
      expect(codes(await list('?q=satu%20data'))).toEqual(['GOV-02']);
      expect(codes(await list('?q=env-0'))).toEqual(['ENV-01']);
      expect(codes(await list('?q=100%25'))).toEqual([]);
    });

    it('refuses bad filters naming them, and an unknown plan with 404', async () => {
      const res = await t.request({
        method: 'GET',
        url: `/api/plans/${p.planId}/programs?quickWin=maybe&year=1800&opd=dinkes&reviewStatus=ok`,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string; in: string }) => [e.field, e.in]).sort()).toEqual([
        ['opd', 'query'],
        ['quickWin', 'query'],
        ['reviewStatus', 'query'],
        ['year', 'query'],
      ]);
      expect((await t.request({ method: 'GET', url: `/api/plans/${unknownId}/programs` })).status).toBe(404);
    });
  });
});
