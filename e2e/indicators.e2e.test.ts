import type { Locator, Page } from 'playwright-core';
import { INDICATOR_CRITERIA, type IndicatorCriterion } from '../src/shared/domain.ts';
import type { Schema } from '../src/web/api/types.ts';
// The indicator screens' words come with their chunk, so they are not in the harness's `ui`.
import words from '../src/web/features/indicators/i18n/id.json';
import { saveScreenshot } from './harness/screenshot.ts';
import { expect, test } from './harness/test.ts';
import {
  DESKTOP,
  literally,
  PHONE,
  planIdByTitle,
  SCREENSHOTS,
  say,
  scrollWidth,
  signInAs,
  TAPUT_PLAN,
} from './harness/workbench.ts';

const ADMIN = 'admin.taput@demo.rancang.id';
const PLATFORM = 'platform@demo.rancang.id';
const LEADERSHIP = 'pimpinan.taput@demo.rancang.id';
/** In the starter catalogue, not among the demo plan's indicators: school enrolment, a percentage. */
const CODE = 'ISO37120-6.5';

type PlanIndicator = Schema<'PlanIndicator'>;

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const byLabel = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${literally(label)}( \\*)?$`));

/** Chooses an option of a Mantine Select by its label, typing first to narrow a long list. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string, type?: string) {
  await scope.getByRole('combobox', { name: label }).click();
  if (type) await page.keyboard.type(type);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The SVG text of the chart in the section titled `title`, spaces dropped (ECharts may break lines). */
async function chartText(page: Page, title: string) {
  const section = page.getByRole('region', { name: title });
  await section.locator('svg text').first().waitFor();
  return ((await section.locator('svg').textContent()) ?? '').replace(/\s+/g, '');
}

const measurementCard = (page: Page, year: number) =>
  page.getByRole('listitem', { name: say(words.measurements.itemLabel, { year }), exact: true });

test('the regency admin selects and assesses an indicator; of two values entered, a second account verifies one and rejects the other, and the chart shows the verified one', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const entry = (
    await getJson<{ items: Schema<'IndicatorCatalogEntry'>[] }>(page, '/api/indicators/catalog?limit=1000')
  ).items.find((e) => e.code === CODE) as Schema<'IndicatorCatalogEntry'>;
  expect(entry, CODE).toBeDefined();
  const before = await getJson<{ total: number }>(page, `/api/plans/${planId}/indicators?limit=1`);

  await page.goto(`/plans/${planId}/indicators`);
  await page.getByRole('heading', { name: words.title, exact: true }).waitFor();
  await page.getByText(say(words.list.count_other, { count: before.total })).waitFor();

  // Found in the catalogue by part of its name, placed in a pillar and element, its data producer named.
  await page.getByRole('button', { name: words.select.open }).click();
  const dialog = page.getByRole('dialog', { name: words.select.title });
  await byLabel(dialog, words.select.search).fill('usia sekolah');
  await dialog.getByRole('button', { name: say(words.select.pickNamed, { name: entry.nameId }) }).click();
  await choose(page, dialog, words.fields.pillarId, 'Smart Society');
  await choose(page, dialog, words.fields.elementId, 'Ekosistem belajar');
  await choose(page, dialog, words.fields.producerOpdId, 'Dinas Pendidikan (DISDIK)', 'DISDIK');
  await dialog.getByRole('button', { name: words.select.submit }).click();
  await page.waitForURL(new RegExp(`/plans/${planId}/indicators/[0-9a-f-]{36}$`));
  const indicatorId = page.url().split('/').pop() as string;
  await page.getByRole('heading', { level: 2, name: `${CODE} · ${entry.nameId}` }).waitFor();

  // Baseline, two targets and the years between them filled on the line.
  const form = page.getByRole('form', { name: words.detail.formLabel });
  await byLabel(form, words.fields.baselineYear).fill('2021');
  await byLabel(form, words.fields.baselineValue).fill('78,5');
  await byLabel(form, words.fields.baselineSource).fill('Dapodik Kemendikbudristek 2021');
  await byLabel(form, say(words.targets.cell, { year: 2022 })).fill('80');
  await byLabel(form, say(words.targets.cell, { year: 2031 })).fill('95');
  await form.getByRole('button', { name: words.targets.fill }).click();
  expect(await byLabel(form, say(words.targets.cell, { year: 2026 })).inputValue()).toBe('86,67');

  // The six criteria, the overall grade following the scores as they are chosen.
  const scores: Record<IndicatorCriterion, string> = {
    completeness: '4',
    technology_neutrality: '5',
    simplicity: '5',
    validity: '3',
    verifiability: '2',
    data_availability: '4',
  };
  for (const criterion of INDICATOR_CRITERIA) {
    const group = form.getByRole('radiogroup', { name: words.criteria[criterion].name, exact: true });
    await group.getByRole('radio', { name: scores[criterion], exact: true }).check();
  }
  await form.getByText(say(words.grade.label, { grade: 'C' }), { exact: true }).waitFor();
  await form.getByText(words.assessment.failing, { exact: true }).waitFor();
  await form
    .getByRole('radiogroup', { name: words.criteria.verifiability.name, exact: true })
    .getByRole('radio', { name: '4', exact: true })
    .check();
  await form.getByText(say(words.grade.label, { grade: 'B' }), { exact: true }).waitFor();
  await byLabel(
    form,
    say(words.assessment.rationaleOf, { criterion: words.criteria.verifiability.name }),
  ).fill('Rekap Dapodik dapat diunduh dan diperiksa ulang');
  await form
    .getByRole('button', { name: say(words.availabilityForm.addProducer, { opd: 'DISDIK' }) })
    .click();
  await form.getByRole('button', { name: words.detail.save, exact: true }).click();
  await page
    .getByText(say(words.detail.saved, { code: CODE }))
    .first()
    .waitFor();

  const stored = await getJson<PlanIndicator>(page, `/api/plan-indicators/${indicatorId}`);
  expect([stored.baselineYear, stored.baselineValue, stored.baselineSource]).toEqual([
    2021,
    '78.500000',
    'Dapodik Kemendikbudristek 2021',
  ]);
  expect(stored.targets).toHaveLength(10);
  expect(stored.targets.find((t) => t.year === 2026)?.value).toBe('86.670000');
  expect(stored.quality).toMatchObject({ grade: 'B', assessed: 6, failing: [] });
  expect(stored.availability).toEqual([{ opdId: stored.producerOpdId, status: 'produced', note: null }]);

  // Two values: one from a numerator and a denominator with the value shown as typed, one typed directly.
  const entryForm = page.getByRole('form', { name: words.measurements.formLabel });
  await choose(page, entryForm, words.measurements.year, '2022');
  await entryForm.getByText(words.measurements.modeRatio, { exact: true }).click();
  await byLabel(entryForm, words.measurements.numerator).fill('4350');
  await byLabel(entryForm, words.measurements.denominator).fill('5000');
  await entryForm
    .getByText(say(words.measurements.computed, { value: '87', unit: '%', multiplier: '100' }))
    .waitFor();
  // A file of a kind the server refuses is stopped in the browser, beside its field.
  const file = entryForm.locator('input[type=file]');
  await file.setInputFiles({
    name: 'setup.exe',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('MZ'),
  });
  await entryForm.getByRole('button', { name: words.measurements.submit }).click();
  await entryForm.getByText(words.evidence.problem.kind).waitFor();
  await file.setInputFiles({
    name: 'rekap-dapodik-2022.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await entryForm.getByRole('button', { name: words.measurements.submit }).click();
  await page
    .getByText(say(words.measurements.saved, { year: 2022 }))
    .first()
    .waitFor();
  await measurementCard(page, 2022).getByRole('link', { name: 'rekap-dapodik-2022.pdf' }).waitFor();

  await choose(page, entryForm, words.measurements.year, '2023');
  await entryForm.getByText(words.measurements.modeValue, { exact: true }).click();
  await byLabel(entryForm, words.measurements.value).fill('99,5');
  await byLabel(entryForm, words.evidence.url).fill('https://dapodik.example.go.id/rekap/2023');
  await entryForm.getByRole('button', { name: words.measurements.submit }).click();
  await page
    .getByText(say(words.measurements.saved, { year: 2023 }))
    .first()
    .waitFor();
  await measurementCard(page, 2023).getByText(words.measurementStatus.submitted).waitFor();
  // Whoever reported the values does not judge them: no verdict buttons for the admin who entered both.
  expect(await page.getByRole('button', { name: words.judge.verify, exact: true }).count()).toBe(0);
  expect(await page.getByText(words.judge.notOwn).count()).toBe(2);

  // A second person checks them.
  const checker = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(checker, PLATFORM);
  await checker.goto(`/plans/${planId}/indicators/${indicatorId}`);
  await measurementCard(checker, 2022).getByRole('button', { name: words.judge.verify, exact: true }).click();
  await measurementCard(checker, 2022).getByText(words.measurementStatus.verified, { exact: true }).waitFor();
  const rejected = measurementCard(checker, 2023);
  await rejected.getByRole('button', { name: words.judge.reject, exact: true }).click();
  await rejected.getByRole('button', { name: words.judge.confirmReject }).click();
  await rejected.getByText(words.judge.reasonRequired).waitFor();
  const reason = 'Angka melebihi jumlah penduduk usia sekolah menurut BPS; periksa rekap Dapodik';
  await byLabel(rejected, words.judge.reason).fill(reason);
  await rejected.getByRole('button', { name: words.judge.confirmReject }).click();
  await rejected.getByText(words.measurementStatus.rejected, { exact: true }).waitFor();
  await rejected.getByText(say(words.measurements.reason, { reason })).waitFor();

  // The chart: targets over the years, the baseline, the verified 87 — and not the rejected 99,5.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: `${CODE} · ${entry.nameId}` }).waitFor();
  await measurementCard(page, 2022).getByText(words.measurementStatus.verified, { exact: true }).waitFor();
  const text = await chartText(page, words.chart.title);
  for (const label of [words.chart.target, words.chart.verified, words.chart.baseline, '78,5', '87'])
    expect(text, label).toContain(label.replace(/\s+/g, ''));
  expect(text).not.toContain('99,5');
  await page.getByText(words.progress.on_track, { exact: true }).first().waitFor();
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'indicator');

  const judged = await getJson<{ items: Schema<'IndicatorMeasurement'>[] }>(
    page,
    `/api/plan-indicators/${indicatorId}/measurements`,
  );
  expect(judged.items.map((m) => [m.periodYear, m.value, m.status, m.verifiedBy])).toEqual([
    [2023, '99.500000', 'rejected', 'Admin Platform Kementerian'],
    [2022, '87.000000', 'verified', 'Admin Platform Kementerian'],
  ]);
  expect(judged.items[1]?.evidenceFiles.map((f) => f.fileName)).toEqual(['rekap-dapodik-2022.pdf']);

  // In the list it sits under its pillar, on track with its verified value.
  await page.goto(`/plans/${planId}/indicators?pillar=${stored.pillarId}`);
  const row = page.getByRole('row').filter({ hasText: entry.nameId });
  await row.getByText(words.progress.on_track, { exact: true }).waitFor();
  await row.getByText(say(words.grade.label, { grade: 'B' }), { exact: true }).waitFor();
});

test('on a 360 px phone, a reader sees the indicators as cards, the data quality and the progress, without sideways scrolling and without buttons to change them', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: PHONE })).newPage();
  await signInAs(page, LEADERSHIP);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const indicators = await getJson<{ items: PlanIndicator[] }>(
    page,
    `/api/plans/${planId}/indicators?limit=1000`,
  );
  const [first] = indicators.items;

  await page.goto(`/plans/${planId}/indicators`);
  await page.getByRole('heading', { name: words.title, exact: true }).waitFor();
  await page.getByRole('list', { name: 'Smart Governance' }).getByRole('listitem').first().waitFor();
  expect(await page.getByRole('table').count(), 'cards, not tables').toBe(0);
  expect(await page.getByRole('button', { name: words.select.open }).count()).toBe(0);
  expect(await scrollWidth(page), 'list width').toBeLessThanOrEqual(PHONE.width);

  await page.getByRole('tab', { name: words.views.quality }).click();
  await page.getByRole('heading', { name: words.issues.title }).waitFor();
  await page.getByRole('heading', { name: words.matrix.title }).waitFor();
  expect(await scrollWidth(page), 'quality width').toBeLessThanOrEqual(PHONE.width);

  await page.getByRole('tab', { name: words.views.progress }).click();
  const pillars = await chartText(page, words.summary.byPillar);
  expect(pillars).toContain(words.summary.plan.replace(/\s+/g, ''));
  expect(await scrollWidth(page), 'progress width').toBeLessThanOrEqual(PHONE.width);

  await page.goto(`/plans/${planId}/indicators/${first?.id}`);
  await page.getByText(words.detail.readOnly).waitFor();
  await page.getByRole('region', { name: words.chart.title }).waitFor();
  expect(await page.getByRole('button', { name: words.detail.save, exact: true }).count()).toBe(0);
  expect(await page.getByRole('button', { name: words.judge.verify, exact: true }).count()).toBe(0);
  expect(await scrollWidth(page), 'detail width').toBeLessThanOrEqual(PHONE.width);
});
