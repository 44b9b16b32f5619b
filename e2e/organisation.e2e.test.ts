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

const org = ui.id.organisation;

/** The region of the plan and one of its OPDs, read through the API as the page's visitor can. */
async function regionAndOpd(page: Page, planId: string, code: string) {
  const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as Schema<'Plan'>;
  const response = await page.request.get(`/api/regions/${plan.regionId}/opds?q=${code}`);
  const { items } = (await response.json()) as ApiPage<Schema<'Opd'>>;
  const opd = items.find((o) => o.code === code);
  if (!opd) throw new Error(`No OPD ${code} in the plan's region`);
  return { regionId: plan.regionId, opd };
}

const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });
const field = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const select = (scope: Locator, name: string) => scope.getByRole('combobox', { name, exact: true });

test("Tapanuli Utara's admin adds an OPD (a duplicate code is refused at the code field), a person with a position in it, and renames it", async ({
  newContext,
  expectFailedLoad,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const { regionId, opd: diskominfo } = await regionAndOpd(page, planId, 'DISKOMINFO');
  await signInAs(page, 'admin.taput@demo.rancang.id');
  await page.goto(`/plans/${planId}/organisation`);

  await page.getByRole('heading', { level: 2, name: org.title, exact: true }).waitFor();
  const table = page.getByRole('table');
  await table.getByRole('cell', { name: diskominfo.name, exact: true }).waitFor();
  await table.getByRole('cell', { name: org.opdTypes.office, exact: true }).first().waitFor();

  // A code the region already has: the API answers 409, shown next to the code field, input kept.
  await page.getByRole('button', { name: org.opds.add, exact: true }).click();
  const add = dialog(page, org.opds.addTitle);
  await field(add, org.opds.code).fill('DISKOMINFO');
  await field(add, org.opds.name).fill('Badan Riset dan Inovasi Daerah');
  await select(add, org.opds.type).selectOption('agency');
  expectFailedLoad(409, `/api/regions/${regionId}/opds`);
  await add.getByRole('button', { name: org.actions.save, exact: true }).click();
  await add.getByText(org.errors.duplicate).waitFor();
  expect(await field(add, org.opds.code).getAttribute('aria-invalid')).toBe('true');
  expect(await field(add, org.opds.name).inputValue()).toBe('Badan Riset dan Inovasi Daerah');

  await field(add, org.opds.code).fill('BRIDA');
  await add.getByRole('button', { name: org.actions.save, exact: true }).click();
  await add.waitFor({ state: 'hidden' });
  const added = table.getByRole('row').filter({ hasText: 'BRIDA' });
  await added.getByRole('cell', { name: 'Badan Riset dan Inovasi Daerah', exact: true }).waitFor();
  await added.getByRole('cell', { name: org.opdTypes.agency, exact: true }).waitFor();

  // The search box narrows the list, and stays in the address.
  await page.getByRole('searchbox', { name: org.search }).fill('riset');
  await page.waitForURL((url) => url.searchParams.get('q') === 'riset');
  await page.getByText(/^Menampilkan 1 dari \d+$/).waitFor();
  expect(await table.getByRole('row').count()).toBe(2);
  await page.getByRole('searchbox', { name: org.search }).fill('');

  // A person, then their position in the new OPD, in the same window.
  await page.getByRole('tab', { name: new RegExp(org.sections.people) }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'people');
  await page.getByRole('button', { name: org.people.add, exact: true }).click();
  const person = dialog(page, org.people.addTitle);
  await field(person, org.people.fullName).fill('Rina Hutabarat, S.Kom.');
  await field(person, org.people.phone).fill('+62 812 6000 1234');
  await person.getByRole('button', { name: org.actions.save, exact: true }).click();
  await person.getByText(org.people.saved).waitFor();

  await person.getByRole('button', { name: org.positions.add, exact: true }).click();
  const position = person.getByRole('form', { name: org.positions.addTitle });
  await select(position, org.positions.opd).selectOption({ label: 'BRIDA — Badan Riset dan Inovasi Daerah' });
  await field(position, org.positions.jobTitle).fill('Kepala Badan Riset dan Inovasi Daerah');
  await select(position, org.positions.role).selectOption('head');
  await position.getByLabel(org.positions.startDate).fill('2025-02-03');
  await position.getByRole('button', { name: org.actions.save, exact: true }).click();
  await position.waitFor({ state: 'hidden' });
  await person.getByText('Kepala Badan Riset dan Inovasi Daerah', { exact: true }).waitFor();
  await person.getByText(org.roles.head, { exact: true }).waitFor();
  // The form's own button; the window's × in its corner has the same name.
  await person.getByRole('button', { name: org.actions.close, exact: true }).last().click();
  await person.waitFor({ state: 'hidden' });

  const row = page.getByRole('row').filter({ hasText: 'Rina Hutabarat, S.Kom.' });
  await row.getByText('Kepala Badan Riset dan Inovasi Daerah', { exact: true }).waitFor();
  await row.getByText('BRIDA', { exact: true }).waitFor();
  await row.getByText('+62 812 6000 1234').waitFor();

  // Renaming the OPD.
  await page.getByRole('tab', { name: new RegExp(org.sections.opds) }).click();
  await page.getByRole('button', { name: 'Ubah Badan Riset dan Inovasi Daerah', exact: true }).click();
  const edit = dialog(page, 'Ubah OPD BRIDA');
  await field(edit, org.opds.name).fill('Badan Riset dan Inovasi Daerah Tapanuli Utara');
  await edit.getByRole('button', { name: org.actions.save, exact: true }).click();
  await edit.waitFor({ state: 'hidden' });
  await table
    .getByRole('cell', { name: 'Badan Riset dan Inovasi Daerah Tapanuli Utara', exact: true })
    .waitFor();

  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'organisation', { fullPage: false });
});

test('an anonymous visitor on a phone reads the OPDs and kecamatan without add or edit buttons, and no people', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: PHONE })).newPage();
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const { opd: diskominfo } = await regionAndOpd(page, planId, 'DISKOMINFO');
  await page.goto(`/plans/${planId}/organisation`);

  await page.getByRole('cell', { name: diskominfo.name, exact: true }).waitFor();
  expect(await page.getByRole('button', { name: org.opds.add }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Ubah / }).count()).toBe(0);
  expect(await scrollWidth(page), 'nothing scrolls sideways but the table').toBeLessThanOrEqual(PHONE.width);

  // A kecamatan office links to its kecamatan.
  await page.getByRole('link', { name: 'Tarutung', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('tab') === 'kecamatan');
  await page.getByRole('cell', { name: 'Tarutung', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Kecamatan Tarutung', exact: true }).waitFor();
  expect(await page.getByRole('button', { name: org.kecamatan.add }).count()).toBe(0);

  await page.goto(`/plans/${planId}/organisation?tab=people`);
  await page.getByText(/hanya terlihat oleh tim Kabupaten Tapanuli Utara/).waitFor();
  expect(await page.getByRole('table').count()).toBe(0);
});
