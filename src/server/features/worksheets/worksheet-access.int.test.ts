import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../../shared/domain.ts';
import { plans } from '../../db/schema/plan.ts';
import { useTestApp } from '../../testing/app.ts';
import { as, seedUser, signIn, XHR } from '../auth/test-fixtures.ts';
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

/**
 * Who may download and import a plan's worksheet: the plan's readers download it (anyone once it is
 * adopted); the regency admin imports every row, an OPD participant only the rows of its OPD (as the
 * programme and indicator routes decide), and nobody else imports at all.
 */
describe('worksheet permissions', () => {
  const t = useTestApp();
  let w: WorksheetPlan;
  let foreign: WorksheetPlan;
  const headers = {} as Record<string, Record<string, string>>;

  const account = async (name: string, role: UserRole, regionId: string, opdId?: string) => {
    const email = `${name.toLowerCase()}.worksheet@test.rancang.id`;
    await seedUser(t.database.db, email, [{ role, regionId, opdId: opdId ?? null }]);
    headers[name] = as(await signIn(t, email));
  };

  beforeAll(async () => {
    w = await seedWorksheetPlan(t, '12.75');
    foreign = await seedWorksheetPlan(t, '12.76');
    await account('admin', 'regency_admin', w.region.regionId);
    await account('facilitator', 'facilitator', w.region.regionId);
    await account('leader', 'leadership_viewer', w.region.regionId);
    await account('kominfo', 'opd_participant', w.region.regionId, w.region.opd.kominfo);
    await account('foreignAdmin', 'regency_admin', foreign.region.regionId);
  });

  it('lets the plan’s readers download a draft, and anyone an adopted plan', async () => {
    const get = (planId: string, h?: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/plans/${planId}/worksheet.xlsx`, headers: h ?? XHR });
    expect((await get(w.planId)).statusCode).toBe(401);
    expect((await get(w.planId, headers.foreignAdmin)).statusCode).toBe(403);
    for (const who of ['leader', 'facilitator', 'kominfo', 'admin'])
      expect((await get(w.planId, headers[who])).statusCode).toBe(200);
    await t.database.db
      .update(plans)
      .set({ status: 'adopted', adoptedOn: '2025-03-01' })
      .where(eq(plans.id, foreign.planId));
    expect((await get(foreign.planId)).statusCode).toBe(200);
    const refused = await t.anonymous({
      method: 'POST',
      url: `/api/plans/${foreign.planId}/worksheet`,
      headers: XHR,
    });
    expect(refused.status).toBe(401);
  });

  it('refuses an import from anyone but the regency admin and the OPD participants', async () => {
    const file = await download(t, w.planId);
    const before = await storedPrograms(t, w.planId);
    const anonymous = await t.anonymous({
      method: 'POST',
      url: `/api/plans/${w.planId}/worksheet`,
      headers: XHR,
    });
    expect(anonymous.status).toBe(401);
    for (const who of ['leader', 'facilitator', 'foreignAdmin']) {
      const res = await upload(t, w.planId, file, '', headers[who]);
      expect(res.status, who).toBe(403);
      expect(res.body.type).toMatch(/forbidden$/);
    }
    const admin = await upload(t, w.planId, file, '', headers.admin);
    expect(admin.status).toBe(200);
    expect(admin.body.applied).toBe(true);
    expect(await storedPrograms(t, w.planId)).toEqual(before);
  });

  it('lets an OPD participant write only the rows of their OPD', async () => {
    const edited = await editWorkbook(await download(t, w.planId), (wb) => {
      const gov = sheet(wb, 'Smart Governance');
      const row = (code: string) => rowWhere(gov, 'Kode', code);
      cellAt(gov, row('GOV-01'), 'Keluaran (output)').value = 'Gedung MPP beroperasi';
      cellAt(gov, row('GOV-03'), 'Keluaran (output)').value = 'Rekam medis elektronik';
      cellAt(gov, row('GOV-02'), 'OPD pengampu').value = 'DISPAR';
      const fresh = gov.rowCount + 1;
      cellAt(gov, fresh, 'Nama program aksi').value = 'Telemedisin puskesmas';
      cellAt(gov, fresh, 'Elemen').value = 'Pelayanan publik';
      cellAt(gov, fresh, 'OPD pengampu').value = 'DINKES';
      cellAt(gov, fresh, 'Tahun mulai').value = 2026;
      cellAt(gov, fresh, 'Tahun selesai').value = 2027;
      cellAt(gov, fresh, 'Horizon (tahun)').value = 1;
      cellAt(sheet(wb, 'Kesiapan'), 2, 'Skor (1–5)').value = 5;
      cellAt(sheet(wb, 'Indikator'), 2, 'Target 2027').value = 70;
    });
    const res = await upload(t, w.planId, edited, 'mode=valid', headers.kominfo);
    expect(res.status).toBe(200);
    const notYours =
      'OPD pengampu: hanya admin kabupaten atau peserta OPD pengampu yang dapat mengubah program ini';
    expect(res.body).toEqual({
      applied: true,
      created: 0,
      updated: 2,
      unchanged: 2,
      problems: [
        { sheet: 'Smart Governance', row: 3, column: 'F', message: notYours },
        { sheet: 'Smart Governance', row: 4, column: 'F', message: notYours },
        { sheet: 'Smart Governance', row: 6, column: 'F', message: notYours },
        {
          sheet: 'Kesiapan',
          row: 2,
          column: 'E',
          message: 'Skor (1–5): hanya admin kabupaten yang dapat mengubah analisis kesiapan',
        },
      ],
    });
    const after = await storedPrograms(t, w.planId);
    expect(after['GOV-01']?.output).toBe('Gedung MPP beroperasi');
    expect(after['GOV-03']?.output).toBeNull();
    expect(after['GOV-02']?.leadOpdId).toBe(w.region.opd.kominfo);
    expect(Object.keys(after)).toHaveLength(5);
    const indicator = await t.request({ method: 'GET', url: `/api/plan-indicators/${w.indicatorId}` });
    expect(indicator.body.targets).toContainEqual({ year: 2027, value: '70.000000' });
  });
});
