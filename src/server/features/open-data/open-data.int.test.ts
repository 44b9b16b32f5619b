import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../../demo/load.ts';
import { SAMOSIR, TAPANULI_UTARA } from '../../../../demo/regions.ts';
import { plans } from '../../db/schema/plan.ts';
import { regions } from '../../db/schema/region.ts';
import { useTestApp } from '../../testing/app.ts';
import { PASSWORD, seedUser, sessionCookie, XHR } from '../auth/test-fixtures.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const DATASETS = ['programmes', 'indicators', 'budgets'] as const;
const BOM = '\uFEFF';

interface Program {
  id: string;
  code: string;
  title: string;
  budgetTotal: string;
  budgets: { year: number; source: string; amount: string }[];
}

/** Rupiah with two decimals as whole cents, so that sums are exact. */
const cents = (amount: string) => BigInt(amount.replace('.', ''));

describe('open data of a plan: programmes, indicators and budgets as CSV and JSON', () => {
  const t = useTestApp();
  let taput: string;
  let samosir: string;
  let programs: Program[];

  const planOf = async (code: string) => {
    const [row] = await t.database.db
      .select({ id: plans.id, regionId: plans.regionId })
      .from(plans)
      .innerJoin(regions, eq(regions.id, plans.regionId))
      .where(eq(regions.code, code));
    return row as { id: string; regionId: string };
  };
  const get = (url: string, cookie?: string | null) =>
    cookie === null
      ? t.anonymous({ method: 'GET', url })
      : t.request({ method: 'GET', url, headers: cookie ? { ...XHR, cookie } : {} });
  /** A CSV answer read back as records keyed by the header row. */
  const csvRecords = (text: string) =>
    parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

  beforeAll(async () => {
    await loadDemo(t.database);
    taput = (await planOf(TAPANULI_UTARA)).id;
    samosir = (await planOf(SAMOSIR)).id;
    programs = (await get(`/api/plans/${taput}/programs?limit=1000`)).body.items;
    expect(programs.length).toBeGreaterThan(10);
  }, 120_000);

  it('lists the three datasets with their size, downloads and every column described, in either language', async () => {
    const res = await get(`/api/plans/${taput}/open-data`);
    expect(res.status).toBe(200);
    expect(res.body.lang).toBe('id');
    expect(res.body.datasets.map((d: { name: string }) => d.name)).toEqual(DATASETS);
    const [programmes, indicators, budgets] = res.body.datasets;
    expect(programmes.title).toBe('Program aksi');
    expect(programmes.rowCount).toBe(programs.length);
    expect(budgets.rowCount).toBe(programs.reduce((n, p) => n + p.budgets.length, 0));
    expect(programmes.files.csv).toEqual({
      url: `/api/plans/${taput}/open-data/programmes.csv?lang=id`,
      fileName: 'programmes-tapanuli-utara-2022-2031.csv',
    });
    for (const dataset of res.body.datasets)
      for (const column of dataset.columns) {
        expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(column.description.length, `${dataset.name}.${column.name}`).toBeGreaterThan(5);
      }
    // A target column per year of the plan period.
    const targets = indicators.columns.filter((c: { name: string }) => c.name.startsWith('target_'));
    expect(targets.map((c: { name: string }) => c.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `target_${2022 + i}`),
    );
    expect(targets[0]).toEqual({
      name: 'target_2022',
      type: 'decimal',
      description: expect.stringMatching(/^Target tahun 2022/),
    });

    const english = await get(`/api/plans/${taput}/open-data?lang=en`);
    expect(english.body.datasets[0].title).toBe('Action programmes');
    const amount = english.body.datasets[2].columns.find((c: { name: string }) => c.name === 'amount');
    expect(amount).toEqual({ name: 'amount', type: 'decimal', description: 'Amount in rupiah' });
  });

  it('sends the programmes as CSV with the API’s programmes, in its order, with their budget totals', async () => {
    const res = await get(`/api/plans/${taput}/open-data/programmes.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename=programmes-tapanuli-utara-2022-2031.csv',
    );
    expect(res.headers.link).toBe(`</api/plans/${taput}/open-data?lang=id>; rel="describedby"`);
    expect(res.body.startsWith(BOM)).toBe(true);
    const records = csvRecords(res.body);
    expect(records.map((r) => [r.id, r.code, r.title, r.budget_total])).toEqual(
      programs.map((p) => [p.id, p.code, p.title, p.budgetTotal]),
    );
    const index = await get(`/api/plans/${taput}/open-data`);
    expect(Object.keys(records[0] as object)).toEqual(
      index.body.datasets[0].columns.map((c: { name: string }) => c.name),
    );
  });

  it('sends one budget row per programme, year and funding source, adding up to the plan’s budget', async () => {
    const [csv, json, budget] = await Promise.all([
      get(`/api/plans/${taput}/open-data/budgets.csv`),
      get(`/api/plans/${taput}/open-data/budgets.json`),
      get(`/api/plans/${taput}/budget?by=year,source`),
    ]);
    expect(csv.status).toBe(200);
    expect(json.status).toBe(200);
    const expected = programs.flatMap((p) =>
      p.budgets.map((b) => [p.id, String(b.year), b.source, b.amount]),
    );
    const records = csvRecords(csv.body);
    expect(records.map((r) => [r.programme_id, r.year, r.funding_source, r.amount])).toEqual(expected);
    const total = records.reduce((sum, r) => sum + cents(r.amount as string), 0n);
    expect(total).toBe(cents(budget.body.total));
    // Per year and source, as the API's budget breakdown sums them.
    for (const row of budget.body.rows as { year: number; source: string; amount: string }[]) {
      const sum = records
        .filter((r) => r.year === String(row.year) && r.funding_source === row.source)
        .reduce((s, r) => s + cents(r.amount as string), 0n);
      expect(sum, `${row.year} ${row.source}`).toBe(cents(row.amount));
    }
    expect(json.body.rows).toHaveLength(records.length);
    expect(json.body.rows[0]).toMatchObject({ year: expect.any(Number), amount: expect.any(String) });
  });

  it('sends the indicators with baseline, yearly targets and the latest verified value', async () => {
    const res = await get(`/api/plans/${taput}/open-data/indicators.json?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename=indicators-tapanuli-utara-2022-2031.json',
    );
    expect(res.body).toMatchObject({ dataset: 'indicators', title: 'Indicators' });
    const selected = (await get(`/api/plans/${taput}/indicators?limit=1000`)).body.items as {
      id: string;
      catalog: { code: string };
      baselineValue: string | null;
      targets: { year: number; value: string }[];
    }[];
    expect(res.body.rows.map((r: { id: string; code: string }) => [r.id, r.code])).toEqual(
      selected.map((s) => [s.id, s.catalog.code]),
    );
    let verified = 0;
    for (const indicator of selected) {
      const row = res.body.rows.find((r: { id: string }) => r.id === indicator.id);
      expect(row.baseline_value === null ? null : Number(row.baseline_value)).toBe(
        indicator.baselineValue === null ? null : Number(indicator.baselineValue),
      );
      for (const target of indicator.targets)
        expect(Number(row[`target_${target.year}`])).toBe(Number(target.value));
      const measurements = (
        await get(`/api/plan-indicators/${indicator.id}/measurements?status=verified&limit=1000`)
      ).body.items as { periodYear: number; value: string }[];
      const latest = measurements.sort((a, b) => b.periodYear - a.periodYear)[0];
      expect(row.latest_verified_year).toBe(latest?.periodYear ?? null);
      if (latest) {
        verified++;
        expect(Number(row.latest_verified_value)).toBe(Number(latest.value));
      }
    }
    expect(verified).toBeGreaterThan(0);

    // A newer value still waiting for its second person is not the latest verified one.
    const checked = res.body.rows.find(
      (r: { latest_verified_year: number | null }) =>
        r.latest_verified_year !== null && r.latest_verified_year < 2031,
    );
    const submitted = await t.request({
      method: 'POST',
      url: `/api/plan-indicators/${checked.id}/measurements`,
      payload: { periodYear: 2031, value: checked.latest_verified_value, submittedBy: 'Petugas data' },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const again = await get(`/api/plans/${taput}/open-data/indicators.json`);
    expect(again.body.rows.find((r: { id: string }) => r.id === checked.id)).toMatchObject({
      latest_verified_year: checked.latest_verified_year,
      latest_verified_value: checked.latest_verified_value,
    });
  });

  it('neutralises a text cell a spreadsheet would run as a formula in the CSV, and keeps it as written in the JSON', async () => {
    const planId = taput;
    const template = programs[0] as Program & Record<string, unknown>;
    const hostile = '=HYPERLINK("http://example.com","klik")';
    const created = await t.request({
      method: 'POST',
      url: `/api/plans/${planId}/programs`,
      payload: {
        pillarId: template.pillarId,
        elementId: template.elementId,
        leadOpdId: template.leadOpdId,
        code: 'ZZZ-01',
        title: hostile,
        description: '@SUM(A1:A9)',
        horizon: 1,
        startYear: 2025,
        endYear: 2025,
        budgets: [{ year: 2025, source: 'apbd', amount: '1000000.00' }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const csv = await get(`/api/plans/${planId}/open-data/programmes.csv`);
    const row = csvRecords(csv.body).find((r) => r.code === 'ZZZ-01');
    expect(row?.title).toBe(`'${hostile}`);
    expect(row?.description).toBe("'@SUM(A1:A9)");
    const budgets = csvRecords((await get(`/api/plans/${planId}/open-data/budgets.csv`)).body);
    expect(budgets.find((r) => r.programme_code === 'ZZZ-01')?.programme_title).toBe(`'${hostile}`);
    const json = await get(`/api/plans/${planId}/open-data/programmes.json`);
    expect(json.body.rows.find((r: { code: string }) => r.code === 'ZZZ-01').title).toBe(hostile);
  });

  it('lets anyone read an adopted plan’s open data, but a draft only its regency’s people', async () => {
    const urls = (plan: string) => [
      `/api/plans/${plan}/open-data`,
      `/api/plans/${plan}/open-data/programmes.csv`,
      `/api/plans/${plan}/open-data/budgets.json`,
    ];
    for (const url of urls(taput)) expect((await get(url, null)).status, url).toBe(200);
    for (const url of urls(samosir)) {
      const res = await get(url, null);
      expect(res.status, url).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const taputRegion = (await planOf(TAPANULI_UTARA)).regionId;
    await seedUser(t.database.db, 'admin@taput.open-data.test', [
      { role: 'regency_admin', regionId: taputRegion },
    ]);
    const signedIn = await t.anonymous({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { email: 'admin@taput.open-data.test', password: PASSWORD },
    });
    const outsider = sessionCookie(signedIn.headers) as string;
    for (const url of urls(samosir)) expect((await get(url, outsider)).status, url).toBe(403);
    for (const url of urls(samosir)) expect((await get(url)).status, url).toBe(200);
  });

  it('answers 404 naming an unknown dataset, and 404 for an unknown plan', async () => {
    for (const format of ['csv', 'json']) {
      const res = await get(`/api/plans/${taput}/open-data/programs.${format}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toBe(
        'No open-data dataset named "programs"; there are programmes, indicators, budgets',
      );
    }
    for (const url of [
      `/api/plans/${UNKNOWN}/open-data`,
      `/api/plans/${UNKNOWN}/open-data/programmes.csv`,
      `/api/plans/${UNKNOWN}/open-data/indicators.json`,
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.detail).toBe(`No plan with id ${UNKNOWN}`);
    }
  });

  it('refuses a language other than id or en, naming the field', async () => {
    for (const url of [
      `/api/plans/${taput}/open-data?lang=fr`,
      `/api/plans/${taput}/open-data/budgets.csv?lang=fr`,
      `/api/plans/${taput}/open-data/budgets.json?lang=fr`,
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'lang', in: 'query' })]);
    }
  });
});
