import type { Page } from 'playwright-core';
import { READINESS_ASPECTS } from '../../src/shared/domain.ts';
import { expect } from '../harness/test.ts';
import { say, ui } from '../harness/workbench.ts';
import { GAP, MISSIONS, pillarName, SCORES, VISION } from './humbang.ts';

const words = ui.id.readiness;
const text = ui.id.vision;

/** Bimtek I's readiness matrix: a score in every cell, and the SWOT of the one gap. */
export async function scoreReadiness(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: ui.id.workbench.nav.readiness }).click();
  await page.getByRole('heading', { name: words.matrix.title, exact: true }).waitFor();
  await page.getByText(words.emptyWriter).waitFor();

  for (const [pillar, scores] of Object.entries(SCORES))
    for (const aspect of READINESS_ASPECTS) {
      const labels = { aspect: words.aspects[aspect].name, pillar: pillarName(pillar) };
      await page
        .getByLabel(say(words.cell.scoreLabel, labels), { exact: true })
        .selectOption(String(scores[aspect]));
      await page.getByText(say(words.cell.saved, { ...labels, score: scores[aspect] })).waitFor();
    }
  // One cell scored 2: the matrix flags it, and its weakness is written down.
  expect(await page.getByRole('table').getByText(words.cell.gap, { exact: true }).count()).toBe(1);
  const gap = { aspect: words.aspects[GAP.aspect].name, pillar: pillarName(GAP.pillar) };
  await page.getByRole('button', { name: say(words.cell.detailsLabel, gap), exact: true }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel(words.form.weaknesses).fill(GAP.weaknesses);
  await drawer.getByRole('button', { name: words.form.save, exact: true }).click();
  await page.getByText(say(words.form.saved, gap)).waitFor();
  await drawer.waitFor({ state: 'detached' });
  await page.getByRole('region', { name: words.radar.title }).locator('svg text').first().waitFor();
}

/** Bimtek I's direction: the vision and two missions. */
export async function writeVisionAndMissions(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: ui.id.workbench.nav.vision }).click();
  await page.getByRole('heading', { level: 2, name: text.title }).waitFor();

  await page.getByLabel(text.visionText.label).fill(VISION);
  await page.getByRole('button', { name: text.visionText.save }).click();
  await page.getByText(text.form.saved, { exact: true }).first().waitFor();

  const missions = page
    .getByRole('list', { name: text.missions.listLabel, exact: true })
    .locator(':scope > li');
  for (const mission of MISSIONS) {
    await page.getByRole('button', { name: text.missions.add }).click();
    const form = page.getByRole('region', { name: text.missions.newHeading });
    await form.getByLabel(text.missions.text).fill(mission.text);
    await form.getByLabel(text.missions.rpjmd).fill(mission.rpjmd);
    await form.getByRole('button', { name: text.form.save }).click();
    await form.waitFor({ state: 'detached' });
    await missions.filter({ hasText: mission.text }).waitFor();
  }
  for (const [i, mission] of MISSIONS.entries()) {
    const item = missions.nth(i);
    expect(await item.getByRole('heading').first().textContent()).toBe(
      say(text.missions.number, { n: i + 1 }),
    );
    expect(await item.textContent()).toContain(mission.text);
  }
}
