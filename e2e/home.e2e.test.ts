import type { Page } from 'playwright-core';
import type { Schema } from '../src/web/api/types.ts';
import { formatNumber } from '../src/web/lib/format.ts';
import { saveScreenshot } from './harness/screenshot.ts';
import { expect, test } from './harness/test.ts';
import {
  DESKTOP,
  PHONE,
  planIdByTitle,
  SCREENSHOTS,
  scrollWidth,
  signInAs,
  TAPUT_PLAN,
  ui,
} from './harness/workbench.ts';

const SAMOSIR_PLAN = 'Masterplan Smart City Kabupaten Samosir 2026–2035';
const home = ui.id.workbench.home;

/** The summary the home is drawn from, read through the API as the same visitor, to compare with the page. */
async function summaryOf(page: Page, planId: string): Promise<Schema<'PlanSummary'>> {
  const response = await page.request.get(`/api/plans/${planId}/summary`);
  expect(response.status()).toBe(200);
  return response.json();
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const tile = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true });
const chart = (page: Page, title: string) => page.getByRole('img', { name: title });

test("Tapanuli Utara's plan home shows its status, figures, pillar charts and gaps, in Indonesian then English", async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const summary = await summaryOf(page, planId);
  await page.goto(`/plans/${planId}`);

  const status = section(page, home.status.title);
  await status.getByText(ui.id.plans.status.implementing, { exact: true }).waitFor();
  await status.getByText(home.status.explain.implementing).waitFor();
  await status.getByText(/Peraturan Bupati Tapanuli Utara Nomor 18 Tahun 2022/).waitFor();
  // Adopted: all four Bimtek phases are behind it.
  expect(await status.getByText(home.status.state.done, { exact: true }).count()).toBe(4);

  await tile(page, home.counts.programs)
    .getByText(formatNumber(summary.counts.programs, 'id'), { exact: true })
    .waitFor();
  await tile(page, home.counts.quickWins)
    .getByText(formatNumber(summary.counts.quickWins, 'id'), { exact: true })
    .waitFor();

  // The charts are SVG with real text: the pillars' names are on the axis.
  for (const pillar of summary.pillars) {
    await chart(page, home.charts.budgetByPillar).getByText(pillar.nameId, { exact: true }).waitFor();
    await chart(page, home.charts.programsByPillar).getByText(pillar.nameId, { exact: true }).waitFor();
  }
  await chart(page, home.charts.budgetByPillar)
    .getByText(/^Rp [\d,]+ M$/)
    .first()
    .waitFor();
  await chart(page, home.charts.budgetByYear)
    .getByText(String(summary.plan.periodStart), { exact: true })
    .waitFor();

  // Every active OPD of the demo leads programmes except the kecamatan offices and the secretariat.
  const gaps = section(page, home.gaps.title);
  const [firstOpd] = summary.gaps.opdsWithoutPrograms;
  if (!firstOpd)
    throw new Error('The demo plan of Tapanuli Utara is expected to have OPDs without programmes');
  await gaps.getByRole('heading', { name: home.gaps.opdsTitle }).waitFor();
  await gaps.getByText(firstOpd.name).waitFor();
  expect(await gaps.getByRole('link', { name: home.gaps.openOrganisation }).getAttribute('href')).toBe(
    `/plans/${planId}/organisation`,
  );
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'home');

  await page.getByRole('banner').getByText(ui.en.language.en, { exact: true }).click();
  await page.getByRole('heading', { name: ui.en.workbench.home.gaps.title, exact: true }).waitFor();
  await section(page, ui.en.workbench.home.status.title)
    .getByText(ui.en.plans.status.implementing, { exact: true })
    .waitFor();
  await chart(page, ui.en.workbench.home.charts.budgetByPillar)
    .getByText(/^IDR [\d.]+ bn$/)
    .first()
    .waitFor();
});

test('the plan home fits a 360 px phone without scrolling sideways', async ({ newContext }) => {
  const phone = await (await newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  const planId = await planIdByTitle(phone, TAPUT_PLAN);
  await phone.goto(`/plans/${planId}`);
  await section(phone, home.counts.title).waitFor();
  for (const title of [home.charts.budgetByPillar, home.charts.programsByPillar, home.charts.budgetBySource])
    await chart(phone, title).locator('svg').waitFor();
  await section(phone, home.gaps.title).waitFor();
  expect(await scrollWidth(phone), 'page width: nothing scrolls sideways').toBeLessThanOrEqual(PHONE.width);
});

test("Samosir's draft plan home shows the platform admin the elements nobody covers yet", async ({
  page,
}) => {
  await signInAs(page, 'platform@demo.rancang.id');
  const planId = await planIdByTitle(page, SAMOSIR_PLAN);
  const summary = await summaryOf(page, planId);
  await page.goto(`/plans/${planId}`);

  const status = section(page, home.status.title);
  await status.getByText(ui.id.plans.status.draft, { exact: true }).waitFor();
  await status.getByText(home.status.explain.draft).waitFor();
  await status.getByText(home.status.state.current, { exact: true }).waitFor();

  const [missing] = summary.gaps.elementsWithoutPrograms;
  if (!missing) throw new Error('The demo plan of Samosir is expected to have elements without programmes');
  const pillar = summary.pillars.find((p) => p.pillarId === missing.pillarId);
  if (!pillar) throw new Error(`No pillar ${missing.pillarKey} in the summary`);
  const gaps = section(page, home.gaps.title);
  await gaps.getByRole('heading', { name: home.gaps.pillarsTitle }).waitFor();
  await gaps.getByText(new RegExp(missing.nameId)).first().waitFor();
  const fill = gaps.getByRole('link', { name: home.gaps.fillPillar.replace('{{pillar}}', pillar.nameId) });
  expect(await fill.getAttribute('href')).toBe(`/plans/${planId}/programs?pillar=${pillar.key}`);
  await gaps.getByRole('heading', { name: home.gaps.opdsTitle }).waitFor();
});

test('a new plan without programmes shows zero figures and says so instead of drawing empty charts', async ({
  page,
}) => {
  await signInAs(page, 'admin.taput@demo.rancang.id');
  const taput = await summaryOf(page, await planIdByTitle(page, TAPUT_PLAN));
  const created = await page.request.post('/api/plans', {
    headers: { 'x-requested-with': 'fetch' },
    data: {
      regionId: taput.plan.region.id,
      title: 'Rencana uji beranda kosong',
      periodStart: 2032,
      periodEnd: 2036,
    },
  });
  expect(created.status()).toBe(201);
  const { id: planId } = (await created.json()) as { id: string };
  const summary = await summaryOf(page, planId);
  await page.goto(`/plans/${planId}`);

  await tile(page, home.counts.programs).getByText('0', { exact: true }).waitFor();
  await section(page, home.status.title).getByText(home.status.notStarted).waitFor();
  const charts = section(page, home.charts.title);
  await charts.getByText(home.charts.noPrograms).waitFor();
  expect(await charts.getByText(home.charts.noBudget).count()).toBe(3);
  expect(await charts.getByRole('img').count()).toBe(0);
  // Every pillar of the new plan is a gap, each with its way to the worksheet.
  const gaps = section(page, home.gaps.title);
  expect(summary.pillars.length).toBeGreaterThan(0);
  expect(await gaps.getByText(home.gaps.pillarEmpty).count()).toBe(summary.pillars.length);
});
