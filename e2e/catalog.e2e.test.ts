import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { Schema } from '../src/web/api/types.ts';
// The catalogue screen's words come with its chunk, so they are not in the harness's `ui`.
import wordsEn from '../src/web/features/catalog/i18n/en.json';
import words from '../src/web/features/catalog/i18n/id.json';
import indicatorWords from '../src/web/features/indicators/i18n/id.json';
import { expect, test } from './harness/test.ts';
import { DESKTOP, literally, PHONE, say, scrollWidth, signInAs, ui } from './harness/workbench.ts';

const PLATFORM = 'platform@demo.rancang.id';
/** In the starter catalogue, with a definition in both languages: the unemployment rate. */
const CODE = 'ISO37120-5.1';
const IMPORT = '/api/indicators/catalog/import';

type CatalogEntry = Schema<'IndicatorCatalogEntry'>;

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const card = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });
const byLabel = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${literally(label)}( \\*)?$`));

/** A CSV as a spreadsheet writes it: cells with a comma or a quote are quoted. */
const csv = (rows: string[][]) =>
  rows
    .map((row) => row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n');

const HEADER = [
  'code',
  'source',
  'reference',
  'theme',
  'nameId',
  'nameEn',
  'definitionId',
  'definitionEn',
  'unit',
  'multiplier',
  'minValue',
  'maxValue',
  'direction',
];
const SPBE = {
  code: 'NAS-SPBE-1',
  nameId: 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)',
  definitionId: 'Nilai evaluasi SPBE pemerintah kabupaten oleh Kementerian PANRB, skala 1 sampai 5.',
};
const spbeRow = [
  SPBE.code,
  'national',
  'Perpres 95/2018',
  'governance',
  SPBE.nameId,
  'Electronic-based government system (SPBE) index',
  SPBE.definitionId,
  'The SPBE evaluation score of the regency government by the Ministry, on a scale of 1 to 5.',
  'indeks',
  '',
  '1',
  '5',
  'increase',
];
// Its multiplier is zero: no value could be computed with it.
const badRow = [
  'NAS-SATUDATA-1',
  'national',
  '',
  'governance',
  'Dataset Satu Data terbuka',
  'Open One Data datasets',
  '',
  '',
  '%',
  '0',
  '0',
  '100',
  'increase',
];

test('an anonymous visitor finds an indicator in the catalogue and reads its definition, in both languages, on a phone', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: PHONE })).newPage();
  const entry = (
    await getJson<{ items: CatalogEntry[] }>(page, '/api/indicators/catalog?limit=1000')
  ).items.find((e) => e.code === CODE) as CatalogEntry;
  expect(entry?.definitionId, CODE).toBeTruthy();
  expect(entry.definitionEn, CODE).toBeTruthy();
  const matching = await getJson<{ total: number }>(page, '/api/indicators/catalog?q=pengangguran&limit=1');

  // From the regions list (the header's link is for wider screens) to the catalogue.
  await page.goto('/');
  await page.getByRole('link', { name: ui.id.regions.catalogLink }).click();
  await page.waitForURL('**/indicators/catalog');
  await page.getByRole('heading', { level: 1, name: words.title, exact: true }).waitFor();

  await byLabel(page, words.filters.search).fill('pengangguran');
  await page.getByText(say(words.found_other, { count: matching.total }), { exact: true }).waitFor();
  const found = card(page, entry.nameId);
  await found.getByText(entry.definitionId as string, { exact: true }).waitFor();
  // The unit shows twice on a percentage's card (its unit and its range); one is enough here.
  await found.getByText(entry.unit, { exact: true }).first().waitFor();
  expect(
    await page.getByRole('region', { name: indicatorWords.theme[entry.theme], exact: true }).count(),
  ).toBe(1);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

  // In English the same card reads in English.
  await page.getByRole('banner').getByText(ui.en.language.en, { exact: true }).click();
  await page.getByRole('heading', { level: 1, name: wordsEn.title, exact: true }).waitFor();
  await card(page, entry.nameEn)
    .getByText(entry.definitionEn as string, { exact: true })
    .waitFor();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
});

test('the platform admin checks a catalogue file with a bad row and sees the problem named, then imports a good one, finds the new entry and downloads it', async ({
  newContext,
  expectFailedLoad,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, PLATFORM);
  await page.getByRole('banner').getByRole('link', { name: ui.id.app.catalog }).click();
  await page.getByRole('heading', { level: 1, name: words.title, exact: true }).waitFor();

  const section = page.getByRole('region', { name: words.import.title, exact: true });
  const file = section.locator('input[type=file]');
  const check = section.getByRole('button', { name: words.import.check, exact: true });

  // A dry run of a file with one bad row: the row and column named, nothing written.
  expectFailedLoad(400, IMPORT);
  await file.setInputFiles({
    name: 'katalog-nasional.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv([HEADER, spbeRow, badRow])),
  });
  await check.click();
  await section.getByText(say(words.import.problems_other, { count: 1 }), { exact: true }).waitFor();
  const problems = section.getByRole('table', { name: words.import.problemsCaption });
  const problem = problems.getByRole('row').filter({ hasText: say(words.import.line, { number: 3 }) });
  await problem.getByRole('cell', { name: 'multiplier', exact: true }).waitFor();
  expect(await problems.locator('tbody tr').count()).toBe(1);
  expect((await getJson<{ total: number }>(page, `/api/indicators/catalog?q=${SPBE.code}`)).total).toBe(0);

  // The good row alone: the check says it would be added; the import adds it.
  await file.setInputFiles({
    name: 'katalog-nasional.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv([HEADER, spbeRow])),
  });
  await check.click();
  await section
    .getByText(say(words.import.checkedSummary, { created: 1, updated: 0, unchanged: 0 }), { exact: true })
    .waitFor();
  const changes = section.getByRole('table', { name: words.import.changesCaption });
  await changes
    .getByRole('row')
    .filter({ hasText: SPBE.code })
    .getByText(words.import.actions.create)
    .waitFor();
  await section.getByRole('button', { name: words.import.run, exact: true }).click();
  await section
    .getByText(say(words.import.importedSummary, { created: 1, updated: 0, unchanged: 0 }), { exact: true })
    .waitFor();

  // The catalogue shows it at once, under its theme, with its definition.
  await byLabel(page, words.filters.search).fill('SPBE');
  const added = card(page, SPBE.nameId);
  await added.getByText(SPBE.definitionId, { exact: true }).waitFor();
  await page
    .getByRole('region', { name: indicatorWords.theme.governance, exact: true })
    .getByRole('listitem', { name: SPBE.nameId })
    .waitFor();

  // Downloaded, it is in the file, under the name the server gives.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: words.export.csv, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rancang-indicator-catalog.csv');
  expect(await readFile(await download.path(), 'utf8')).toContain(SPBE.code);
});
