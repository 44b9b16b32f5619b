import type { Locator, Page } from 'playwright-core';
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
const text = ui.id.vision;

interface Listed {
  id: string;
  text: string;
}
interface StoredPlan {
  version: number;
  vision: string | null;
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const missionsOf = async (page: Page, planId: string) =>
  (await apiGet<{ items: Listed[] }>(page, `/plans/${planId}/missions?limit=1000`)).items;

/** The missions as the page lists them, top to bottom (the goal lists inside are left out). */
const missionItems = (page: Page) =>
  page.getByRole('list', { name: text.missions.listLabel, exact: true }).locator(':scope > li');

async function openVision(page: Page, planId: string) {
  await page.goto(`/plans/${planId}/vision`);
  await page.getByRole('heading', { level: 2, name: text.title }).waitFor();
  await missionItems(page).first().waitFor();
}

/** Waits until `read` answers `expected` (the page updates after its refetch). */
async function eventually<T>(read: () => Promise<T>, expected: T, what: string) {
  const deadline = Date.now() + 10_000;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last, what).toEqual(expected);
}

const inputValueOf = (field: Locator) => () => field.inputValue();

test('the regency admin shapes missions, strategies and the vision, and brings an old vision back', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await openVision(page, planId);

  // The demo's five missions, in the API's order, each under its number.
  const stored = await missionsOf(page, planId);
  expect(stored).toHaveLength(5);
  await eventually(() => missionItems(page).count(), 5, 'missions listed');
  for (const [i, mission] of stored.entries()) {
    const item = missionItems(page).nth(i);
    expect(await item.getByRole('heading').first().textContent()).toBe(`Misi ${i + 1}`);
    expect(await item.textContent()).toContain(mission.text);
  }
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'vision');

  // A sixth mission, added at the end.
  const added = 'Mewujudkan desa cerdas yang mandiri dan terhubung';
  await page.getByRole('button', { name: text.missions.add }).click();
  const newMission = page.getByRole('region', { name: text.missions.newHeading });
  await newMission.getByLabel(text.missions.text).fill(added);
  await newMission.getByLabel(text.missions.rpjmd).fill('Misi 4 RPJMD');
  await newMission.getByRole('button', { name: text.form.save }).click();
  await newMission.waitFor({ state: 'detached' });
  await eventually(() => missionItems(page).count(), 6, 'missions after adding');
  expect(await missionItems(page).nth(5).textContent()).toContain(added);

  // Moved up with the keyboard: it becomes mission 5, and the focus stays on its move button.
  const moveUp = page.getByRole('button', { name: 'Pindahkan misi 6 ke atas' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await eventually(
    async () => (await missionItems(page).nth(4).textContent())?.includes(added),
    true,
    'moved up',
  );
  await eventually(
    () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    'Pindahkan misi 5 ke atas',
    'focus after the move',
  );
  const reordered = await missionsOf(page, planId);
  expect(reordered.map((m) => m.text)).toEqual([
    ...stored.slice(0, 4).map((m) => m.text),
    added,
    stored[4]?.text,
  ]);

  // Its text edited in place.
  const edited = `${added} berbasis data`;
  await page.getByRole('button', { name: 'Ubah misi 5' }).click();
  const fifth = missionItems(page).nth(4);
  const missionField = fifth.getByLabel(text.missions.text);
  await missionField.fill(edited);
  await fifth.getByRole('button', { name: text.form.save }).click();
  await missionField.waitFor({ state: 'detached' });
  await fifth.getByText(edited, { exact: true }).waitFor();
  expect((await missionsOf(page, planId))[4]?.text).toBe(edited);

  // A strategy added to the first pillar.
  const pillars = await apiGet<{ items: { id: string; nameId: string }[] }>(page, `/plans/${planId}/pillars`);
  const pillar = pillars.items[0];
  if (!pillar) throw new Error('The demo plan has no pillars');
  const card = page.getByRole('region', { name: pillar.nameId, exact: true });
  const before = await card.getByRole('listitem').count();
  await card.getByRole('button', { name: text.strategies.add }).click();
  const strategy = 'Membangun pusat komando layanan publik terpadu';
  const strategyField = card.getByLabel(text.strategies.text);
  await strategyField.fill(strategy);
  await card.getByRole('button', { name: text.form.save }).click();
  await strategyField.waitFor({ state: 'detached' });
  await card.getByRole('listitem').filter({ hasText: strategy }).waitFor();
  expect(await card.getByRole('listitem').count()).toBe(before + 1);

  // The vision changed, saved, and still there after a reload.
  const visionField = page.getByLabel(text.visionText.label);
  const oldVision = await visionField.inputValue();
  const newVision = 'Tapanuli Utara Cerdas 2031: desa terhubung, warga berdaya, alam lestari';
  await visionField.fill(newVision);
  await page.getByRole('button', { name: text.visionText.save }).click();
  await page.getByText(text.form.saved, { exact: true }).first().waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 2, name: text.title }).waitFor();
  await eventually(inputValueOf(page.getByLabel(text.visionText.label)), newVision, 'vision after reload');

  // The history brings the previous vision back.
  const plan = await apiGet<StoredPlan>(page, `/plans/${planId}`);
  expect(plan.vision).toBe(newVision);
  await page.getByRole('button', { name: ui.id.history.open }).click();
  const drawer = page.getByRole('dialog', { name: ui.id.history.title });
  const previous = drawer
    .locator('.mantine-Card-root')
    .filter({ has: page.getByText(`Versi ${plan.version - 1}`, { exact: true }) });
  await previous.getByRole('button', { name: ui.id.history.restore }).click();
  await previous.getByRole('button', { name: ui.id.history.restore }).last().click();
  await drawer.getByText(`Versi ${plan.version - 1} dipulihkan.`).waitFor();
  await page.keyboard.press('Escape');
  await eventually(
    inputValueOf(page.getByLabel(text.visionText.label)),
    oldVision,
    'vision after the restore',
  );
  expect((await apiGet<StoredPlan>(page, `/plans/${planId}`)).vision).toBe(oldVision);
});

test('typed vision survives a reload as a draft, and a save over a newer one merges in a dialog', async ({
  newContext,
  expectFailedLoad,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await signInAs(page, ADMIN);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await openVision(page, planId);

  const mine = 'Tapanuli Utara Cerdas: versi dari lokakarya Bimtek I';
  await page.getByLabel(text.visionText.label).fill(mine);
  await page.waitForTimeout(600); // the draft is written after a short pause in typing
  await page.reload();
  await page.getByText(ui.id.draft.restored).waitFor();
  await eventually(inputValueOf(page.getByLabel(text.visionText.label)), mine, 'draft back after reload');

  // Meanwhile someone else saves another vision.
  const stored = await apiGet<StoredPlan>(page, `/plans/${planId}`);
  const theirs = 'Tapanuli Utara Cerdas: versi dari Bappeda';
  const patch = await page.request.patch(`/api/plans/${planId}`, {
    data: { vision: theirs, version: stored.version },
    headers: { 'x-requested-with': 'fetch' },
  });
  expect(patch.status()).toBe(200);

  // The stale save's 409 is the answer under test; Chromium reports it in the console as a failed load.
  expectFailedLoad(409, `/api/plans/${planId}`);
  await page.getByRole('button', { name: text.visionText.save }).click();
  const dialog = page.getByRole('dialog', { name: ui.id.conflict.title });
  await dialog.getByText(theirs).waitFor();
  await dialog.getByRole('radio', { name: ui.id.conflict.mine }).check();
  await dialog.getByRole('button', { name: ui.id.conflict.save }).click();
  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => (await apiGet<StoredPlan>(page, `/plans/${planId}`)).vision, mine, 'merged');
  expect(await page.getByText(ui.id.draft.restored).count(), 'draft gone once saved').toBe(0);
});

test('an anonymous visitor reads the vision and missions, with nothing to edit, also on a phone', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const plan = await apiGet<StoredPlan>(page, `/plans/${planId}`);
  const missions = await missionsOf(page, planId);
  await openVision(page, planId);

  await page.getByText(plan.vision ?? '', { exact: true }).waitFor();
  expect(await missionItems(page).count()).toBe(missions.length);
  for (const [i, mission] of missions.entries())
    expect(await missionItems(page).nth(i).textContent()).toContain(mission.text);
  await page.getByText(text.readOnly).waitFor();

  expect(await page.getByRole('main').getByRole('textbox').count(), 'no input').toBe(0);
  for (const name of [
    text.missions.add,
    text.visionText.save,
    text.settings.save,
    text.strategies.add,
    ui.id.history.open,
    'Ubah misi 1',
    'Pindahkan misi 2 ke atas',
    'Hapus misi 1',
  ])
    expect(await page.getByRole('button', { name }).count(), name).toBe(0);
  expect(await scrollWidth(page), 'nothing scrolls sideways').toBeLessThanOrEqual(PHONE.width);
});
