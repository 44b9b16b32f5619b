import type { Page } from 'playwright-core';
import type { Language } from '../../src/web/i18n/i18n.ts';
import { formatRupiah, formatRupiahShort } from '../../src/web/lib/format.ts';
import { expect } from '../harness/test.ts';
import { literally, say, ui } from '../harness/workbench.ts';
import { budgetTotal, busiestYear, PLAN, PROGRAMMES, pillarName } from './humbang.ts';

/** The fixed start of a message whose end is filled in, as a pattern. */
const startsWith = (template: string) => new RegExp(`^${literally(template.split('{{')[0] ?? '')}`);

const nav = (page: Page, language: Language, screen: keyof (typeof ui.id)['workbench']['nav']) =>
  page
    .getByRole('navigation')
    .getByRole('link', { name: ui[language].workbench.nav[screen], exact: true })
    .click();

/** The home screen in the given language: six programmes, one quick win, the budget typed, every pillar. */
export async function readHome(page: Page, language: Language) {
  const home = ui[language].workbench.home;
  await nav(page, language, 'home');
  const tile = (label: string) => page.getByRole('group', { name: label, exact: true });
  await tile(home.counts.programs).getByText(String(PROGRAMMES.length), { exact: true }).waitFor();
  await tile(home.counts.quickWins).getByText('1', { exact: true }).waitFor();
  await tile(home.counts.pillars).getByText('6', { exact: true }).waitFor();
  await tile(home.counts.leadOpds).getByText('3', { exact: true }).waitFor();
  await tile(home.counts.budget)
    .getByText(formatRupiahShort(budgetTotal, language), { exact: true })
    .waitFor();

  const status = page.getByRole('region', { name: home.status.title, exact: true });
  await status.getByText(ui[language].plans.status.draft, { exact: true }).waitFor();
  await status.getByText(home.status.explain.draft).waitFor();

  // Every pillar has its programme now; the budget chart names each of them.
  const gaps = page.getByRole('region', { name: home.gaps.title, exact: true });
  await gaps.waitFor();
  expect(await gaps.getByText(home.gaps.pillarEmpty).count()).toBe(0);
  expect(await gaps.getByRole('heading', { name: home.gaps.opdsTitle }).count(), 'every OPD leads one').toBe(
    0,
  );
  const chart = page.getByRole('img', { name: home.charts.budgetByPillar });
  for (const { pillar } of PROGRAMMES) await chart.getByText(pillarName(pillar), { exact: true }).waitFor();
}

/** The quick wins: the governance programme under its pillar, the other pillars still without one. */
export async function readQuickWins(page: Page) {
  const words = ui.id.roadmap.quickWins;
  await nav(page, 'id', 'quickWins');
  await page.getByRole('heading', { level: 2, name: words.title, exact: true }).waitFor();
  const [quickWin] = PROGRAMMES.filter((p) => p.quickWin);
  if (!quickWin) throw new Error('The scenario marks one quick win');
  for (const { pillar } of PROGRAMMES) {
    const section = page.getByRole('region', { name: pillarName(pillar), exact: true });
    if (pillar === quickWin.pillar)
      expect(await section.getByRole('table').getByRole('link').allTextContents()).toEqual([quickWin.title]);
    else await section.getByText(words.none).waitFor();
  }
}

/** The roadmap in the given language: the Gantt of all six, the busiest year's budget, the schedule. */
export async function readRoadmap(page: Page, language: Language) {
  const words = ui[language].roadmap;
  await nav(page, language, 'roadmap');
  await page.getByRole('heading', { level: 2, name: words.roadmap.title, exact: true }).waitFor();
  const gantt = page.getByRole('img', {
    name: say(words.roadmap.ganttLabel, {
      count: PROGRAMMES.length,
      start: PLAN.periodStart,
      end: PLAN.periodEnd,
    }),
  });
  await gantt
    .locator('text', { hasText: pillarName('governance') })
    .first()
    .waitFor();

  const budget = page.getByRole('table', { name: startsWith(words.budget.tableCaption) });
  const years = await budget.locator('tbody').getByRole('rowheader').allTextContents();
  expect(years.map(Number)).toEqual(
    Array.from({ length: PLAN.periodEnd - PLAN.periodStart + 1 }, (_, i) => PLAN.periodStart + i),
  );
  const busiest = busiestYear();
  const row = budget
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(busiest.year) }) });
  expect(await row.getByRole('cell').last().textContent()).toBe(formatRupiah(busiest.amount, language));

  await page.getByRole('tab', { name: words.roadmap.tableView }).click();
  const schedule = page.getByRole('table', { name: words.roadmap.tableCaption });
  await expect
    .poll(async () => (await schedule.getByRole('link').allTextContents()).sort())
    .toEqual(PROGRAMMES.map((p) => p.title).sort());
}
