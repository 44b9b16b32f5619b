import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PILLARS, type PlanStatus, type UserRole } from '../../../shared/domain.ts';
import { opdUnits } from '../../db/schema/organisation.ts';
import { elements, pillars, plans, readinessScores } from '../../db/schema/plan.ts';
import { programBudgets, programs } from '../../db/schema/program.ts';
import { regions } from '../../db/schema/region.ts';
import { useTestApp } from '../../testing/app.ts';
import { as, seedUser, signIn } from '../auth/test-fixtures.ts';
import { compareFloorSql } from './floor-sql.ts';
import { type ComparisonRow, comparisonRows } from './repository.ts';

const DEFAULT_COLUMNS = DEFAULT_PILLARS.map(({ key, nameId, nameEn }) => ({ key, nameId, nameEn }));
const MOBILITY = { key: 'mobility', nameId: 'Smart Mobility', nameEn: 'Smart Mobility' };
const empty = { programCount: 0, budgetTotal: '0.00', readinessAverage: null };

/**
 * Three regions: Toba (12.01) with an adopted plan and a newer draft, Samosir (12.02) with only a draft
 * whose pillars are governance, a mobility pillar a regulation added, and economy, and Dairi (12.03) with
 * no plan. Rows go in with Drizzle, so that every number below is one written here.
 */
describe('GET /api/compare: the ministry’s cross-regency view', () => {
  const t = useTestApp();
  const ids = {} as {
    toba: string;
    samosir: string;
    dairi: string;
    tobaAdopted: string;
    tobaDraft: string;
    samosirDraft: string;
  };
  const cookie = {} as Record<'regencyAdmin' | 'participant' | 'reviewer', string>;

  const insert = async (table: PgTable, values: Record<string, unknown>) => {
    const [row] = (await t.database.db
      .insert(table)
      .values(values as never)
      .returning()) as { id: string }[];
    return row?.id as string;
  };
  const region = (code: string, name: string) =>
    insert(regions, { code, name, kind: 'kabupaten', province: 'Sumatera Utara' });
  const plan = (regionId: string, status: PlanStatus, start: number) =>
    insert(plans, {
      regionId,
      title: `Masterplan ${start}`,
      periodStart: start,
      periodEnd: start + 4,
      status,
      currentPhase: status === 'draft' ? 2 : null,
    });
  /** A pillar with one element; returns what a programme needs. */
  const pillar = async (planId: string, key: string, ordinal: number, name = `Smart ${key}`) => {
    const pillarId = await insert(pillars, { planId, key, ordinal, nameId: name, nameEn: name });
    const elementId = await insert(elements, {
      planId,
      pillarId,
      key: `${key}_1`,
      ordinal: 1,
      nameId: 'Elemen',
      nameEn: 'Element',
    });
    return { planId, pillarId, elementId };
  };
  let code = 0;
  const program = async (
    p: { planId: string; pillarId: string; elementId: string },
    opdId: string,
    budgets: string[],
  ) => {
    const programId = await insert(programs, {
      planId: p.planId,
      pillarId: p.pillarId,
      elementId: p.elementId,
      code: `PRG-${++code}`,
      title: 'Program aksi',
      leadOpdId: opdId,
      horizon: 5,
      startYear: 2025,
      endYear: 2029,
    });
    for (const [i, amount] of budgets.entries())
      await t.database.db
        .insert(programBudgets)
        .values({ programId, year: 2025 + i, source: 'apbd', amount });
  };
  const score = (p: { planId: string; pillarId: string }, aspect: string, value: number) =>
    insert(readinessScores, { planId: p.planId, pillarId: p.pillarId, aspect, score: value });

  beforeAll(async () => {
    // Inserted out of code order: the answer sorts by code.
    ids.dairi = await region('12.03', 'Kabupaten Dairi');
    ids.samosir = await region('12.02', 'Kabupaten Samosir');
    ids.toba = await region('12.01', 'Kabupaten Toba');
    const opd = async (regionId: string) =>
      insert(opdUnits, { regionId, code: 'DISKOMINFO', name: 'Diskominfo', type: 'office' });
    const tobaOpd = await opd(ids.toba);
    const samosirOpd = await opd(ids.samosir);
    const dairiOpd = await opd(ids.dairi);

    // Toba: the adopted plan has the six default pillars, one programme under living.
    ids.tobaAdopted = await plan(ids.toba, 'adopted', 2020);
    const adopted = new Map<string, Awaited<ReturnType<typeof pillar>>>();
    for (const [i, p] of DEFAULT_PILLARS.entries())
      adopted.set(p.key, await pillar(ids.tobaAdopted, p.key, i + 1, p.nameId));
    await program(adopted.get('living') as never, tobaOpd, ['500000.00', '250000.00']);
    // The newer draft has only started: one pillar, nothing in it.
    ids.tobaDraft = await plan(ids.toba, 'draft', 2025);
    await pillar(ids.tobaDraft, 'governance', 1, 'Smart Governance');

    // Samosir: a draft with a pillar the default set lacks, placed between the other two.
    ids.samosirDraft = await plan(ids.samosir, 'draft', 2024);
    const governance = await pillar(ids.samosirDraft, 'governance', 1, 'Smart Governance');
    await pillar(ids.samosirDraft, 'mobility', 2, 'Smart Mobility');
    const economy = await pillar(ids.samosirDraft, 'economy', 3, 'Smart Economy');
    await program(governance, samosirOpd, ['1500000.50', '2000000']);
    await program(governance, samosirOpd, []);
    // More digits than a JavaScript number keeps.
    await program(economy, samosirOpd, ['9999999999999999.99']);
    await program(economy, samosirOpd, ['0.01', '0.01']);
    await score(governance, 'struktur', 4);
    await score(governance, 'infrastruktur', 3);
    await score(governance, 'suprastruktur', 4);
    await score(economy, 'infrastruktur', 2);

    const signInAs = async (name: string, roles: { role: UserRole; regionId?: string; opdId?: string }[]) => {
      const email = `compare.${name}@test.rancang.id`;
      await seedUser(t.database.db, email, roles);
      return signIn(t, email);
    };
    cookie.regencyAdmin = await signInAs('admin', [{ role: 'regency_admin', regionId: ids.samosir }]);
    cookie.participant = await signInAs('participant', [
      { role: 'opd_participant', regionId: ids.dairi, opdId: dairiOpd },
    ]);
    cookie.reviewer = await signInAs('reviewer', [{ role: 'ministry_reviewer' }]);
  });

  const get = (as?: Record<string, string>) =>
    as
      ? t.request({ method: 'GET', url: '/api/compare', headers: as })
      : t.anonymous({ method: 'GET', url: '/api/compare' });
  const codes = (body: { regions: { code: string }[] }) => body.regions.map((r) => r.code);

  const tobaPublished = {
    id: '',
    code: '12.01',
    name: 'Kabupaten Toba',
    kind: 'kabupaten',
    province: 'Sumatera Utara',
    plan: {
      id: '',
      title: 'Masterplan 2020',
      status: 'adopted',
      currentPhase: null,
      periodStart: 2020,
      periodEnd: 2024,
      programCount: 1,
      budgetTotal: '750000.00',
    },
    pillars: DEFAULT_PILLARS.map(({ key }) =>
      key === 'living'
        ? { key, programCount: 1, budgetTotal: '750000.00', readinessAverage: null }
        : { key, ...empty },
    ),
  };

  it('shows an anonymous caller only the regions with a published plan, and that plan', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      pillars: DEFAULT_COLUMNS,
      regions: [{ ...tobaPublished, id: ids.toba, plan: { ...tobaPublished.plan, id: ids.tobaAdopted } }],
    });
  });

  it('shows the platform admin every region, with its newest plan or none, counted and summed per pillar', async () => {
    const res = await t.request({ method: 'GET', url: '/api/compare' });
    expect(res.status).toBe(200);
    expect(res.body.pillars, 'the default six, then the extra pillar a shown plan has').toEqual([
      ...DEFAULT_COLUMNS,
      MOBILITY,
    ]);
    expect(codes(res.body)).toEqual(['12.01', '12.02', '12.03']);
    const [toba, samosir, dairi] = res.body.regions;
    expect(toba.plan).toMatchObject({ id: ids.tobaDraft, status: 'draft', currentPhase: 2, programCount: 0 });
    expect(toba.pillars).toEqual([{ key: 'governance', ...empty }]);
    expect(samosir).toEqual({
      id: ids.samosir,
      code: '12.02',
      name: 'Kabupaten Samosir',
      kind: 'kabupaten',
      province: 'Sumatera Utara',
      plan: {
        id: ids.samosirDraft,
        title: 'Masterplan 2024',
        status: 'draft',
        currentPhase: 2,
        periodStart: 2024,
        periodEnd: 2028,
        programCount: 4,
        budgetTotal: '10000000003500000.51',
      },
      // In column order, not the plan's own: mobility is the plan's second pillar but the last column.
      pillars: [
        { key: 'governance', programCount: 2, budgetTotal: '3500000.50', readinessAverage: 3.67 },
        { key: 'economy', programCount: 2, budgetTotal: '10000000000000000.01', readinessAverage: 2 },
        { key: 'mobility', ...empty },
      ],
    });
    expect(dairi).toMatchObject({ id: ids.dairi, code: '12.03', plan: null, pillars: [] });
  });

  it('shows a ministry reviewer what the platform admin sees', async () => {
    const admin = await t.request({ method: 'GET', url: '/api/compare' });
    const reviewer = await get(as(cookie.reviewer));
    expect(reviewer.status).toBe(200);
    expect(reviewer.body).toEqual(admin.body);
  });

  it('shows a regency role its own regions, with or without a plan, besides the published ones', async () => {
    const admin = await get(as(cookie.regencyAdmin));
    expect(admin.status).toBe(200);
    expect(codes(admin.body)).toEqual(['12.01', '12.02']);
    // Toba is someone else's: its published plan, not the newer draft.
    expect(admin.body.regions[0].plan.id).toBe(ids.tobaAdopted);
    expect(admin.body.regions[1].plan).toMatchObject({ id: ids.samosirDraft, programCount: 4 });
    expect(admin.body.pillars.map((p: { key: string }) => p.key)).toContain('mobility');

    const participant = await get(as(cookie.participant));
    expect(participant.status).toBe(200);
    expect(codes(participant.body)).toEqual(['12.01', '12.03']);
    expect(participant.body.regions[1]).toMatchObject({ id: ids.dairi, plan: null, pillars: [] });
    expect(participant.body.pillars).toEqual(DEFAULT_COLUMNS);
  });

  it('answers as the hand-written statement of the benchmark does', async () => {
    const floor = async (view: 'all' | 'published') =>
      ((await t.database.db.execute(sql.raw(compareFloorSql(view)))) as unknown as { rows: ComparisonRow[] })
        .rows;
    const built = (readable: string[] | null) =>
      t.database.db.transaction((tx) => comparisonRows(tx, readable));
    const all = await floor('all');
    expect(all).toHaveLength(1 + 3 + 1);
    expect(all).toEqual(await built(null));
    expect(await floor('published')).toEqual(await built([]));
  });
});
