import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { seedRegion } from '../features/auth/test-fixtures.ts';
import { cliDatabase, rancang } from './cli-harness.ts';

const HEADER =
  'code,source,reference,theme,nameId,nameEn,definitionId,definitionEn,unit,kind,numeratorLabel,denominatorLabel,multiplier,minValue,maxValue,direction';

describe('rancang catalog', () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof cliDatabase>>;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rancang-catalog-'));
    db = await cliDatabase(file('data'));
    expect((await rancang(db.env, 'migrate')).code).toBe(0);
    // A regency to import local indicators for, written while no command has the database open.
    const database =
      'DATABASE_URL' in db.env && db.env.DATABASE_URL
        ? await openDatabase({ kind: 'postgres', url: db.env.DATABASE_URL })
        : await openDatabase({ kind: 'pglite', dataDir: join(file('data'), 'pg') });
    await seedRegion(database.db, '12.02', 'Kabupaten Tapanuli Utara');
    await database.close();
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the starter catalogue once', async () => {
    const run = await rancang(db.env, 'catalog', 'seed');
    expect(run).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'Added 195 starter catalogue entries (0 were already there)\n',
    });
    const again = await rancang(db.env, 'catalog', 'seed');
    expect(again.stdout).toBe('Added 0 starter catalogue entries (195 were already there)\n');
  }, 60_000);

  it("imports a regency's indicators from CSV, after a dry run that writes nothing", async () => {
    writeFileSync(
      file('local.csv'),
      [
        HEADER,
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
    writeFileSync(file('bad.csv'), [HEADER, 'TAPUT-X,local,,tourism,Nama,Name,,,%,,,,,150,100,'].join('\n'));
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
