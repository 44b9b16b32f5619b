import type { Locator, Page } from 'playwright-core';
import type { Page as ApiPage, Schema } from '../src/web/api/types.ts';
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

type Program = Schema<'Program'>;
const sheet = ui.id.programs.worksheet;
const ADMIN = 'admin.taput@demo.rancang.id';
const DISKOMINFO_PARTICIPANT = 'diskominfo.taput@demo.rancang.id';
/** Columns of the sheet for someone who can change rows: the selection box comes first. */
const COL = {
  select: 0,
  code: 1,
  title: 2,
  element: 3,
  leadOpd: 4,
  startYear: 5,
  endYear: 6,
  quickWin: 7,
  budget: 8,
};

async function programsOf(page: Page, planId: string, query = ''): Promise<Program[]> {
  const response = await page.request.get(`/api/plans/${planId}/programs?limit=1000${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as ApiPage<Program>).items;
}

async function opdId(page: Page, regionCode: string): Promise<string> {
  const plans = await page.request.get('/api/plans?limit=1000');
  const plan = ((await plans.json()) as ApiPage<Schema<'Plan'>>).items.find((p) => p.title === TAPUT_PLAN);
  const opds = await page.request.get(`/api/regions/${plan?.regionId}/opds?limit=1000`);
  const opd = ((await opds.json()) as ApiPage<Schema<'Opd'>>).items.find((o) => o.code === regionCode);
  if (!opd) throw new Error(`No OPD ${regionCode}`);
  return opd.id;
}

const grid = (page: Page) => page.getByRole('grid');
const rowOf = (page: Page, code: string) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: code, exact: true }) });
const cellOf = (page: Page, code: string, col: number) => rowOf(page, code).getByRole('gridcell').nth(col);
/** The codes of the programmes the sheet shows (all are rendered while the list is short). */
const shownCodes = async (page: Page) =>
  (await grid(page).locator('tbody tr td:nth-child(2) a').allInnerTexts()).sort();
const focusedCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));

async function openSheet(page: Page, planId: string, search = '') {
  await page.goto(`/plans/${planId}/programs${search}`);
  await grid(page).waitFor();
}

async function expectValue(locator: Locator, value: string) {
  await expect.poll(() => locator.inputValue()).toBe(value);
}

test('the regency admin filters, types programmes with the keyboard, edits inline and in bulk', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const diskominfo = await opdId(page, 'DISKOMINFO');

  // The governance pillar, opened from its tab; the tab is part of the address.
  await openSheet(page, planId, '?pillar=branding');
  await page.getByRole('tab', { name: /^Smart Governance/ }).click();
  await page.waitForURL((url) => url.searchParams.get('pillar') === 'governance');
  await page.getByRole('heading', { name: sheet.title, level: 2 }).waitFor();
  const governance = await programsOf(page, planId, '&pillar=governance');
  await rowOf(page, 'GOV-01').waitFor();
  expect(await shownCodes(page)).toEqual(governance.map((p) => p.code).sort());

  // Filtered by an OPD: the address names it, and only the programmes it leads or supports remain.
  await page.getByRole('combobox', { name: sheet.filters.opd }).click();
  await page.keyboard.type('DISKOMINFO');
  await page
    .getByRole('listbox', { name: sheet.filters.opd })
    .getByRole('option', { name: /^DISKOMINFO — / })
    .click();
  await page.waitForURL((url) => url.searchParams.get('opd') === diskominfo);
  const involved = governance.filter(
    (p) => p.leadOpdId === diskominfo || p.supportingOpdIds.includes(diskominfo),
  );
  await expect.poll(() => shownCodes(page)).toEqual(involved.map((p) => p.code).sort());
  expect(involved.length).toBeLessThan(governance.length);
  // A shared link opens the same view.
  await page.reload();
  await expect.poll(() => shownCodes(page)).toEqual(involved.map((p) => p.code).sort());
  await page.getByRole('button', { name: sheet.filters.clear }).click();
  await page.waitForURL((url) => !url.searchParams.has('opd'));

  // A new programme typed in the bottom row with the keyboard only; Enter adds it.
  const title = page.getByLabel(sheet.entry.title);
  await title.focus();
  await page.keyboard.type('Aplikasi survei kepuasan masyarakat');
  await page.keyboard.press('Tab'); // element: the second of the pillar
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // lead OPD, found by typing its code
  await page.keyboard.type('DISKOMINFO');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .getByText(/ditambahkan: Aplikasi survei kepuasan masyarakat$/)
    .waitFor();
  await rowOf(page, 'GOV-13').getByText('Aplikasi survei kepuasan masyarakat').waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    sheet.entry.title,
  );
  await expectValue(title, '');
  const created = (await programsOf(page, planId, '&pillar=governance')).find((p) => p.code === 'GOV-13');
  expect(created).toMatchObject({
    title: 'Aplikasi survei kepuasan masyarakat',
    elementKey: 'bureaucracy',
    leadOpdCode: 'DISKOMINFO',
    startYear: 2024,
    endYear: 2026,
    horizon: 5,
    isQuickWin: true,
  });

  // A title edited in place: arrows to the cell, Enter (the caret after the title), type, Enter saves and moves down.
  await cellOf(page, 'GOV-03', COL.title).click();
  await page.keyboard.press('ArrowDown');
  expect(await focusedCell(page)).toBe(`3:${COL.title}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(' tahap 2');
  await page.keyboard.press('Enter');
  await cellOf(page, 'GOV-04', COL.title)
    .getByText(/tahap 2$/)
    .waitFor();
  expect(await focusedCell(page)).toBe(`4:${COL.title}`);
  await expect
    .poll(
      async () =>
        (await programsOf(page, planId, '&pillar=governance')).find((p) => p.code === 'GOV-04')?.title,
    )
    .toBe(`${governance.find((p) => p.code === 'GOV-04')?.title} tahap 2`);

  // An end year before the start year is refused in the cell, naming the field; nothing is sent.
  await page.keyboard.press('ArrowDown'); // GOV-06 runs 2023–2025
  for (let i = COL.title; i < COL.endYear; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2022');
  await page.keyboard.press('Enter');
  const refusal = cellOf(page, 'GOV-06', COL.endYear).getByRole('alert');
  await refusal
    .getByText(
      sheet.invalid.endBeforeStart.replace('{{field}}', sheet.columns.endYear).replace('{{start}}', '2023'),
    )
    .waitFor();
  const editor = cellOf(page, 'GOV-06', COL.endYear).getByRole('textbox');
  expect(await editor.getAttribute('aria-invalid')).toBe('true');
  await expectValue(editor, '2022');
  await page.keyboard.press('Escape');
  await cellOf(page, 'GOV-06', COL.endYear).getByText('2025', { exact: true }).waitFor();
  expect(
    (await programsOf(page, planId, '&pillar=governance')).find((p) => p.code === 'GOV-06')?.endYear,
  ).toBe(2025);

  // Two rows ticked (the second with Shift) and marked as quick wins together.
  await rowOf(page, 'GOV-05')
    .getByRole('checkbox', { name: sheet.selectRow.replace('{{code}}', 'GOV-05') })
    .click();
  await rowOf(page, 'GOV-06')
    .getByRole('checkbox', { name: sheet.selectRow.replace('{{code}}', 'GOV-06') })
    .click({ modifiers: ['Shift'] });
  const bulk = page.getByRole('region', { name: sheet.bulk.label });
  await bulk.getByText(sheet.bulk.selected_other.replace('{{count}}', '2')).waitFor();
  await bulk.getByText(sheet.bulk.quickWinOn, { exact: true }).click();
  await bulk.getByRole('button', { name: sheet.bulk.apply_other.replace('{{count}}', '2') }).click();
  await bulk.getByRole('status').getByText(sheet.bulk.done_other.replace('{{count}}', '2')).waitFor();
  await expect
    .poll(async () =>
      (await programsOf(page, planId, '&pillar=governance'))
        .filter((p) => p.code === 'GOV-05' || p.code === 'GOV-06')
        .map((p) => p.isQuickWin),
    )
    .toEqual([true, true]);

  if (SCREENSHOTS) {
    await openSheet(page, planId, '?pillar=governance');
    await rowOf(page, 'GOV-01').waitFor();
    // The tabs at the top of the picture: the sheet with its quick-entry row fills the rest.
    await page
      .getByRole('tablist')
      .evaluate((tabs) => window.scrollTo(0, tabs.getBoundingClientRect().top + window.scrollY - 60));
    await saveScreenshot(page, SCREENSHOTS, 'worksheet', { fullPage: false });
  }
});

test('a value the server refuses stays on its cell with the reason; a stale save opens the merge', async ({
  newContext,
  expectFailedLoad,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);

  // GOV-01 has budgets from 2022: starting it in 2023 passes the sheet's checks, the server refuses it.
  await openSheet(page, planId, '?pillar=governance');
  const gov01 = (await programsOf(page, planId, '&pillar=governance')).find((p) => p.code === 'GOV-01');
  if (!gov01) throw new Error('The demo has GOV-01');
  expectFailedLoad(400, `/api/programs/${gov01.id}`);
  const start = cellOf(page, 'GOV-01', COL.startYear);
  await start.click();
  await page.keyboard.type('2023');
  await page.keyboard.press('Enter');
  await expect.poll(() => start.getAttribute('data-state')).toBe('error');
  await start.getByText('2023', { exact: true }).waitFor();
  await page.getByText(sheet.unsavedCells_other.replace('{{count}}', '1')).waitFor();
  await page.keyboard.press('ArrowUp');
  await start
    .getByRole('alert')
    .getByText(/^Belum tersimpan: Tahun mulai: akan meninggalkan anggaran tahun 2022/)
    .waitFor();
  await page.keyboard.press('Escape');
  await start.getByText('2022', { exact: true }).waitFor();
  expect(await start.getAttribute('data-state')).toBeNull();

  await openSheet(page, planId, '?pillar=branding');
  const [first] = await programsOf(page, planId, '&pillar=branding');
  if (!first) throw new Error('The demo has branding programmes');
  await rowOf(page, first.code).waitFor();

  // Someone else renames the programme after the sheet was loaded.
  const theirs = await page.request.patch(`/api/programs/${first.id}`, {
    data: { title: `${first.title} (versi kabupaten)`, version: first.version },
    headers: { 'x-requested-with': 'fetch' },
  });
  expect(theirs.status()).toBe(200);

  expectFailedLoad(409, `/api/programs/${first.id}`);
  await cellOf(page, first.code, COL.endYear).click();
  await page.keyboard.type(String(first.endYear === 2031 ? 2030 : first.endYear + 1));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: ui.id.conflict.title });
  await dialog.waitFor();
  await dialog.getByText(ui.id.conflict.keptTitle).waitFor();
  await dialog.getByRole('button', { name: ui.id.conflict.save }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect
    .poll(async () => {
      const now = (await programsOf(page, planId, '&pillar=branding')).find((p) => p.id === first.id);
      return [now?.title, now?.endYear];
    })
    .toEqual([`${first.title} (versi kabupaten)`, first.endYear === 2031 ? 2030 : first.endYear + 1]);
});

test('an OPD participant reads every row but edits only the rows their OPD leads', async ({ newContext }) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, DISKOMINFO_PARTICIPANT);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await openSheet(page, planId, '?pillar=governance');
  await page.getByText(sheet.ownOpdOnly).waitFor();
  const governance = await programsOf(page, planId, '&pillar=governance');
  const own = governance.filter((p) => p.leadOpdCode === 'DISKOMINFO');
  const other = governance.filter((p) => p.leadOpdCode !== 'DISKOMINFO');
  expect(own.length).toBeGreaterThan(0);
  await rowOf(page, governance[0]?.code ?? '').waitFor();
  expect(await shownCodes(page)).toEqual(governance.map((p) => p.code).sort());

  for (const p of own)
    expect(await cellOf(page, p.code, COL.title).getAttribute('aria-readonly')).toBe('false');
  for (const p of other)
    expect(await cellOf(page, p.code, COL.title).getAttribute('aria-readonly')).toBe('true');
  // Only their own rows can be ticked for a bulk change.
  expect(
    await grid(page)
      .locator('tbody')
      .getByRole('checkbox', { name: /^Pilih / })
      .count(),
  ).toBe(own.length);

  // Enter on another OPD's title opens nothing; on their own, the editor.
  const foreign = other[0];
  const mine = own[0];
  if (!foreign || !mine) throw new Error('The governance pillar has programmes of several OPDs');
  await cellOf(page, foreign.code, COL.title).click();
  await page.keyboard.press('Enter');
  expect(await cellOf(page, foreign.code, COL.title).getByRole('textbox').count()).toBe(0);
  await cellOf(page, mine.code, COL.title).click();
  await page.keyboard.press('Enter');
  await cellOf(page, mine.code, COL.title).getByRole('textbox').waitFor();
  await page.keyboard.press('Escape');

  // A new programme can only be their OPD's.
  const lead = page.getByLabel(sheet.entry.leadOpd);
  expect(await lead.locator('option').allInnerTexts()).toEqual([
    sheet.entry.chooseOpd,
    'DISKOMINFO — Dinas Komunikasi dan Informatika',
  ]);
  await expectValue(lead, mine.leadOpdId);
});

test('a long list renders only the rows in view, and a failed add keeps the typed row through a reload', async ({
  newContext,
  expectFailedLoad,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const all = await programsOf(page, planId);
  await openSheet(page, planId, '?pillar=all');
  await page.getByText(sheet.count_other.replace('{{count}}', String(all.length)), { exact: true }).waitFor();
  expect(await grid(page).getAttribute('aria-rowcount')).toBe(String(all.length + 1));
  const rendered = await grid(page).locator('tbody tr').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered, 'rows in the DOM').toBeLessThan(all.length / 2);
  // Ctrl+End reaches the last programme, which is then rendered and focused.
  await cellOf(page, all[0]?.code ?? '', COL.budget).click();
  await page.keyboard.press('Control+End');
  const last = all[all.length - 1]?.code ?? '';
  await rowOf(page, last).waitFor();
  expect(await focusedCell(page)).toMatch(new RegExp(`^${all.length - 1}:`));

  // The server fails the add: the row keeps what was typed, and so does the browser after a reload.
  await openSheet(page, planId, '?pillar=economy');
  expectFailedLoad(503, `/api/plans/${planId}/programs`);
  await page.route(`**/api/plans/${planId}/programs`, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: '{"title":"Unavailable"}',
        })
      : route.fallback(),
  );
  const title = page.getByLabel(sheet.entry.title);
  await title.fill('Pasar digital UMKM Tarutung');
  await page
    .getByLabel(sheet.entry.leadOpd)
    .selectOption({ label: 'DISKOMINFO — Dinas Komunikasi dan Informatika' });
  await title.press('Enter');
  await page
    .getByRole('alert')
    .getByText(/^Program belum tersimpan:/)
    .waitFor();
  await expectValue(title, 'Pasar digital UMKM Tarutung');
  await page.unroute(`**/api/plans/${planId}/programs`);
  // The browser keeps the row once typing pauses (a moment after the last key).
  await expect
    .poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Pasar digital'))))
    .toBe(true);
  await page.reload();
  await grid(page).waitFor();
  await expectValue(page.getByLabel(sheet.entry.title), 'Pasar digital UMKM Tarutung');
  await page.getByText(ui.id.draft.restored).waitFor();
});

test('on a 360 px phone the worksheet is a card list with the add form, without sideways scrolling', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await page.goto(`/plans/${planId}/programs?pillar=living`);
  const cards = page.getByRole('list', { name: sheet.cards.label });
  await cards.waitFor();
  const living = await programsOf(page, planId, '&pillar=living');
  expect(await cards.getByRole('listitem').count()).toBe(living.length);
  expect(await page.getByRole('grid').count()).toBe(0);
  await page.getByRole('heading', { name: sheet.entry.heading }).waitFor();
  await page.getByLabel(sheet.columns.title, { exact: true }).waitFor();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
});
