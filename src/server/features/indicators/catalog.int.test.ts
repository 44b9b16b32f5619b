import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../db/schema/indicator.ts';
import { useTestApp } from '../../testing/app.ts';
import { seedStarterCatalog } from './starter-catalog.ts';
import { completeStarterCatalog } from './starter-completion.ts';
import {
  auditEntries,
  createCatalogEntry,
  createPlan,
  createRegion,
  fieldsOf,
  UNKNOWN_ID,
} from './test-fixtures.ts';

const catalog = '/api/indicators/catalog';

describe('indicator catalogue API', () => {
  const t = useTestApp();
  let taput: string;
  let samosir: string;

  beforeAll(async () => {
    taput = await createRegion(t, '12.02', 'Kabupaten Tapanuli Utara');
    samosir = await createRegion(t, '12.17', 'Kabupaten Samosir');
  });

  it('loads the starter catalogue once, audited, and skips it the second time', async () => {
    const added = await t.database.db.transaction((tx) => seedStarterCatalog(tx, 'seed'));
    expect(added).toBe(195);
    const again = await t.database.db.transaction((tx) => seedStarterCatalog(tx, 'seed'));
    expect(again).toBe(0);
    const list = await t.request({ method: 'GET', url: `${catalog}?limit=1000` });
    expect(list.body.total).toBe(195);
    const unemployment = list.body.items.find((e: { code: string }) => e.code === 'ISO37120-5.1');
    expect(unemployment).toMatchObject({
      source: 'iso37120',
      reference: '5.1',
      theme: 'economy',
      nameId: 'Tingkat pengangguran',
      unit: '%',
      multiplier: '100.000000',
      maxValue: '100.000000',
      direction: 'decrease',
    });
    expect(await auditEntries(t, 'indicatorCatalogEntry', unemployment.id)).toEqual([
      expect.objectContaining({ action: 'create', actor: 'seed' }),
    ]);
    expect(unemployment).toMatchObject({
      numeratorLabel: 'Jumlah penduduk yang menganggur',
      numeratorLabelEn: 'Unemployed persons',
      denominatorLabelEn: 'Labour force',
    });
    const internet = list.body.items.find((e: { code: string }) => e.code === 'U4SSC-EC-ICT-ICT-1C');
    expect(internet).toMatchObject({
      definitionEn: expect.stringMatching(/÷ households × 100/),
      definitionId: expect.stringMatching(/÷ rumah tangga × 100/),
      numeratorLabelEn: 'Households with internet access',
      denominatorLabel: 'Jumlah rumah tangga',
    });
  });

  it('fills in the starter text an older installation lacks, never over what someone wrote', async () => {
    const db = t.database.db;
    const codes = ['U4SSC-EC-ICT-ICT-1C', 'ISO37120-5.1', 'ISO37120-5.3'];
    const blank = {
      definitionEn: null,
      definitionId: null,
      numeratorLabelEn: null,
      denominatorLabelEn: null,
    };
    await db
      .update(indicatorCatalog)
      .set(blank)
      .where(inArray(indicatorCatalog.code, codes.slice(0, 2)));
    // Someone's own Indonesian labels: the starter's English ones would not translate them.
    await db
      .update(indicatorCatalog)
      .set({ numeratorLabel: 'Pekerja 35 jam/minggu', numeratorLabelEn: null, denominatorLabelEn: null })
      .where(eq(indicatorCatalog.code, 'ISO37120-5.3'));
    expect(await db.transaction((tx) => completeStarterCatalog(tx, 'seed'))).toBe(2);
    const rows = await db.select().from(indicatorCatalog).where(inArray(indicatorCatalog.code, codes));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('U4SSC-EC-ICT-ICT-1C')).toMatchObject({
      definitionEn: expect.stringMatching(/^Households that can use the internet/),
      numeratorLabelEn: 'Households with internet access',
      version: 2,
    });
    expect(byCode.get('ISO37120-5.1')).toMatchObject({
      definitionId: expect.stringMatching(/angkatan kerja × 100/),
      numeratorLabelEn: 'Unemployed persons',
    });
    expect(byCode.get('ISO37120-5.3')).toMatchObject({
      numeratorLabel: 'Pekerja 35 jam/minggu',
      numeratorLabelEn: null,
      version: 1,
    });
    const id = byCode.get('ISO37120-5.1')?.id as string;
    expect((await auditEntries(t, 'indicatorCatalogEntry', id)).map((a) => a.action)).toEqual([
      'create',
      'update',
    ]);
    expect(await db.transaction((tx) => completeStarterCatalog(tx, 'seed'))).toBe(0);
  });

  it('filters by source, theme and words of the code or names', async () => {
    const u4ssc = await t.request({ method: 'GET', url: `${catalog}?source=u4ssc&limit=1` });
    expect(u4ssc.body.total).toBe(91);
    const water = await t.request({ method: 'GET', url: `${catalog}?theme=water&source=iso37122` });
    expect(water.body.items.map((e: { code: string }) => e.code).sort()).toEqual([
      'ISO37122-23.1',
      'ISO37122-23.2',
      'ISO37122-23.3',
    ]);
    const byIndonesian = await t.request({ method: 'GET', url: `${catalog}?q=pengangguran%20usia%20muda` });
    expect(byIndonesian.body.items.map((e: { code: string }) => e.code).sort()).toEqual([
      'ISO37120-5.4',
      'U4SSC-EC-P-EM-2C',
    ]);
    const solidWaste = await t.request({
      method: 'GET',
      url: `${catalog}?source=iso37120&theme=solid_waste`,
    });
    expect(solidWaste.body.items.map((e: { reference: string }) => e.reference)).toEqual([
      '16.1',
      '16.2',
      '16.3',
      '16.4',
      '16.5',
      '16.6',
      '16.7',
      '16.10',
    ]);
    const byCode = await t.request({ method: 'GET', url: `${catalog}?q=EC-ICT-ICT` });
    expect(byCode.body.total).toBe(5);
  });

  it('shows a regency its own local indicators, by id or BPS code, and no one else’s', async () => {
    const local = await createCatalogEntry(t, { code: 'TAPUT-KOPI', source: 'local', regionId: taput });
    await createCatalogEntry(t, { code: 'SAMOSIR-WISATA', source: 'local', regionId: samosir });
    const codes = async (query: string) =>
      (await t.request({ method: 'GET', url: `${catalog}?limit=1000&source=local${query}` })).body.items.map(
        (e: { code: string }) => e.code,
      );
    expect(await codes('')).toEqual([]);
    expect(await codes(`&region=${taput}`)).toEqual([local.code]);
    expect(await codes('&region=12.02')).toEqual([local.code]);
    const national = await t.request({ method: 'GET', url: `${catalog}?region=12.02&limit=1` });
    expect(national.body.total).toBeGreaterThan(195);
  });

  it('refuses an unknown theme in the query, naming it', async () => {
    const res = await t.request({ method: 'GET', url: `${catalog}?theme=tourism` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'theme', in: 'query' });
  });

  it('adds, reads, changes and deletes a national indicator', async () => {
    const created = await t.request({
      method: 'POST',
      url: catalog,
      payload: {
        code: 'SPBE-01',
        source: 'national',
        theme: 'governance',
        nameId: 'Indeks SPBE',
        nameEn: 'Electronic government index',
        unit: 'index (1-5)',
        minValue: 1,
        maxValue: '5',
        numeratorLabel: 'Skor domain',
        denominatorLabel: 'Jumlah domain',
        numeratorLabelEn: 'Domain scores',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      regionId: null,
      direction: 'increase',
      minValue: '1.000000',
      numeratorLabelEn: 'Domain scores',
      denominatorLabelEn: null,
      version: 1,
    });
    const url = `${catalog}/${created.body.id}`;
    expect((await t.request({ method: 'GET', url })).body.code).toBe('SPBE-01');
    const changed = await t.request({
      method: 'PATCH',
      url,
      payload: { maxValue: 4, denominatorLabelEn: 'Domains', version: 1 },
    });
    expect(changed.body).toMatchObject({
      maxValue: '4.000000',
      numeratorLabelEn: 'Domain scores',
      denominatorLabelEn: 'Domains',
      version: 2,
    });
    expect((await t.request({ method: 'DELETE', url })).status).toBe(204);
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
  });

  it('refuses a code that is taken with 409', async () => {
    const res = await t.request({
      method: 'POST',
      url: catalog,
      payload: {
        code: 'ISO37120-5.1',
        source: 'iso37120',
        theme: 'economy',
        nameId: 'X x',
        nameEn: 'Y y',
        unit: '%',
      },
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/code/);
  });

  it('names each bad field of a new entry', async () => {
    const base = {
      code: 'NEW-1',
      source: 'national',
      theme: 'economy',
      nameId: 'Nama',
      nameEn: 'Name',
      unit: '%',
    };
    const post = (payload: Record<string, unknown>) => t.request({ method: 'POST', url: catalog, payload });
    const { unit: _, ...noUnit } = base;
    expect(fieldsOf((await post(noUnit)).body)).toEqual(['unit']);
    expect(fieldsOf((await post({ ...base, unit: '  ' })).body)).toEqual(['unit']);
    expect(fieldsOf((await post({ ...base, minValue: 10, maxValue: 5 })).body)).toEqual(['maxValue']);
    expect(fieldsOf((await post({ ...base, multiplier: 0 })).body)).toEqual(['multiplier']);
    expect(fieldsOf((await post({ ...base, theme: 'tourism', code: 'bad code' })).body).sort()).toEqual([
      'code',
      'theme',
    ]);
    expect(fieldsOf((await post({ ...base, source: 'local' })).body)).toEqual(['regionId']);
    expect(fieldsOf((await post({ ...base, regionId: UNKNOWN_ID })).body)).toEqual(['regionId']);
    expect(fieldsOf((await post({ ...base, colour: 'red' })).body)).toEqual(['colour']);
    expect(fieldsOf((await post({ ...base, numeratorLabelEn: 'x'.repeat(301) })).body)).toEqual([
      'numeratorLabelEn',
    ]);
    const list = await t.request({ method: 'GET', url: `${catalog}?q=NEW-1` });
    expect(list.body.total).toBe(0);
  });

  it('checks a change against the stored entry and refuses a stale version', async () => {
    const entry = await createCatalogEntry(t, { minValue: 10, maxValue: 20 });
    const url = `${catalog}/${entry.id}`;
    const below = await t.request({ method: 'PATCH', url, payload: { maxValue: 5 } });
    expect(below.status).toBe(400);
    expect(fieldsOf(below.body)).toEqual(['maxValue']);
    const local = await t.request({ method: 'PATCH', url, payload: { source: 'local' } });
    expect(fieldsOf(local.body)).toEqual(['source']);
    const moved = await t.request({ method: 'PATCH', url, payload: { regionId: taput } });
    expect(fieldsOf(moved.body)).toEqual(['regionId']);
    await t.request({ method: 'PATCH', url, payload: { nameEn: 'First edit', version: 1 } });
    const stale = await t.request({ method: 'PATCH', url, payload: { nameEn: 'Second edit', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ nameEn: 'First edit', version: 2 });
  });

  it('answers 404 for an unknown entry on every item route', async () => {
    const url = `${catalog}/${UNKNOWN_ID}`;
    expect((await t.request({ method: 'GET', url })).status).toBe(404);
    expect((await t.request({ method: 'PATCH', url, payload: { nameEn: 'X y' } })).status).toBe(404);
    expect((await t.request({ method: 'DELETE', url })).status).toBe(404);
  });

  it('refuses to delete an indicator a plan has selected', async () => {
    const entry = await createCatalogEntry(t);
    const plan = await createPlan(t, taput);
    const selected = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/indicators`,
      payload: { catalogId: entry.id, pillarId: plan.pillars.governance },
    });
    expect(selected.status).toBe(201);
    const res = await t.request({ method: 'DELETE', url: `${catalog}/${entry.id}` });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/selected by 1 plan/);
    expect((await t.request({ method: 'GET', url: `${catalog}/${entry.id}` })).status).toBe(200);
  });
});
