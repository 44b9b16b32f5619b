import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { indicatorCatalog } from '../db/schema/indicator.ts';
import { seedRegion } from '../features/auth/test-fixtures.ts';
import { cliDatabase, type Run, rancang } from './cli-harness.ts';

const HEADER =
  'code,source,reference,theme,nameId,nameEn,definitionId,definitionEn,unit,kind,numeratorLabel,denominatorLabel,numeratorLabelEn,denominatorLabelEn,multiplier,minValue,maxValue,direction';
/** The header files had before the English numerator and denominator labels: they still import. */
const OLD_HEADER = HEADER.replace(',numeratorLabelEn,denominatorLabelEn', '');

describe('rancang catalog', () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof cliDatabase>>;
  /** The first `rancang migrate`, on the empty database. */
  let migrated: Run;
  const file = (name: string) => join(dir, name);

  /** Work on the database directly, while no command has it open. */
  async function withDirectDatabase(
    work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<unknown>,
  ) {
    const database =
      'DATABASE_URL' in db.env && db.env.DATABASE_URL
        ? await openDatabase({ kind: 'postgres', url: db.env.DATABASE_URL })
        : await openDatabase({ kind: 'pglite', dataDir: join(file('data'), 'pg') });
    try {
      await work(database.db);
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rancang-catalog-'));
    db = await cliDatabase(file('data'));
    migrated = await rancang(db.env, 'migrate');
    expect(migrated.code).toBe(0);
    // A regency to import local indicators for.
    await withDirectDatabase((d) => seedRegion(d, '12.02', 'Kabupaten Tapanuli Utara'));
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the starter catalogue as it migrates, once, and `catalog seed` finds nothing missing', async () => {
    expect(migrated.stderr).toBe('');
    expect(migrated.stdout).toMatch(/\nAdded 195 starter catalogue entries \(0 were already there\)\n$/);
    const again = await rancang(db.env, 'migrate');
    expect(again.stdout).toMatch(/\nAdded 0 starter catalogue entries \(195 were already there\)\n$/);
    const seed = await rancang(db.env, 'catalog', 'seed');
    expect(seed).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'Added 0 starter catalogue entries (195 were already there)\n',
    });
  }, 60_000);

  it('fills in the definitions and labels an installation seeded before them lacks', async () => {
    // As an installation seeded before the U4SSC definitions and the English labels were written.
    await withDirectDatabase((d) =>
      d
        .update(indicatorCatalog)
        .set({ definitionEn: null, definitionId: null, numeratorLabelEn: null, denominatorLabelEn: null })
        .where(inArray(indicatorCatalog.code, ['U4SSC-EC-ICT-ICT-1C', 'ISO37120-5.1'])),
    );
    const run = await rancang(db.env, 'catalog', 'seed');
    expect(run.stdout).toBe(
      'Added 0 starter catalogue entries (195 were already there)\nFilled in missing definitions or labels of 2 entries\n',
    );
    const csv = await rancang(db.env, 'catalog', 'export');
    const unemployment = csv.stdout.split('\r\n').find((l) => l.startsWith('ISO37120-5.1,'));
    expect(unemployment).toContain(
      ',Jumlah penduduk yang menganggur,Jumlah angkatan kerja,Unemployed persons,Labour force,',
    );
  }, 60_000);

  it("imports a regency's indicators from CSV, after a dry run that writes nothing", async () => {
    writeFileSync(
      file('local.csv'),
      [
        OLD_HEADER,
        'TAPUT-KOPI,local,,agriculture_food,Produksi kopi arabika,Arabica coffee production,,,ton per tahun,,,,,0,,increase',
        'TAPUT-QRIS,local,,finance,Pedagang QRIS,Merchants accepting QRIS,,,merchant,,,,,0,,',
      ].join('\n'),
    );
    const dry = await rancang(
      db.env,
      'catalog',
      'import',
      file('local.csv'),
      '--region',
      '12.02',
      '--dry-run',
    );
    expect(dry.stdout).toBe(
      'Would import 2 catalogue entries for region 12.02: 2 new, 0 updated, 0 unchanged\n',
    );
    const run = await rancang(db.env, 'catalog', 'import', file('local.csv'), '--region', '12.02');
    expect(run).toMatchObject({
      code: 0,
      stdout: 'Imported 2 catalogue entries for region 12.02: 2 new, 0 updated, 0 unchanged\n',
    });
    const again = await rancang(db.env, 'catalog', 'import', file('local.csv'), '--region', '12.02');
    expect(again.stdout).toMatch(/0 new, 0 updated, 2 unchanged/);
  }, 60_000);

  it('exports CSV to a file and JSON to stdout, and the JSON imports back unchanged', async () => {
    const csv = await rancang(db.env, 'catalog', 'export', '--region', '12.02', '-o', file('all.csv'));
    expect(csv).toMatchObject({
      code: 0,
      stdout: `Exported 197 catalogue entries as CSV to ${file('all.csv')}\n`,
    });
    const lines = readFileSync(file('all.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(198);
    const json = await rancang(
      db.env,
      'catalog',
      'export',
      '--region',
      '12.02',
      '--only-local',
      '--format',
      'json',
    );
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('Exported 2 catalogue entries as JSON\n');
    const doc = JSON.parse(json.stdout);
    expect(doc.entries.map((e: { code: string }) => e.code)).toEqual(['TAPUT-KOPI', 'TAPUT-QRIS']);
    writeFileSync(file('local.json'), json.stdout);
    const back = await rancang(db.env, 'catalog', 'import', file('local.json'), '--region', '12.02');
    expect(back.stdout).toMatch(/2 unchanged/);
  }, 60_000);

  it('names each bad field of a file and exits with 1, importing nothing', async () => {
    writeFileSync(
      file('bad.csv'),
      [HEADER, 'TAPUT-X,local,,tourism,Nama,Name,,,%,,,,,,,150,100,'].join('\n'),
    );
    const run = await rancang(db.env, 'catalog', 'import', file('bad.csv'), '--region', '12.02');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: Invalid input:');
    expect(run.stderr).toContain('  lines.2.theme: ');
    const national = await rancang(db.env, 'catalog', 'import', file('local.csv'));
    expect(national.code).toBe(1);
    expect(national.stderr).toContain('  lines.2.source: a local indicator belongs to a regency');
    const region = await rancang(db.env, 'catalog', 'import', file('local.csv'), '--region', '99.99');
    expect(region.stderr).toBe('Error: No region with id 99.99\n');
    writeFileSync(file('broken.json'), '{"entries": ');
    const broken = await rancang(db.env, 'catalog', 'import', file('broken.json'));
    expect(broken.stderr).toMatch(/file: is not valid JSON/);
    const missing = await rancang(db.env, 'catalog', 'import', file('nothing.csv'));
    expect(missing.stderr).toBe(`Error: file not found: ${file('nothing.csv')}\n`);
  }, 60_000);
});
