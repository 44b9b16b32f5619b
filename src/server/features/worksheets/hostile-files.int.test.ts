import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/app.ts';
import { multipart } from '../indicators/evidence-fixtures.ts';
import {
  cellAt,
  download,
  editWorkbook,
  rowWhere,
  seedWorksheetPlan,
  sheet,
  upload,
  type WorksheetPlan,
} from './test-fixtures.ts';

/**
 * Files a person (or an attacker) might upload instead of the plan's worksheet: each is refused as a
 * whole (problem+json naming `file`, and the sheet where one is at fault) or reported cell by cell, never
 * answered with a 500, and none of them writes anything.
 */
describe('hostile worksheet files', () => {
  const t = useTestApp();
  let w: WorksheetPlan;
  let other: WorksheetPlan;
  let clean: Buffer;

  /** Rows of the tables an import writes, with a hash of their content. */
  const fingerprint = async () => {
    const tables = [
      'programs',
      'program_budgets',
      'program_targets',
      'readiness_scores',
      'plan_indicators',
      'indicator_targets',
      'audit_log',
    ];
    const parts = tables.map(
      (n) => `(select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) from ${n} t)`,
    );
    const result = (await t.database.db.execute(
      sql.raw(`select concat_ws(',', ${parts.join(', ')}) as f`),
    )) as unknown as {
      rows: { f: string }[];
    };
    return result.rows[0]?.f;
  };

  beforeAll(async () => {
    w = await seedWorksheetPlan(t, '12.73');
    other = await seedWorksheetPlan(t, '12.74');
    clean = await download(t, w.planId);
  });

  /** Upload and expect a refusal of the whole file naming `file`; nothing written. */
  const refused = async (content: Buffer, status: number, message: RegExp) => {
    const before = await fingerprint();
    const res = await upload(t, w.planId, content);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0].field).toBe('file');
    expect(res.body.errors.map((e: { message: string }) => e.message).join(' | ')).toMatch(message);
    expect(await fingerprint()).toBe(before);
    return res.body;
  };

  it('refuses a file that is not an XLSX workbook (415)', async () => {
    await refused(
      Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n'),
      415,
      /is not an Excel workbook \(\.xlsx\)/,
    );
    await refused(Buffer.from('kode,judul\nGOV-01,Mal Pelayanan Publik\n'), 415, /is not an Excel workbook/);
    await refused(Buffer.alloc(0), 415, /is not an Excel workbook/);
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      randomBytes(512),
    ]);
    await refused(xls, 415, /old-style \(\.xls\) or password-protected/);
    const docx = Buffer.from(
      zipSync({
        '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
        'word/document.xml': new Uint8Array(10),
      }),
    );
    await refused(docx, 415, /is not an Excel workbook/);
  });

  it('refuses a file over 5 MB (413)', async () => {
    const body = await refused(Buffer.concat([clean, randomBytes(5 * 1024 * 1024)]), 413, /at most 5 MB/);
    expect(body.type).toMatch(/payload-too-large$/);
  });

  it('refuses a zip bomb before anything unpacks it: by size, by ratio, and a part lying about its size', async () => {
    const xml = (text: string) => new TextEncoder().encode(text);
    const parts = {
      '[Content_Types].xml': xml('<Types/>'),
      'xl/workbook.xml': xml('<workbook/>'),
    };
    // 8 MB of one repeated byte: a ratio no spreadsheet has.
    const ratio = Buffer.from(
      zipSync({ ...parts, 'xl/worksheets/sheet1.xml': new Uint8Array(8 * 1024 * 1024).fill(32) }),
    );
    expect(ratio.length).toBeLessThan(100_000);
    await refused(ratio, 400, /zip bomb: its part xl\/worksheets\/sheet1\.xml unpacks \d+ times bigger/);

    // A directory that promises a gigabyte.
    const big = Buffer.from(zipSync({ ...parts, 'xl/worksheets/sheet1.xml': new Uint8Array(1000) }));
    const central = big.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    const sheetEntry = big.indexOf(Buffer.from('xl/worksheets/sheet1.xml'), central) - 46;
    big.writeUInt32LE(1024 * 1024 * 1024, sheetEntry + 24);
    await refused(big, 400, /unpacks to 1024 MB, more than the 64 MB/);

    // A part whose directory entry says 1,000 bytes but which inflates to 10 MB is cut short, and fails.
    const lying = Buffer.from(
      zipSync({ ...parts, 'xl/worksheets/sheet1.xml': new Uint8Array(10 * 1024 * 1024) }),
    );
    const lyingCentral = lying.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    const lyingEntry = lying.indexOf(Buffer.from('xl/worksheets/sheet1.xml'), lyingCentral) - 46;
    lying.writeUInt32LE(1000, lyingEntry + 24);
    lying.writeUInt32LE(1000, 22);
    await refused(lying, 400, /cannot be read as an Excel workbook|is damaged/);
  });

  it('refuses a sheet of more than 100,000 rows, empty ones included', async () => {
    const parts = unzipSync(new Uint8Array(clean));
    const xml = new TextDecoder().decode(parts['xl/worksheets/sheet3.xml']);
    const empty = Array.from({ length: 100_001 }, (_, i) => `<row r="${i + 10}"/>`).join('');
    const padded = xml.replace('</sheetData>', `${empty}</sheetData>`);
    const content = Buffer.from(
      zipSync({ ...parts, 'xl/worksheets/sheet3.xml': new TextEncoder().encode(padded) }),
    );
    await refused(content, 400, /has more than 100000 rows on the sheet Smart Branding/);
  });

  it('refuses a damaged workbook', async () => {
    await refused(clean.subarray(0, Math.floor(clean.length / 2)), 400, /is damaged/);
    await refused(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(2000)]), 400, /is damaged/);
  });

  it('never answers 500 to a workbook with bytes flipped at random', async () => {
    const before = await fingerprint();
    for (let i = 0; i < 25; i++) {
      const broken = Buffer.from(clean);
      for (let n = 0; n < 1 + (i % 4); n++)
        broken[Math.floor(Math.random() * broken.length)] = Math.floor(Math.random() * 256);
      const res = await upload(t, w.planId, broken, 'dryRun=true');
      expect([200, 400, 415], `flip ${i}: ${JSON.stringify(res.body).slice(0, 200)}`).toContain(res.status);
    }
    // The same inside the sheet's XML, packed again: the XML parser meets the damage.
    const parts = unzipSync(new Uint8Array(clean));
    for (let i = 0; i < 25; i++) {
      const xml = Buffer.from(parts['xl/worksheets/sheet2.xml'] as Uint8Array);
      for (let n = 0; n < 1 + (i % 5); n++)
        xml[Math.floor(Math.random() * xml.length)] = '<>"/= x1\0'.charCodeAt(Math.floor(Math.random() * 10));
      const broken = Buffer.from(zipSync({ ...parts, 'xl/worksheets/sheet2.xml': new Uint8Array(xml) }));
      const res = await upload(t, w.planId, broken, 'dryRun=true');
      expect([200, 400], `xml flip ${i}: ${JSON.stringify(res.body).slice(0, 200)}`).toContain(res.status);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('refuses extra, renamed and missing sheets and columns, naming the sheet', async () => {
    const extra = await refused(
      await editWorkbook(clean, (wb) => {
        wb.addWorksheet('Catatan').getCell('A1').value = 'catatan rapat';
      }),
      400,
      /the sheet "Catatan" is not one of the plan's worksheet/,
    );
    expect(extra.errors[0].params).toEqual({ sheet: 'Catatan' });

    const renamed = await refused(
      await editWorkbook(clean, (wb) => {
        sheet(wb, 'Smart Economy').name = 'Ekonomi';
      }),
      400,
      /the sheet "Smart Economy" is missing \(renamed or deleted\?\).*the sheet "Ekonomi" is not one of/,
    );
    expect(renamed.errors.map((e: { params: unknown }) => e.params)).toEqual([
      { sheet: 'Smart Economy' },
      { sheet: 'Ekonomi' },
    ]);

    await refused(
      await editWorkbook(clean, (wb) => {
        wb.removeWorksheet(sheet(wb, 'Petunjuk').id);
      }),
      400,
      /has no sheet "Petunjuk" or "Instructions": it is not a Rancang worksheet/,
    );
    await refused(
      await editWorkbook(clean, (wb) => {
        cellAt(sheet(wb, 'Smart Living'), 1, 'Tahun mulai').value = 'Mulai';
      }),
      400,
      /the sheet "Smart Living" has a column "Mulai" the worksheet does not have.*lacks the column "Tahun mulai"/,
    );
  });

  it('refuses a request without the file', async () => {
    const json = await t.request({
      method: 'POST',
      url: `/api/plans/${w.planId}/worksheet`,
      payload: { file: 'x' },
    });
    expect(json.status).toBe(400);
    expect(json.body.errors[0]).toMatchObject({ field: 'file', message: /multipart\/form-data/ });
    const wrongField = multipart({ name: 'berkas', fileName: 'a.xlsx', content: clean });
    const res = await t.request({ method: 'POST', url: `/api/plans/${w.planId}/worksheet`, ...wrongField });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'file', message: /a form field named file/ });
  });

  it('reports each bad cell with its sheet, row and column, and writes nothing', async () => {
    const edited = await editWorkbook(clean, (wb) => {
      const gov = sheet(wb, 'Smart Governance');
      const row = (code: string) => rowWhere(gov, 'Kode', code);
      cellAt(gov, row('GOV-01'), 'Nama program aksi').value = {
        formula: 'CONCAT("Mal ","Pelayanan")',
        result: 'Mal Pelayanan',
      };
      cellAt(gov, row('GOV-01'), 'Tahun mulai').value = new Date(Date.UTC(2026, 0, 1));
      cellAt(gov, row('GOV-02'), 'Tahun mulai').value = '2026-01-01';
      cellAt(gov, row('GOV-02'), 'Tahun selesai').value = 2031;
      cellAt(gov, row('GOV-02'), 'Anggaran 2025 APBD (Rp)').value = -5000000;
      cellAt(gov, row('GOV-03'), 'OPD pengampu').value = 'DISHUB';
      cellAt(gov, row('GOV-03'), 'Elemen').value = 'Kesehatan';
      cellAt(gov, row('GOV-03'), 'Anggaran 2026 CSR (Rp)').value = '1.500.000';
      cellAt(gov, row('GOV-04'), 'id').value = other.programs['GOV-01'];
      cellAt(gov, row('GOV-04'), 'Horizon (tahun)').value = { error: '#N/A' };
      cellAt(gov, row('GOV-04'), 'Kecamatan (dipisah koma; kosong = seluruh daerah)').value =
        'Tarutung, Balige';
      const readiness = sheet(wb, 'Kesiapan');
      cellAt(readiness, 2, 'Skor (1–5)').value = 7;
      const indicators = sheet(wb, 'Indikator');
      cellAt(indicators, 2, 'Target 2026').value = 150;
      cellAt(indicators, 2, 'id').value = 'bukan-id';
      const brd = sheet(wb, 'Smart Branding');
      cellAt(brd, 2, 'Kode').value = 'GOV-02';
    });
    const before = await fingerprint();
    const res = await upload(t, w.planId, edited);
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(false);
    const rows = (sheetName: string) =>
      res.body.problems
        .filter((p: { sheet: string }) => p.sheet === sheetName)
        .map((p: { row: number; column: string; message: string }) => `${p.row} ${p.column} ${p.message}`);
    expect(rows('Smart Governance')).toEqual([
      '2 D Nama program aksi: rumus tidak diterima; ketik nilainya',
      '2 H Tahun mulai: berisi tanggal; ketik nilainya (tahun atau angka) sebagai teks atau angka',
      '3 H Tahun mulai: berisi tanggal; ketik nilainya (tahun atau angka) sebagai teks atau angka',
      '3 I Tahun selesai: 2031 di luar periode rencana 2025–2029',
      '3 T Anggaran 2025 APBD (Rp): tidak boleh negatif',
      '4 E Elemen: "Kesehatan" bukan elemen pilar Smart Governance',
      '4 F OPD pengampu: tidak ada OPD berkode "DISHUB" di daerah ini',
      '4 AD Anggaran 2026 CSR (Rp): "1.500.000" bukan angka (tulis tanpa titik ribuan, mis. 1500000)',
      '5 A id: id ini milik rencana lain; kosongkan untuk menambahkannya sebagai baris baru di rencana ini',
      '5 J Horizon (tahun): berisi galat #N/A',
      '5 M Kecamatan (dipisah koma; kosong = seluruh daerah): tidak ada kecamatan "Balige" di daerah ini',
    ]);
    expect(rows('Smart Branding')).toEqual([
      '2 C Kode: kode GOV-02 sudah dipakai program lain di rencana ini',
    ]);
    expect(rows('Kesiapan')).toEqual(['2 E Skor (1–5): "7" bukan pilihan (1–5)']);
    expect(rows('Indikator')).toEqual([
      '2 A id: "bukan-id" bukan id dari Rancang; kosongkan untuk menambah baris baru',
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it('reports a target beyond the indicator’s bounds and a repeated id', async () => {
    const edited = await editWorkbook(clean, (wb) => {
      cellAt(sheet(wb, 'Indikator'), 2, 'Target 2026').value = 150;
      const gov = sheet(wb, 'Smart Governance');
      cellAt(gov, rowWhere(gov, 'Kode', 'GOV-02'), 'id').value = w.programs['GOV-01'];
    });
    const res = await upload(t, w.planId, edited, 'mode=valid&dryRun=true');
    expect(res.body.problems).toEqual([
      {
        sheet: 'Smart Governance',
        row: 3,
        column: 'A',
        message: 'id: id yang sama juga ada di lembar Smart Governance baris 2',
      },
      { sheet: 'Indikator', row: 2, column: 'N', message: 'Target 2026: must be at most 100' },
    ]);
  });
});
