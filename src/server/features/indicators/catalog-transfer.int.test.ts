import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { seedStarterCatalog } from './starter-catalog.ts';
import { auditEntries, createRegion, fieldsOf } from './test-fixtures.ts';

const HEADER =
  'code,source,reference,theme,nameId,nameEn,definitionId,definitionEn,unit,kind,numeratorLabel,denominatorLabel,numeratorLabelEn,denominatorLabelEn,multiplier,minValue,maxValue,direction';
/** The header files had before the English numerator and denominator labels. */
const OLD_HEADER = HEADER.replace(',numeratorLabelEn,denominatorLabelEn', '');

describe('indicator catalogue import and export', () => {
  const t = useTestApp();
  let taput: string;

  beforeAll(async () => {
    taput = await createRegion(t, '12.02', 'Kabupaten Tapanuli Utara');
    await createRegion(t, '12.17', 'Kabupaten Samosir');
    await t.database.db.transaction((tx) => seedStarterCatalog(tx, 'seed'));
  });

  const exportFile = (query: string) =>
    t.anonymous({ method: 'GET', url: `/api/indicators/catalog/export${query}` });
  const importFile = (payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/api/indicators/catalog/import', payload });

  it('exports the national catalogue as CSV and as JSON, as an attachment anyone may download', async () => {
    const csv = await exportFile('');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="rancang-indicator-catalog.csv"');
    expect((csv.body as string).startsWith('\uFEFF')).toBe(true);
    const lines = (csv.body as string).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(196);
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.code === 'ISO37120-5.1')).toMatchObject({
      source: 'iso37120',
      reference: '5.1',
      unit: '%',
      multiplier: '100',
      minValue: '0',
      maxValue: '100',
      direction: 'decrease',
      kind: '',
      numeratorLabel: 'Jumlah penduduk yang menganggur',
      numeratorLabelEn: 'Unemployed persons',
      denominatorLabelEn: 'Labour force',
    });
    const json = await exportFile('?format=json&theme=water&source=iso37122');
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toBe('attachment; filename="rancang-indicator-catalog.json"');
    expect(json.body.format).toBe('rancang-indicator-catalog');
    expect(json.body.version).toBe(1);
    expect(json.body.entries.map((e: { code: string }) => e.code)).toEqual([
      'ISO37122-23.1',
      'ISO37122-23.2',
      'ISO37122-23.3',
    ]);
    expect(json.body.entries[0]).toMatchObject({
      numeratorLabelEn: 'Drinking water under real-time monitoring (m³)',
      denominatorLabelEn: 'Drinking water supplied (m³)',
    });
  });

  it("imports a regency's own indicators from CSV, audited, and updates them on a second import", async () => {
    const csv = [
      HEADER,
      'TAPUT-KOPI,local,,agriculture_food,Produksi kopi arabika,Arabica coffee production,Produksi kopi arabika dalam setahun.,Arabica coffee harvested in a year.,ton per tahun,,,,,,,0,,increase',
      'TAPUT-UMKM,local,,economy,UMKM daring,Small businesses online,,,%,,UMKM yang berjualan daring,Seluruh UMKM terdata,Small businesses selling online,All registered small businesses,100,0,100,',
    ].join('\n');
    const res = await importFile({ regionId: taput, csv });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: false,
      total: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      entries: [
        { code: 'TAPUT-KOPI', action: 'create' },
        { code: 'TAPUT-UMKM', action: 'create' },
      ],
    });
    const local = await t.request({
      method: 'GET',
      url: '/api/indicators/catalog?q=TAPUT-UMKM&region=12.02',
    });
    const umkm = local.body.items[0];
    expect(umkm).toMatchObject({
      regionId: taput,
      direction: 'increase',
      numeratorLabel: 'UMKM yang berjualan daring',
      numeratorLabelEn: 'Small businesses selling online',
      denominatorLabelEn: 'All registered small businesses',
      multiplier: '100.000000',
      definitionEn: null,
    });
    expect(await auditEntries(t, 'indicatorCatalogEntry', umkm.id)).toEqual([
      expect.objectContaining({ action: 'create', regionId: taput }),
    ]);
    const again = await importFile({ regionId: taput, csv });
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = await importFile({
      regionId: taput,
      csv: csv.replace('Small businesses online', 'MSMEs online'),
    });
    expect(changed.body).toMatchObject({ updated: 1, unchanged: 1 });
    expect(changed.body.entries[1]).toEqual({ code: 'TAPUT-UMKM', action: 'update' });
  });

  it('imports a file written before the English labels, leaving the stored ones as they are', async () => {
    const csv = [
      OLD_HEADER,
      'TAPUT-UMKM,local,,economy,UMKM daring,MSMEs selling online,,,%,,UMKM yang berjualan daring,Seluruh UMKM terdata,100,0,100,',
    ].join('\n');
    const res = await importFile({ regionId: taput, csv });
    expect(res.body).toMatchObject({ updated: 1, entries: [{ code: 'TAPUT-UMKM', action: 'update' }] });
    const json = await importFile({
      regionId: taput,
      entries: [
        {
          code: 'TAPUT-UMKM',
          source: 'local',
          theme: 'economy',
          nameId: 'UMKM daring',
          nameEn: 'MSMEs selling online',
          unit: '%',
          numeratorLabel: 'UMKM yang berjualan daring',
          denominatorLabel: 'Seluruh UMKM terdata',
          multiplier: 100,
          minValue: 0,
          maxValue: 100,
        },
      ],
    });
    expect(json.body).toMatchObject({ unchanged: 1 });
    const found = await t.request({
      method: 'GET',
      url: '/api/indicators/catalog?q=TAPUT-UMKM&region=12.02',
    });
    expect(found.body.items[0]).toMatchObject({
      nameEn: 'MSMEs selling online',
      numeratorLabelEn: 'Small businesses selling online',
      denominatorLabelEn: 'All registered small businesses',
    });
    // An empty cell in a file that has the column does clear it.
    const cleared = await importFile({
      regionId: taput,
      csv: [
        HEADER,
        'TAPUT-UMKM,local,,economy,UMKM daring,MSMEs selling online,,,%,,UMKM yang berjualan daring,Seluruh UMKM terdata,,,100,0,100,',
      ].join('\n'),
    });
    expect(cleared.body).toMatchObject({ updated: 1 });
    const after = await t.request({
      method: 'GET',
      url: '/api/indicators/catalog?q=TAPUT-UMKM&region=12.02',
    });
    expect(after.body.items[0]).toMatchObject({ numeratorLabelEn: null, denominatorLabelEn: null });
  });

  it('imports JSON entries, and a dry run reports without writing', async () => {
    const entries = [
      {
        code: 'NAS-SPBE',
        source: 'national',
        reference: 'PermenPANRB 59/2020',
        theme: 'governance',
        nameId: 'Indeks SPBE',
        nameEn: 'E-government index',
        unit: 'index (1-5)',
        minValue: 1,
        maxValue: '5',
      },
    ];
    const dry = await importFile({ entries, dryRun: true });
    expect(dry.body).toMatchObject({ dryRun: true, created: 1 });
    expect((await t.request({ method: 'GET', url: '/api/indicators/catalog?q=NAS-SPBE' })).body.total).toBe(
      0,
    );
    const real = await importFile({ entries });
    expect(real.body).toMatchObject({ dryRun: false, created: 1 });
    const found = await t.request({ method: 'GET', url: '/api/indicators/catalog?q=NAS-SPBE' });
    expect(found.body.items[0]).toMatchObject({
      regionId: null,
      minValue: '1.000000',
      direction: 'increase',
    });
  });

  it('writes a cell a spreadsheet would run as a formula with an apostrophe, and reads it back as it was', async () => {
    const entry = {
      code: 'TAPUT-FORMULA',
      source: 'local',
      theme: 'governance',
      nameId: '=HYPERLINK("http://contoh.test","klik")',
      nameEn: '+SUM(A1:A2)',
      definitionEn: '@cmd',
      unit: '-persen',
      minValue: -5,
    };
    expect((await importFile({ regionId: taput, entries: [entry] })).status).toBe(200);
    const csv = await exportFile('?region=12.02&only=local');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="rancang-indicator-catalog-12.02.csv"',
    );
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.code)).toEqual(['TAPUT-FORMULA', 'TAPUT-KOPI', 'TAPUT-UMKM']);
    expect(rows[0]).toMatchObject({
      nameId: `'=HYPERLINK("http://contoh.test","klik")`,
      nameEn: "'+SUM(A1:A2)",
      definitionEn: "'@cmd",
      unit: "'-persen",
      // A plain number is no formula: it stays a number.
      minValue: '-5',
    });
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@]/);
    const back = await importFile({ regionId: taput, csv: csv.body });
    expect(back.body).toMatchObject({ total: 3, unchanged: 3 });
  });

  it('names each bad cell by its line and column, and imports nothing', async () => {
    const csv = [
      HEADER,
      'TAPUT-A,local,,economy,Nama,Name,,,%,,,,,,100,0,100,increase',
      'TAPUT-B,local,,tourism,Nama,Name,,,%,,,,,,100,0,100,upward',
      'TAPUT-A,local,,economy,Nama,Name,,,,,,,,,,,,',
      'TAPUT-C,local,,economy,Nama,Name,,,%,,,,,,0,10,5,',
      'ISO37120-5.1,local,,economy,Nama,Name,,,%,,,,,,,,,',
    ].join('\n');
    const res = await importFile({ regionId: taput, csv });
    expect(res.status).toBe(400);
    expect(
      res.body.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`),
    ).toEqual([
      expect.stringMatching(/^lines.3.theme: /),
      expect.stringMatching(/^lines.3.direction: /),
      'lines.4.code: repeats the code of lines.2',
      expect.stringMatching(/^lines.4.unit: /),
      'lines.5.multiplier: must be greater than zero',
      'lines.5.maxValue: must not be below minValue',
    ]);
    const taken = await importFile({ regionId: taput, csv: [HEADER, csv.split('\n')[5]].join('\n') });
    expect(taken.body.errors).toEqual([
      expect.objectContaining({
        field: 'lines.2.code',
        message: 'is taken by a national indicator; give your own indicator another code',
      }),
    ]);
    const samosirs = await importFile({
      regionId: (await t.request({ method: 'GET', url: '/api/regions?limit=100' })).body.items.find(
        (r: { code: string }) => r.code === '12.17',
      ).id,
      entries: [
        {
          code: 'TAPUT-KOPI',
          source: 'local',
          theme: 'economy',
          nameId: 'Kopi',
          nameEn: 'Coffee',
          unit: 't',
        },
      ],
    });
    expect(samosirs.body.errors[0]).toMatchObject({
      field: 'entries.0.code',
      message: "is taken by another regency's local indicator",
    });
    const localAsNational = await importFile({
      entries: [{ code: 'X-1', source: 'local', theme: 'economy', nameId: 'Xx', nameEn: 'Yy', unit: 't' }],
    });
    expect(fieldsOf(localAsNational.body)).toEqual(['entries.0.source']);
    const json = await importFile({
      entries: [{ code: 'X-2', source: 'national', theme: 'economy', nameEn: 'Yy' }],
    });
    expect(fieldsOf(json.body).sort()).toEqual(['entries.0.nameId', 'entries.0.unit']);
    expect(
      (await t.request({ method: 'GET', url: '/api/indicators/catalog?q=TAPUT-A&region=12.02' })).body.total,
    ).toBe(0);
  });

  it('refuses a file it cannot read as a catalogue, naming csv', async () => {
    const bad = async (payload: Record<string, unknown>) => {
      const res = await importFile({ regionId: taput, ...payload });
      expect(res.status).toBe(400);
      return res.body.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`);
    };
    expect(await bad({ csv: 'code,colour\nA,red' })).toEqual([
      expect.stringMatching(/^csv: has an unknown column "colour"/),
      'csv: has no column "source"',
      'csv: has no column "theme"',
      'csv: has no column "nameId"',
      'csv: has no column "nameEn"',
      'csv: has no column "unit"',
    ]);
    expect(await bad({ csv: '' })).toEqual([expect.stringMatching(/^csv: is empty/)]);
    expect(await bad({ csv: HEADER })).toEqual(['csv: has no entries']);
    expect(await bad({ csv: `${HEADER}\n"unclosed` })).toEqual([
      expect.stringMatching(/^csv: is not valid CSV/),
    ]);
    expect(await bad({})).toEqual(['csv: give either csv or entries, one of the two']);
    expect(await bad({ csv: HEADER, entries: [] })).toEqual([
      'csv: give either csv or entries, one of the two',
    ]);
  });

  it('refuses an export of only local indicators without a region, and an unknown region', async () => {
    const noRegion = await exportFile('?only=local');
    expect(noRegion.status).toBe(400);
    expect(noRegion.body.errors[0]).toMatchObject({ field: 'region', in: 'query' });
    expect((await exportFile('?region=99.99')).status).toBe(404);
    expect((await exportFile('?format=xlsx')).status).toBe(400);
  });
});
