import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { programs } from '../../db/schema/program.ts';
import type { TestContext } from '../../testing/app.ts';
import { multipart } from '../indicators/evidence-fixtures.ts';
import { createCatalogEntry } from '../indicators/test-fixtures.ts';
import { programBody, type RegionFixture, seedPlan, seedRegion } from '../programs/test-fixtures.ts';

/**
 * A plan to exchange worksheets with, and the tools to download, edit (as a person would in Excel,
 * through exceljs's in-memory workbook) and upload them.
 */

export interface WorksheetPlan {
  planId: string;
  region: RegionFixture;
  /** Programme ids by code. */
  programs: Record<string, string>;
  indicatorId: string;
  catalogCode: string;
}

/** A region with its OPDs, a 2025–2029 plan with five programmes (two pillars), a readiness cell and an indicator. */
export async function seedWorksheetPlan(t: TestContext, code: string): Promise<WorksheetPlan> {
  const region = await seedRegion(t, code);
  const plan = await seedPlan(t, region.regionId, [2025, 2029]);
  const add = async (extra: Record<string, unknown>) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.planId}/programs`,
      payload: programBody(plan, region, { startYear: 2025, endYear: 2029, ...extra }),
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; code: string };
  };
  const list = [
    await add({
      title: 'Mal Pelayanan Publik digital',
      supportingOpdIds: [region.opd.bappeda],
      kecamatanIds: [region.kecamatan.tarutung],
      missionId: plan.missionId,
      isQuickWin: true,
      description: 'Layanan perizinan satu pintu',
      budgets: [
        { year: 2025, source: 'apbd', amount: 1500000000 },
        { year: 2026, source: 'apbn_dak', amount: '250000000.50' },
      ],
      targets: [{ year: 2025, target: '10 layanan daring' }],
    }),
    await add({ title: 'Satu data kabupaten', elementId: plan.element.bureaucracy }),
    await add({ title: 'Sistem informasi kesehatan', leadOpdId: region.opd.dinkes }),
    await add({
      title: 'Desa wisata digital',
      pillarId: plan.pillar.branding,
      elementId: plan.element.tourism_branding,
      leadOpdId: region.opd.dispar,
    }),
    await add({
      title: '=HYPERLINK("http://evil.example","klik")',
      description: '+62 812 3456',
      output: '@SUM(A1)',
      outcome: '-dampak',
    }),
  ];
  const readiness = await t.request({
    method: 'PUT',
    url: `/api/plans/${plan.planId}/readiness`,
    payload: {
      items: [{ pillarId: plan.pillar.governance, aspect: 'struktur', score: 3, strengths: 'Tim SPBE ada' }],
    },
  });
  expect(readiness.status).toBe(200);
  const entry = await createCatalogEntry(t);
  const indicator = await t.request({
    method: 'POST',
    url: `/api/plans/${plan.planId}/indicators`,
    payload: {
      catalogId: entry.id,
      pillarId: plan.pillar.governance,
      producerOpdId: region.opd.kominfo,
      baselineYear: 2024,
      baselineValue: 40,
      targets: [{ year: 2025, value: 50 }],
    },
  });
  expect(indicator.status).toBe(201);
  return {
    planId: plan.planId,
    region,
    programs: Object.fromEntries(list.map((p) => [p.code, p.id])),
    indicatorId: indicator.body.id,
    catalogCode: entry.code,
  };
}

export async function download(
  t: TestContext,
  planId: string,
  lang = 'id',
  headers?: Record<string, string>,
) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/worksheet.xlsx?lang=${lang}`,
    headers: headers ?? { cookie: t.adminCookie },
  });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.rawPayload;
}

/** Upload a workbook; `query` is e.g. `mode=valid&dryRun=true`. */
export function upload(
  t: TestContext,
  planId: string,
  content: Buffer,
  query = '',
  headers: Record<string, string> = {},
  fileName = 'lembar-kerja.xlsx',
) {
  const body = multipart({ name: 'file', fileName, contentType: 'application/octet-stream', content });
  return t.request({
    method: 'POST',
    url: `/api/plans/${planId}/worksheet${query ? `?${query}` : ''}`,
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
}

/** Open a workbook, let `edit` change it as a person would, and save it again. */
export async function editWorkbook(content: Buffer, edit: (wb: ExcelJS.Workbook) => void | Promise<void>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  await edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sheet(wb: ExcelJS.Workbook, name: string) {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The column number of a header on a sheet. */
export function columnOf(ws: ExcelJS.Worksheet, header: string) {
  const col = (ws.getRow(1).values as unknown[]).indexOf(header);
  if (col < 1) throw new Error(`no column ${header} on ${ws.name}`);
  return col;
}

/** The cell under `header` in row `row`. */
export const cellAt = (ws: ExcelJS.Worksheet, row: number, header: string) =>
  ws.getRow(row).getCell(columnOf(ws, header));

/** The number of the row whose `header` cell holds `value`. */
export function rowWhere(ws: ExcelJS.Worksheet, header: string, value: unknown) {
  const col = columnOf(ws, header);
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === value) return r;
  throw new Error(`no row with ${header} = ${String(value)} on ${ws.name}`);
}

/** Every programme of the plan as stored, by code: what a test compares before and after an import. */
export async function storedPrograms(t: TestContext, planId: string) {
  const rows = await t.database.db
    .select()
    .from(programs)
    .where(eq(programs.planId, planId))
    .orderBy(asc(programs.code));
  return Object.fromEntries(rows.map((r) => [r.code, r]));
}
