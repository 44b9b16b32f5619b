import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { useTestApp } from '../../testing/app.ts';
import { importWorksheet } from './import-service.ts';
import {
  cellAt,
  download,
  editWorkbook,
  rowWhere,
  seedWorksheetPlan,
  sheet,
  storedPrograms,
  type WorksheetPlan,
} from './test-fixtures.ts';

/**
 * An import writes its rows a chunk per statement: here two rows a statement, so that a handful of
 * programmes take many statements per table. Every row still lands, each audited; a statement failing
 * half-way leaves nothing of the import behind.
 */
describe('worksheet imports written in many statements', () => {
  const t = useTestApp();
  let w: WorksheetPlan;
  const admin = {
    actor: 'chunks@test.rancang.id',
    roles: [{ role: 'platform_admin' as const, regionId: null, opdId: null }],
    mode: 'all' as const,
    dryRun: false,
    chunkRows: 2,
  };

  beforeAll(async () => {
    w = await seedWorksheetPlan(t, '12.75');
  });

  /** Four new programmes with budgets over three years, targets and a supporting OPD; two changed. */
  const edit = (suffix: string, amount: number) => (wb: ExcelJS.Workbook) => {
    const gov = sheet(wb, 'Smart Governance');
    cellAt(gov, rowWhere(gov, 'Kode', 'GOV-02'), 'Nama program aksi').value = `Satu data ${suffix} terpadu`;
    cellAt(gov, rowWhere(gov, 'Kode', 'GOV-01'), 'Anggaran 2027 APBD (Rp)').value = amount;
    for (let i = 1; i <= 4; i++) {
      const row = gov.rowCount + 1;
      cellAt(gov, row, 'Nama program aksi').value = `Layanan ${suffix} ${i}`;
      cellAt(gov, row, 'Elemen').value = 'Manajemen birokrasi';
      cellAt(gov, row, 'OPD pengampu').value = 'DISKOMINFO';
      cellAt(gov, row, 'OPD pendukung (kode, dipisah koma)').value = 'BAPPEDA';
      cellAt(gov, row, 'Tahun mulai').value = 2025;
      cellAt(gov, row, 'Tahun selesai').value = 2027;
      cellAt(gov, row, 'Horizon (tahun)').value = 5;
      cellAt(gov, row, 'Anggaran 2025 APBD (Rp)').value = 100000000 * i;
      cellAt(gov, row, 'Anggaran 2026 APBD (Rp)').value = 200000000 * i;
      cellAt(gov, row, 'Anggaran 2027 KPBU (Rp)').value = 300000000 * i;
      cellAt(gov, row, 'Target 2026').value = `${i} layanan daring`;
    }
  };

  /** Rows of the tables a programme import writes, with a hash of their content. */
  const fingerprint = async () => {
    const tables = ['programs', 'program_budgets', 'program_targets', 'program_supporting_opds', 'audit_log'];
    const parts = tables.map(
      (n) => `(select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) from ${n} t)`,
    );
    const result = (await t.database.db.execute(
      sql.raw(`select concat_ws(',', ${parts.join(', ')}) as f`),
    )) as unknown as { rows: { f: string }[] };
    return result.rows[0]?.f;
  };

  it('writes every row and audits every programme, as one statement would', async () => {
    const file = await editWorkbook(await download(t, w.planId), edit('kabupaten', 700000000));
    const report = await importWorksheet(t.database.db, w.planId, file, admin);
    expect(report).toEqual({ applied: true, created: 4, updated: 2, unchanged: 5, problems: [] });

    const stored = await storedPrograms(t, w.planId);
    const added = Object.values(stored).filter((p) => p.title.startsWith('Layanan kabupaten'));
    expect(added.map((p) => p.title).sort()).toEqual([1, 2, 3, 4].map((i) => `Layanan kabupaten ${i}`));
    for (const id of [...added.map((p) => p.id), w.programs['GOV-01'], w.programs['GOV-02']] as string[]) {
      const current = await t.request({ method: 'GET', url: `/api/programs/${id}` });
      const [entry] = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'program'), eq(auditLog.entityId, id)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      expect(entry).toMatchObject({ actor: admin.actor, planId: w.planId });
      expect(entry?.after).toEqual(current.body);
    }
    const fourth = await t.request({
      method: 'GET',
      url: `/api/programs/${added.find((p) => p.title.endsWith(' 4'))?.id}`,
    });
    expect(fourth.body).toMatchObject({
      supportingOpdIds: [w.region.opd.bappeda],
      budgets: [
        { year: 2025, source: 'apbd', amount: '400000000.00' },
        { year: 2026, source: 'apbd', amount: '800000000.00' },
        { year: 2027, source: 'kpbu', amount: '1200000000.00' },
      ],
      budgetTotal: '2400000000.00',
      targets: [{ year: 2026, target: '4 layanan daring' }],
    });
    const programme = await t.request({ method: 'GET', url: `/api/programs/${w.programs['GOV-01']}` });
    expect(programme.body.budgets).toContainEqual({ year: 2027, source: 'apbd', amount: '700000000.00' });
  });

  it('leaves nothing behind when a statement fails half-way through the writes', async () => {
    const file = await editWorkbook(await download(t, w.planId), edit('kecamatan', 800000000));
    // The second statement of budget lines fails, after the programmes and the first lines were written.
    const dialect = new PgDialect();
    let budgetStatements = 0;
    const failing = (tx: object) =>
      new Proxy(tx, {
        get(target, name) {
          const value = Reflect.get(target, name);
          if (name !== 'execute') return typeof value === 'function' ? value.bind(target) : value;
          return (query: SQL) => {
            const text = dialect.sqlToQuery(query).sql;
            if (text.startsWith('insert into "program_budgets"') && ++budgetStatements === 2)
              return Promise.reject(new Error('the disk is full'));
            return (value as Db['execute']).call(target, query);
          };
        },
      });
    const db = t.database.db;
    const failingDb = new Proxy(db, {
      get(target, name) {
        if (name === 'transaction')
          return (run: (tx: object) => Promise<unknown>) => target.transaction((tx) => run(failing(tx)));
        const value = Reflect.get(target, name);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

    const before = await fingerprint();
    await expect(importWorksheet(failingDb, w.planId, file, admin)).rejects.toThrow('the disk is full');
    expect(budgetStatements).toBe(2);
    expect(await fingerprint()).toBe(before);

    // The same file goes through once the disk has room again.
    const report = await importWorksheet(db, w.planId, file, admin);
    expect(report).toMatchObject({ applied: true, created: 4, updated: 2 });
  });
});
