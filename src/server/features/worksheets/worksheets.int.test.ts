import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.ts';
import { indicatorTargets } from '../../db/schema/indicator.ts';
import { readinessScores } from '../../db/schema/plan.ts';
import { programBudgets } from '../../db/schema/program.ts';
import { useTestApp } from '../../testing/app.ts';
import { UNKNOWN_ID } from '../indicators/test-fixtures.ts';
import {
  cellAt,
  download,
  editWorkbook,
  rowWhere,
  seedWorksheetPlan,
  sheet,
  storedPrograms,
  upload,
  type WorksheetPlan,
} from './test-fixtures.ts';

describe('plan worksheets: export, edit offline, import back', () => {
  const t = useTestApp();
  let w: WorksheetPlan;

  beforeAll(async () => {
    w = await seedWorksheetPlan(t, '12.71');
  });

  const load = async (content: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(content as unknown as ArrayBuffer);
    return wb;
  };

  it('downloads a workbook in Indonesian: instructions, a sheet per pillar, readiness, indicators and a hidden list sheet', async () => {
    const res = await t.request({ method: 'GET', url: `/api/plans/${w.planId}/worksheet.xlsx` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(/lembar-kerja-smart-city-kabupaten-1271\.xlsx/);
    const content = await download(t, w.planId);
    const wb = await load(content);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Petunjuk',
      'Smart Governance',
      'Smart Branding',
      'Smart Economy',
      'Smart Living',
      'Smart Society',
      'Smart Environment',
      'Kesiapan',
      'Indikator',
      'Daftar',
    ]);
    expect(sheet(wb, 'Daftar').state).toBe('hidden');
    expect(String(sheet(wb, 'Petunjuk').getCell('A1').value)).toMatch(
      /Lembar kerja Rencana Induk Smart City/,
    );

    const gov = sheet(wb, 'Smart Governance');
    expect(gov.getColumn(1).hidden).toBe(true);
    const row = rowWhere(gov, 'Nama program aksi', 'Mal Pelayanan Publik digital');
    const cell = (header: string) => cellAt(gov, row, header).value;
    expect(cell('Kode')).toBe('GOV-01');
    expect(cell('id')).toBe(w.programs['GOV-01']);
    expect(cell('versi')).toBe(1);
    expect(cell('Elemen')).toBe('Pelayanan publik');
    expect(cell('OPD pengampu')).toBe('DISKOMINFO — Dinas Komunikasi dan Informatika');
    expect(cell('OPD pendukung (kode, dipisah koma)')).toBe('BAPPEDA');
    expect(cell('Kecamatan (dipisah koma; kosong = seluruh daerah)')).toBe('Tarutung');
    expect([cell('Tahun mulai'), cell('Tahun selesai'), cell('Horizon (tahun)')]).toEqual([2025, 2029, 5]);
    expect(cell('Quick win')).toBe('Ya');
    expect(cell('Misi')).toBe('1. Pemerintahan yang melayani');
    expect(cell('Anggaran 2025 APBD (Rp)')).toBe(1500000000);
    expect(cell('Anggaran 2026 APBN/DAK (Rp)')).toBe(250000000.5);
    expect(cell('Target 2025')).toBe('10 layanan daring');
    expect(rowWhere(sheet(wb, 'Smart Branding'), 'Kode', 'BRD-01')).toBe(2);

    // Drop-downs for the OPD, element, years and choices, from the hidden list sheet.
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(content))['xl/worksheets/sheet2.xml']);
    expect(xml).toMatch(
      /<dataValidation type="list"[^>]*sqref="E2:E\d+"><formula1>&apos;Daftar&apos;!\$J\$2:\$J\$4/,
    );
    expect(xml).toMatch(
      /<dataValidation type="list"[^>]*sqref="F2:F\d+"><formula1>&apos;Daftar&apos;!\$A\$2:\$A\$6/,
    );
    const lists = sheet(wb, 'Daftar');
    expect(lists.getColumn(1).values.slice(2)).toContain('DINKES — Dinas Kesehatan');
    expect(lists.getColumn(4).values.slice(2)).toEqual(['2025', '2026', '2027', '2028', '2029']);

    const readiness = sheet(wb, 'Kesiapan');
    expect(readiness.rowCount).toBe(1 + 6 * 3);
    expect([cellAt(readiness, 2, 'Pilar').value, cellAt(readiness, 2, 'Aspek').value]).toEqual([
      'Smart Governance',
      'Struktur',
    ]);
    expect(cellAt(readiness, 2, 'Skor (1–5)').value).toBe(3);
    expect(cellAt(readiness, 3, 'id').value).toBeNull();
    const indicators = sheet(wb, 'Indikator');
    expect(cellAt(indicators, 2, 'Kode indikator').value).toBe(w.catalogCode);
    expect(cellAt(indicators, 2, 'Nilai dasar').value).toBe(40);
    expect(cellAt(indicators, 2, 'Target 2025').value).toBe(50);
    expect(cellAt(indicators, 2, 'OPD produsen data').value).toBe(
      'DISKOMINFO — Dinas Komunikasi dan Informatika',
    );
  });

  it('writes text that a spreadsheet would run as a formula as text', async () => {
    const wb = await load(await download(t, w.planId));
    const gov = sheet(wb, 'Smart Governance');
    const row = rowWhere(gov, 'Kode', 'GOV-04');
    expect(cellAt(gov, row, 'Nama program aksi').value).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(cellAt(gov, row, 'Deskripsi').value).toBe("'+62 812 3456");
    expect(cellAt(gov, row, 'Keluaran (output)').value).toBe("'@SUM(A1)");
    expect(cellAt(gov, row, 'Hasil (outcome)').value).toBe("'-dampak");
    for (const s of wb.worksheets)
      s.eachRow((r) =>
        r.eachCell((c) => {
          expect(typeof c.value === 'object' && c.value !== null && 'formula' in c.value).toBe(false);
        }),
      );
  });

  it('downloads it in English with ?lang=en, refuses another language and an unknown plan', async () => {
    const wb = await load(await download(t, w.planId, 'en'));
    expect(wb.worksheets.map((s) => s.name)).toContain('Instructions');
    expect(wb.worksheets.map((s) => s.name)).toContain('Readiness');
    expect(cellAt(sheet(wb, 'Smart Governance'), 1, 'Action programme').value).toBe('Action programme');
    const bad = await t.request({ method: 'GET', url: `/api/plans/${w.planId}/worksheet.xlsx?lang=fr` });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('lang');
    const unknown = await t.request({ method: 'GET', url: `/api/plans/${UNKNOWN_ID}/worksheet.xlsx` });
    expect(unknown.status).toBe(404);
  });

  it('imports an unchanged download as unchanged, in either language, writing nothing', async () => {
    const before = await storedPrograms(t, w.planId);
    for (const lang of ['id', 'en']) {
      const res = await upload(t, w.planId, await download(t, w.planId, lang));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ applied: true, created: 0, updated: 0, unchanged: 7, problems: [] });
    }
    expect(await storedPrograms(t, w.planId)).toEqual(before);
  });

  it('changes exactly the edited rows, adds the new ones, and a second import of the same file changes nothing', async () => {
    const before = await storedPrograms(t, w.planId);
    const edited = await editWorkbook(await download(t, w.planId), (wb) => {
      const gov = sheet(wb, 'Smart Governance');
      cellAt(gov, rowWhere(gov, 'Kode', 'GOV-02'), 'Nama program aksi').value = 'Satu data kabupaten terpadu';
      const mpp = rowWhere(gov, 'Kode', 'GOV-01');
      cellAt(gov, mpp, 'Anggaran 2027 APBD (Rp)').value = 900000000;
      cellAt(gov, mpp, 'OPD pendukung (kode, dipisah koma)').value = 'BAPPEDA, DINKES';
      const fresh = gov.rowCount + 1;
      cellAt(gov, fresh, 'Nama program aksi').value = 'Command center kabupaten';
      cellAt(gov, fresh, 'Elemen').value = 'Manajemen birokrasi';
      cellAt(gov, fresh, 'OPD pengampu').value = 'DISKOMINFO';
      cellAt(gov, fresh, 'Tahun mulai').value = 2026;
      cellAt(gov, fresh, 'Tahun selesai').value = 2028;
      cellAt(gov, fresh, 'Horizon (tahun)').value = 5;
      cellAt(gov, fresh, 'Anggaran 2026 KPBU (Rp)').value = '750000000';
      cellAt(gov, fresh, 'Target 2026').value = 'Ruang kendali beroperasi';
      const readiness = sheet(wb, 'Kesiapan');
      cellAt(readiness, 3, 'Skor (1–5)').value = 2;
      cellAt(readiness, 3, 'Kelemahan').value = 'Jaringan belum menjangkau kecamatan';
      cellAt(sheet(wb, 'Indikator'), 2, 'Target 2026').value = 60;
    });
    const res = await upload(t, w.planId, edited);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ applied: true, created: 2, updated: 3, unchanged: 4, problems: [] });

    const after = await storedPrograms(t, w.planId);
    expect(after['GOV-02']?.title).toBe('Satu data kabupaten terpadu');
    expect(after['GOV-05']).toMatchObject({
      title: 'Command center kabupaten',
      startYear: 2026,
      endYear: 2028,
    });
    const budgets = await t.database.db
      .select()
      .from(programBudgets)
      .where(eq(programBudgets.programId, after['GOV-05']?.id as string));
    expect(budgets).toEqual([
      { programId: after['GOV-05']?.id, year: 2026, source: 'kpbu', amount: '750000000.00' },
    ]);
    const program = await t.request({ method: 'GET', url: `/api/programs/${w.programs['GOV-01']}` });
    expect(program.body.budgets).toContainEqual({ year: 2027, source: 'apbd', amount: '900000000.00' });
    expect(program.body.supportingOpdIds.sort()).toEqual([w.region.opd.bappeda, w.region.opd.dinkes].sort());
    for (const code of ['GOV-01', 'GOV-02'])
      expect(after[code]?.version).toBe((before[code]?.version ?? 0) + 1);
    // The rows nobody edited keep their version and time.
    for (const code of ['GOV-03', 'GOV-04', 'BRD-01']) {
      expect(after[code]?.version).toBe(before[code]?.version);
      expect(after[code]?.updatedAt).toBe(before[code]?.updatedAt);
    }
    const cell = await t.database.db
      .select()
      .from(readinessScores)
      .where(and(eq(readinessScores.planId, w.planId), eq(readinessScores.aspect, 'infrastruktur')));
    expect(cell[0]).toMatchObject({ score: 2, weaknesses: 'Jaringan belum menjangkau kecamatan' });
    const targets = await t.database.db
      .select({ year: indicatorTargets.year, value: indicatorTargets.value })
      .from(indicatorTargets)
      .where(eq(indicatorTargets.planIndicatorId, w.indicatorId));
    expect(targets).toEqual([
      { year: 2025, value: '50.000000' },
      { year: 2026, value: '60.000000' },
    ]);

    // Audited as the programme routes audit: the history shows who changed what.
    const history = await t.request({ method: 'GET', url: `/api/programs/${w.programs['GOV-02']}/history` });
    expect(history.status).toBe(200);
    expect(history.body.items[0]).toMatchObject({
      action: 'update',
      actor: 'platform.admin@test.rancang.id',
    });
    expect(history.body.items[0].changedFields).toContain('title');

    // Each entry records the programme exactly as the API presents it.
    for (const id of [after['GOV-05']?.id, w.programs['GOV-01'], w.programs['GOV-02']] as string[]) {
      const [entry] = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'program'), eq(auditLog.entityId, id)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      const current = await t.request({ method: 'GET', url: `/api/programs/${id}` });
      expect(entry?.after).toEqual(current.body);
    }

    // The same file again: the new programme and the new readiness cell are recognised, nothing changes.
    const stored = await storedPrograms(t, w.planId);
    const again = await upload(t, w.planId, edited);
    expect(again.body).toEqual({ applied: true, created: 0, updated: 0, unchanged: 9, problems: [] });
    expect(await storedPrograms(t, w.planId)).toEqual(stored);
  });

  it('refuses a row changed in Rancang since the download, and one whose id is of another plan', async () => {
    const old = await download(t, w.planId);
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/programs/${w.programs['GOV-03']}`,
      payload: { title: 'Sistem informasi kesehatan daerah' },
    });
    expect(patch.status).toBe(200);
    const other = await seedWorksheetPlan(t, '12.72');
    const edited = await editWorkbook(old, (wb) => {
      const gov = sheet(wb, 'Smart Governance');
      cellAt(gov, rowWhere(gov, 'Kode', 'GOV-03'), 'Deskripsi').value = 'Rekam medis elektronik';
      cellAt(gov, rowWhere(gov, 'Kode', 'GOV-02'), 'id').value = other.programs['GOV-02'];
    });
    const res = await upload(t, w.planId, edited);
    expect(res.body.applied).toBe(false);
    const gov = res.body.problems.filter((p: { sheet: string }) => p.sheet === 'Smart Governance');
    expect(gov).toEqual([
      expect.objectContaining({
        column: 'A',
        message: expect.stringMatching(/^id: id ini milik rencana lain/),
      }),
      expect.objectContaining({
        column: 'B',
        message: expect.stringMatching(/diubah di Rancang sejak lembar kerja diunduh \(versi 1, kini 2\)/),
      }),
    ]);
    expect((await storedPrograms(t, w.planId))['GOV-03']?.description).toBeNull();
  });

  it('all-or-nothing by default; mode=valid writes the valid rows; dryRun writes nothing', async () => {
    const edited = await editWorkbook(await download(t, w.planId), (wb) => {
      const gov = sheet(wb, 'Smart Governance');
      cellAt(gov, rowWhere(gov, 'Kode', 'GOV-01'), 'Keluaran (output)').value = 'Gedung MPP';
      cellAt(gov, rowWhere(gov, 'Kode', 'GOV-02'), 'Tahun mulai').value = 2019;
    });
    const problem = {
      sheet: 'Smart Governance',
      row: 3,
      column: 'H',
      message: 'Tahun mulai: 2019 di luar periode rencana 2025–2029',
    };
    const snapshot = await storedPrograms(t, w.planId);

    const all = await upload(t, w.planId, edited);
    expect(all.body).toEqual({ applied: false, created: 0, updated: 1, unchanged: 7, problems: [problem] });
    expect(await storedPrograms(t, w.planId)).toEqual(snapshot);

    const dry = await upload(t, w.planId, edited, 'mode=valid&dryRun=true');
    expect(dry.body).toEqual({ applied: false, created: 0, updated: 1, unchanged: 7, problems: [problem] });
    expect(await storedPrograms(t, w.planId)).toEqual(snapshot);

    const valid = await upload(t, w.planId, edited, 'mode=valid');
    expect(valid.body).toEqual({ applied: true, created: 0, updated: 1, unchanged: 7, problems: [problem] });
    const after = await storedPrograms(t, w.planId);
    expect(after['GOV-01']?.output).toBe('Gedung MPP');
    expect(after['GOV-02']).toEqual(snapshot['GOV-02']);

    const wrongMode = await upload(t, w.planId, edited, 'mode=some');
    expect(wrongMode.status).toBe(400);
    expect(wrongMode.body.errors[0].field).toBe('mode');
  });

  it('answers 404 for an unknown plan', async () => {
    const res = await upload(t, UNKNOWN_ID, await download(t, w.planId));
    expect(res.status).toBe(404);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.planId, UNKNOWN_ID));
    expect(entries).toEqual([]);
  });
});
