import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { seedOrganisation, seedPlan } from '../features/transfer/rich-plan-fixture.ts';
import { cellAt, editWorkbook, rowWhere, sheet } from '../features/worksheets/test-fixtures.ts';
import { cliDatabase, rancang } from './cli-harness.ts';

describe('rancang worksheet', () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof cliDatabase>>;
  let planId: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rancang-worksheet-'));
    db = await cliDatabase(file('data'));
    expect((await rancang(db.env, 'migrate')).code).toBe(0);
    const database = db.env.DATABASE_URL
      ? await openDatabase({ kind: 'postgres', url: db.env.DATABASE_URL })
      : await openDatabase({ kind: 'pglite', dataDir: join(file('data'), 'pg') });
    planId = await seedPlan(database.db, await seedOrganisation(database.db), 6);
    await database.close();
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the worksheet, in Indonesian or English', async () => {
    const run = await rancang(db.env, 'worksheet', 'export', planId, '--out', file('lembar.xlsx'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*lembar\.xlsx \(6 programmes, \d+ bytes\)\n$/);
    const en = await rancang(
      db.env,
      'worksheet',
      'export',
      planId,
      '--out',
      file('sheet.xlsx'),
      '--lang',
      'en',
    );
    expect(en.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file('sheet.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Instructions',
      'Pillar',
      'Pillar (2)',
      'Readiness',
      'Indicators',
      'Lists',
    ]);
  }, 60_000);

  it('imports it back, reporting each problem; --mode valid writes the valid rows, --dry-run nothing', async () => {
    const same = await rancang(db.env, 'worksheet', 'import', planId, file('lembar.xlsx'));
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^Imported the worksheet: 0 created, 0 updated, \d+ unchanged\n$/);

    const edited = await editWorkbook(readFileSync(file('lembar.xlsx')), (wb) => {
      const pillar = sheet(wb, 'Pilar');
      cellAt(pillar, rowWhere(pillar, 'Kode', 'GOV-0001'), 'Nama program aksi').value =
        'Program satu, diperbarui';
      cellAt(pillar, rowWhere(pillar, 'Kode', 'GOV-0002'), 'Tahun selesai').value = 2040;
    });
    writeFileSync(file('diisi.xlsx'), edited);
    const problem = /Pilar, row 3, column I: Tahun selesai: 2040 di luar periode rencana 2022–2031/;

    const all = await rancang(db.env, 'worksheet', 'import', planId, file('diisi.xlsx'));
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(
      /^Nothing written: the worksheet has 1 problem\(s\) \(rows: 0 created, 1 updated, \d+ unchanged\)/,
    );
    expect(all.stdout).toMatch(problem);

    const dry = await rancang(
      db.env,
      'worksheet',
      'import',
      planId,
      file('diisi.xlsx'),
      '--mode',
      'valid',
      '--dry-run',
    );
    expect(dry.code).toBe(1);
    expect(dry.stdout).toMatch(/^Checked the worksheet \(dry run, nothing written\): 0 created, 1 updated/);

    const valid = await rancang(db.env, 'worksheet', 'import', planId, file('diisi.xlsx'), '--mode', 'valid');
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(
      /^Imported the worksheet: 0 created, 1 updated, \d+ unchanged\nRows with a problem were skipped \(1\):\n/,
    );
    expect(valid.stdout).toMatch(problem);

    const again = await rancang(db.env, 'worksheet', 'import', planId, file('diisi.xlsx'), '--mode', 'valid');
    expect(again.stdout).toMatch(/^Imported the worksheet: 0 created, 0 updated/);
  }, 60_000);

  it('refuses an unknown plan, a missing file, a file that is not a workbook and an unknown mode', async () => {
    const unknown = await rancang(
      db.env,
      'worksheet',
      'export',
      '00000000-0000-4000-8000-000000000000',
      '--out',
      file('none.xlsx'),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Error: No plan with id 00000000-0000-4000-8000-000000000000/);
    expect(() => readFileSync(file('none.xlsx'))).toThrow(/ENOENT/);
    const missing = await rancang(db.env, 'worksheet', 'import', planId, file('nothing.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Error: file not found: .*nothing\.xlsx/);
    writeFileSync(file('notes.txt'), 'catatan rapat\n');
    const text = await rancang(db.env, 'worksheet', 'import', planId, file('notes.txt'));
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(
      /Error: Unsupported file type:\n {2}file: is not an Excel workbook \(\.xlsx\)/,
    );
    const mode = await rancang(db.env, 'worksheet', 'import', planId, file('lembar.xlsx'), '--mode', 'some');
    expect(mode.code).not.toBe(0);
    expect(mode.stderr).toMatch(/argument 'some' is invalid. Allowed choices are all, valid/);
  }, 60_000);
});
