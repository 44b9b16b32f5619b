import { stat } from 'node:fs/promises';
import type { Page } from 'playwright-core';
// The documents screen's words come with its chunk, so they are not in the harness's `ui`.
import words from '../src/web/features/documents/i18n/id.json';
import { expect, test } from './harness/test.ts';
import {
  DESKTOP,
  PHONE,
  planIdByTitle,
  say,
  scrollWidth,
  signInAs,
  TAPUT_PLAN,
} from './harness/workbench.ts';

const ADMIN = 'admin.taput@demo.rancang.id';

const openDocuments = async (page: Page, planId: string) => {
  await page.goto(`/plans/${planId}/documents`);
  await page.getByRole('heading', { level: 2, name: words.title, exact: true }).waitFor();
};

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('the regency admin downloads the master plan as DOCX and finds the worksheet import', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await openDocuments(page, planId);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(page, words.files.masterPlanDocx).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rencana-induk-smart-city-tapanuli-utara-2022-2031.docx');
  expect((await stat(await download.path())).size).toBeGreaterThan(0);
  await page.getByText(say(words.files.saved, { fileName: download.suggestedFilename() })).waitFor();

  await page.getByRole('heading', { name: words.worksheet.import.title, exact: true }).waitFor();
  await page.getByLabel(words.worksheet.import.file).waitFor();
  await button(page, words.worksheet.import.check).waitFor();
});

test('an anonymous reader of Tapanuli Utara sees the downloads but no import, on a phone', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: PHONE })).newPage();
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await openDocuments(page, planId);

  for (const name of [
    words.files.masterPlanDocx,
    words.files.masterPlanPdf,
    words.files.summaryDocx,
    words.worksheet.download,
  ])
    await button(page, name).waitFor();
  const csv = page.getByRole('link', { name: say(words.openData.downloadCsv, { dataset: 'Program aksi' }) });
  expect(await csv.getAttribute('href')).toBe(`/api/plans/${planId}/open-data/programmes.csv?lang=id`);
  const columns = page.getByRole('table', { name: say(words.openData.caption, { dataset: 'Program aksi' }) });
  await columns.getByRole('rowheader', { name: 'budget_total', exact: true }).waitFor();

  expect(await page.getByRole('heading', { name: words.worksheet.import.title }).count()).toBe(0);
  expect(await button(page, words.worksheet.import.submit).count()).toBe(0);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
});
