import type { Page } from 'playwright-core';
import { formatRupiah } from '../src/web/lib/format.ts';
import { saveScreenshot } from './harness/screenshot.ts';
import { expect, test } from './harness/test.ts';
import { DESKTOP, planIdByTitle, SCREENSHOTS, TAPUT_PLAN, ui } from './harness/workbench.ts';

const id = ui.id.roadmap;

interface Pillar {
  id: string;
  key: string;
  nameId: string;
}
interface Program {
  id: string;
  pillarId: string;
  code: string;
  title: string;
}

/** What the API says, as an anonymous visitor may read it (Tapanuli Utara's plan is adopted). */
async function fromApi<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

test('an anonymous visitor reads the quick wins of Tapanuli Utara per pillar, as the API lists them', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const pillars = (await fromApi<{ items: Pillar[] }>(page, `/plans/${planId}/pillars`)).items;
  const quickWins = (
    await fromApi<{ items: Program[] }>(page, `/plans/${planId}/programs?quickWin=true&limit=1000`)
  ).items;
  expect(quickWins.length).toBeGreaterThan(0);

  await page.goto(`/plans/${planId}/quick-wins`);
  await heading(page, id.quickWins.title).waitFor();

  for (const pillar of pillars) {
    const section = page.getByRole('region', { name: pillar.nameId, exact: true });
    const expected = quickWins.filter((program) => program.pillarId === pillar.id);
    if (expected.length === 0) {
      await section.getByText(id.quickWins.none).waitFor();
      const worksheet = section.getByRole('link', {
        name: id.quickWins.openWorksheet.replace('{{pillar}}', pillar.nameId),
      });
      expect(await worksheet.getAttribute('href')).toBe(`/plans/${planId}/programs?pillar=${pillar.key}`);
      continue;
    }
    await section.getByRole('table').waitFor();
    const titles = await section.getByRole('table').getByRole('link').allTextContents();
    expect(titles, pillar.nameId).toEqual(expected.map((program) => program.title));
    for (const program of expected)
      await section.getByRole('cell', { name: program.code, exact: true }).waitFor();
  }

  // A quick win leads to its programme.
  const first = quickWins[0] as Program;
  const link = page.getByRole('link', { name: first.title, exact: true });
  expect(await link.getAttribute('href')).toBe(`/plans/${planId}/programs/${first.id}`);

  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'quick-wins');
});

test('the roadmap shows every pillar, the budget per year as the API sums it, and filters by pillar', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const plan = await fromApi<{ periodStart: number; periodEnd: number }>(page, `/plans/${planId}`);
  const pillars = (await fromApi<{ items: Pillar[] }>(page, `/plans/${planId}/pillars`)).items;
  const byYear = await fromApi<{ rows: { year: number; amount: string }[] }>(
    page,
    `/plans/${planId}/budget?by=year`,
  );

  await page.goto(`/plans/${planId}/roadmap`);
  await heading(page, id.roadmap.title).waitFor();

  // The Gantt chart names the pillar above its programmes (SVG text); it scrolls, so the first is in view.
  const gantt = page.getByRole('img', { name: /^Diagram Gantt/ });
  const ganttLabel = (pillar: Pillar) => gantt.locator('text', { hasText: pillar.nameId }).first();
  await ganttLabel(pillars[0] as Pillar).waitFor();

  // The budget table: a column per pillar, a row per year of the plan, the year's total as the API's.
  const budget = page.getByRole('table', { name: /^Anggaran per tahun/ });
  for (const pillar of pillars)
    await budget.getByRole('columnheader', { name: pillar.nameId, exact: true }).waitFor();
  const years = await budget.locator('tbody').getByRole('rowheader').allTextContents();
  expect(years.map(Number)).toEqual(
    Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i),
  );
  const busiest = byYear.rows.reduce((a, b) => (Number(b.amount) > Number(a.amount) ? b : a));
  const row = budget
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(busiest.year) }) });
  expect(await row.getByRole('cell').last().textContent()).toBe(formatRupiah(busiest.amount, 'id'));

  // Only one pillar: the address says which, and the table lists that pillar's programmes alone.
  const pillar = pillars[2] as Pillar;
  const ofPillar = (
    await fromApi<{ items: Program[] }>(page, `/plans/${planId}/programs?pillar=${pillar.key}&limit=1000`)
  ).items;
  await page.getByRole('combobox', { name: id.roadmap.pillarFilter }).selectOption({ label: pillar.nameId });
  await page.waitForURL((url) => url.searchParams.get('pillar') === pillar.key);
  await ganttLabel(pillar).waitFor();
  await page.getByRole('tab', { name: id.roadmap.tableView }).click();
  const schedule = page.getByRole('table', { name: id.roadmap.tableCaption });
  await schedule.waitFor();
  await expect
    .poll(() => schedule.getByRole('link').allTextContents())
    .toEqual(ofPillar.map((program) => program.title));
  expect(await schedule.getByRole('rowheader').allTextContents()).toEqual([pillar.nameId]);

  if (SCREENSHOTS) {
    await page
      .getByLabel(id.roadmap.pillarFilter, { exact: true })
      .selectOption({ label: id.roadmap.allPillars });
    await page.getByRole('tab', { name: id.roadmap.chartView }).click();
    await gantt
      .locator('text', { hasText: (pillars[0] as Pillar).nameId })
      .first()
      .waitFor();
    await saveScreenshot(page, SCREENSHOTS, 'roadmap');
  }
});
