import type { Page } from 'playwright-core';
import { READINESS_ASPECTS, READINESS_GAP_MAX_SCORE, type ReadinessAspect } from '../src/shared/domain.ts';
import { maturityLevel } from '../src/web/features/readiness/matrix.ts';
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

const ADMIN = 'admin.taput@demo.rancang.id';
const words = ui.id.readiness;

interface Pillar {
  id: string;
  key: string;
  nameId: string;
}
interface Score {
  id: string;
  pillarId: string;
  aspect: ReadinessAspect;
  score: number;
  strengths: string | null;
  version: number;
}

/** A catalogue message with its {{placeholders}} filled in, as the page shows it. */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

const aspectName = (aspect: ReadinessAspect) => words.aspects[aspect].name;
const scoreText = (score: number) =>
  fill(words.scale.item, { score, level: words.level[maturityLevel(score)] });
const scoreLabel = (pillar: Pillar, aspect: ReadinessAspect) =>
  fill(words.cell.scoreLabel, { aspect: aspectName(aspect), pillar: pillar.nameId });
const detailsLabel = (pillar: Pillar, aspect: ReadinessAspect) =>
  fill(words.cell.detailsLabel, { aspect: aspectName(aspect), pillar: pillar.nameId });

/** The matrix as the API holds it: what the screen must show, whatever the demo's numbers are. */
async function storedMatrix(page: Page, planId: string) {
  const get = async <T>(path: string) =>
    ((await (await page.request.get(`/api/plans/${planId}/${path}?limit=1000`)).json()) as { items: T[] })
      .items;
  const pillars = await get<Pillar>('pillars');
  const scores = await get<Score>('readiness');
  const cell = (pillar: Pillar, aspect: ReadinessAspect) =>
    scores.find((s) => s.pillarId === pillar.id && s.aspect === aspect);
  return { pillars, scores, cell };
}

async function openReadiness(page: Page) {
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await page.goto(`/plans/${planId}/readiness`);
  await page.getByRole('heading', { name: words.title, exact: true }).waitFor();
  await page.getByRole('heading', { name: words.matrix.title, exact: true }).waitFor();
  return planId;
}

/** The radar's SVG text, spaces dropped: ECharts may break a long pillar name over two lines. */
async function radarText(page: Page) {
  // Found by its section: ECharts' aria description replaces the chart's own label.
  const chart = page.getByRole('region', { name: words.radar.title });
  await chart.locator('svg text').first().waitFor();
  return ((await chart.locator('svg').textContent()) ?? '').replace(/\s+/g, '');
}

test('the regency admin scores a cell, writes its SWOT, and both are kept after a reload', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, ADMIN);
  const planId = await openReadiness(page);
  const { pillars, scores, cell } = await storedMatrix(page, planId);
  expect(pillars).toHaveLength(6);
  expect(scores).toHaveLength(18);

  // Every cell shows the stored score; the low ones are flagged as gaps.
  for (const pillar of pillars)
    for (const aspect of READINESS_ASPECTS)
      expect(await page.getByLabel(scoreLabel(pillar, aspect), { exact: true }).inputValue()).toBe(
        String(cell(pillar, aspect)?.score),
      );
  const gaps = scores.filter((s) => s.score <= READINESS_GAP_MAX_SCORE).length;
  expect(await page.getByRole('table').getByText(words.cell.gap, { exact: true }).count()).toBe(gaps);

  const text = await radarText(page);
  for (const pillar of pillars) expect(text).toContain(pillar.nameId.replace(/\s+/g, ''));
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'readiness');

  // A new score, chosen right in the matrix.
  const [pillar] = pillars as [Pillar];
  const before = cell(pillar, 'infrastruktur');
  const newScore = before?.score === 4 ? 3 : 4;
  await page.getByLabel(scoreLabel(pillar, 'infrastruktur'), { exact: true }).selectOption(String(newScore));
  await page
    .getByText(
      fill(words.cell.saved, { aspect: aspectName('infrastruktur'), pillar: pillar.nameId, score: newScore }),
    )
    .waitFor();

  // A SWOT note, written in the cell's drawer.
  const note = 'Kekuatan baru: jaringan fiber sampai 15 kantor camat (uji e2e)';
  await page.getByRole('button', { name: detailsLabel(pillar, 'infrastruktur'), exact: true }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel(words.form.strengths).fill(note);
  await drawer.getByRole('button', { name: words.form.save, exact: true }).click();
  await page
    .getByText(fill(words.form.saved, { aspect: aspectName('infrastruktur'), pillar: pillar.nameId }))
    .waitFor();
  await drawer.waitFor({ state: 'detached' });

  await page.reload();
  await page.getByRole('heading', { name: words.matrix.title, exact: true }).waitFor();
  expect(await page.getByLabel(scoreLabel(pillar, 'infrastruktur'), { exact: true }).inputValue()).toBe(
    String(newScore),
  );
  await page.getByRole('button', { name: detailsLabel(pillar, 'infrastruktur'), exact: true }).click();
  expect(await page.getByRole('dialog').getByLabel(words.form.strengths).inputValue()).toBe(note);
  const stored = (await storedMatrix(page, planId)).cell(pillar, 'infrastruktur');
  expect([stored?.score, stored?.strengths]).toEqual([newScore, note]);
});

test('evidence over the limit is refused next to its field, and what was typed stays', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, ADMIN);
  const planId = await openReadiness(page);
  const { pillars } = await storedMatrix(page, planId);
  const pillar = pillars[1] as Pillar;

  await page.getByRole('button', { name: detailsLabel(pillar, 'suprastruktur'), exact: true }).click();
  const drawer = page.getByRole('dialog');
  const evidence = drawer.getByLabel(words.form.evidence);
  const tooLong = 'Perbup '.repeat(600);
  await evidence.fill(tooLong);
  await drawer.getByRole('button', { name: words.form.save, exact: true }).click();
  await drawer.getByText(fill(words.form.tooLong, { max: 4000, count: tooLong.length })).waitFor();
  expect(await evidence.getAttribute('aria-invalid')).toBe('true');
  expect(await evidence.inputValue()).toBe(tooLong);
  await drawer.getByRole('button', { name: words.form.cancel, exact: true }).click();
  await drawer.waitFor({ state: 'detached' });
});

test('a save over someone else’s change of the same cell asks which version to keep', async ({
  page,
  expectFailedLoad,
}) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, ADMIN);
  const planId = await openReadiness(page);
  const { pillars, cell } = await storedMatrix(page, planId);
  const pillar = pillars[2] as Pillar;
  const stored = cell(pillar, 'struktur') as Score;

  await page.getByRole('button', { name: detailsLabel(pillar, 'struktur'), exact: true }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel(words.form.threats).fill('Ancaman versi saya');

  // Meanwhile a colleague changes the same note.
  const theirs = await page.request.patch(`/api/readiness/${stored.id}`, {
    headers: { 'x-requested-with': 'fetch' },
    data: { threats: 'Ancaman versi rekan', version: stored.version },
  });
  expect(theirs.status()).toBe(200);

  expectFailedLoad(409, `/api/readiness/${stored.id}`);
  await drawer.getByRole('button', { name: words.form.save, exact: true }).click();
  const conflict = page.getByRole('dialog', { name: ui.id.conflict.title });
  await conflict.getByRole('radio', { name: ui.id.conflict.mine }).check();
  await conflict.getByRole('button', { name: ui.id.conflict.save }).click();
  await page
    .getByText(fill(words.form.saved, { aspect: aspectName('struktur'), pillar: pillar.nameId }))
    .waitFor();
  expect((await storedMatrix(page, planId)).cell(pillar, 'struktur')?.strengths).toBe(stored.strengths);
  const threats = await page.request.get(`/api/readiness/${stored.id}`);
  expect(((await threats.json()) as { threats: string }).threats).toBe('Ancaman versi saya');
});

test('an anonymous visitor reads the scores and SWOT, with no control to change them', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const planId = await openReadiness(page);
  const { pillars, cell } = await storedMatrix(page, planId);

  for (const pillar of pillars)
    for (const aspect of READINESS_ASPECTS) {
      const stored = cell(pillar, aspect);
      const shown = page.getByTestId(`cell-${pillar.key}-${aspect}`);
      await shown.getByText(scoreText(stored?.score ?? 0), { exact: true }).waitFor();
    }
  await page.getByText(words.readOnly).waitFor();
  const main = page.getByRole('main');
  expect(await main.getByRole('combobox').count()).toBe(0);
  expect(await main.getByRole('textbox').count()).toBe(0);

  const pillar = pillars[0] as Pillar;
  await page.getByRole('button', { name: detailsLabel(pillar, 'struktur'), exact: true }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByText(cell(pillar, 'struktur')?.strengths ?? '', { exact: true }).waitFor();
  expect(await drawer.getByRole('textbox').count()).toBe(0);
  expect(await drawer.getByRole('button', { name: words.form.save }).count()).toBe(0);

  const text = await radarText(page);
  for (const p of pillars) expect(text).toContain(p.nameId.replace(/\s+/g, ''));
});

test('a new plan shows the whole matrix empty, and its first score creates the cell', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, ADMIN);
  const taput = await page.request.get(`/api/plans/${await planIdByTitle(page, TAPUT_PLAN)}`);
  const { regionId } = (await taput.json()) as { regionId: string };
  const created = await page.request.post('/api/plans', {
    headers: { 'x-requested-with': 'fetch' },
    data: { regionId, title: 'Masterplan uji kesiapan 2027–2031', periodStart: 2027, periodEnd: 2031 },
  });
  expect(created.status()).toBe(201);
  const { id: planId } = (await created.json()) as { id: string };
  await page.goto(`/plans/${planId}/readiness`);
  await page.getByRole('heading', { name: words.matrix.title, exact: true }).waitFor();
  await page.getByText(words.emptyWriter).waitFor();

  const { pillars } = await storedMatrix(page, planId);
  expect(pillars).toHaveLength(6);
  for (const pillar of pillars)
    for (const aspect of READINESS_ASPECTS)
      expect(await page.getByLabel(scoreLabel(pillar, aspect), { exact: true }).inputValue()).toBe('');
  await page.getByText(words.radar.empty).waitFor();

  const pillar = pillars[3] as Pillar;
  await page.getByLabel(scoreLabel(pillar, 'struktur'), { exact: true }).selectOption('3');
  await page
    .getByText(fill(words.cell.saved, { aspect: aspectName('struktur'), pillar: pillar.nameId, score: 3 }))
    .waitFor();
  const { scores } = await storedMatrix(page, planId);
  expect(scores.map((s) => [s.pillarId, s.aspect, s.score])).toEqual([[pillar.id, 'struktur', 3]]);
  await page.getByRole('region', { name: words.radar.title }).locator('svg text').first().waitFor();
});

test('on a 360 px phone the matrix becomes one card per pillar, nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, ADMIN);
  const planId = await openReadiness(page);
  const { pillars } = await storedMatrix(page, planId);

  expect(await page.getByRole('table').count()).toBe(0);
  for (const pillar of pillars) {
    await page.getByRole('heading', { name: pillar.nameId, exact: true }).waitFor();
    await page.getByLabel(scoreLabel(pillar, 'suprastruktur'), { exact: true }).waitFor();
  }
  expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
});
