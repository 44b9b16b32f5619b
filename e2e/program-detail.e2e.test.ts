import type { Page } from 'playwright-core';
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
const PLATFORM = 'platform@demo.rancang.id';
const FACILITATOR = 'fasilitator@demo.rancang.id';
const id = ui.id;
const say = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

interface ProgramRecord {
  id: string;
  code: string;
  title: string;
  output: string | null;
  outcome: string | null;
  budgets: { year: number; source: string; amount: string }[];
  version: number;
}

/** A demo programme of Tapanuli Utara's plan, found through the API with the page's session. */
async function programByCode(page: Page, planId: string, code: string): Promise<ProgramRecord> {
  const response = await page.request.get(`/api/plans/${planId}/programs?limit=1000`);
  const { items } = (await response.json()) as { items: ProgramRecord[] };
  const program = items.find((p) => p.code === code);
  if (!program) throw new Error(`No programme ${code}`);
  return program;
}

async function storedProgram(page: Page, programId: string): Promise<ProgramRecord> {
  return (await (await page.request.get(`/api/programs/${programId}`)).json()) as ProgramRecord;
}

/** Signs in and opens the programme's screen; returns its page, plan and programme. */
async function openProgram(context: { newPage: () => Promise<Page> }, email: string, code: string) {
  const page = await context.newPage();
  await signInAs(page, email);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const program = await programByCode(page, planId, code);
  await page.goto(`/plans/${planId}/programs/${program.id}`);
  await programHeading(page, program).waitFor();
  return { page, planId, program };
}

const programHeading = (page: Page, program: { code: string; title: string }) =>
  page.getByRole('heading', { level: 2, name: `${program.code} · ${program.title}` });
/** An input by its label; a required one's label ends with an asterisk. */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
const save = (page: Page) => page.getByRole('button', { name: id.program.form.save, exact: true }).click();
const saved = (page: Page, code: string) =>
  page.getByText(say(id.program.form.saved, { code })).first().waitFor();

test('the regency admin changes the output and a budget cell, meets a refused code, and restores the earlier version', async ({
  newContext,
  expectFailedLoad,
}) => {
  const { page, program } = await openProgram(await newContext({ viewport: DESKTOP }), ADMIN, 'GOV-05');
  const output = field(page, id.program.fields.output);
  const cell = field(page, say(id.program.budget.cell, { source: id.program.funding.apbd, year: 2023 }));
  await output.waitFor();
  expect(await output.inputValue()).toBe(program.output);
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'program');

  // A phone: the page does not scroll sideways; the budget table scrolls inside its own box.
  await page.setViewportSize(PHONE);
  expect(await scrollWidth(page), 'page width on a phone').toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);

  // Typed but not saved survives a reload, with a notice and a way to throw it away.
  await output.fill('Belum disimpan: draf di perangkat ini');
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByText(id.draft.restored).waitFor();
  expect(await output.inputValue()).toBe('Belum disimpan: draf di perangkat ini');
  await page.getByRole('button', { name: id.draft.discard }).click();
  expect(await output.inputValue()).toBe(program.output);
  await page.reload();
  await output.waitFor();
  expect(await page.getByText(id.draft.restored).count(), 'a discarded draft stays away').toBe(0);

  const newOutput = 'Aplikasi e-office dipakai 38 OPD dengan tanda tangan elektronik';
  await output.fill(newOutput);
  await cell.fill('123456789');
  await page.getByText(id.program.form.unsaved).waitFor();
  await save(page);
  await saved(page, program.code);

  await page.reload();
  await output.waitFor();
  expect(await output.inputValue()).toBe(newOutput);
  expect(await cell.inputValue()).toBe('123.456.789');
  const stored = await storedProgram(page, program.id);
  expect(stored.output).toBe(newOutput);
  expect(stored.budgets).toContainEqual({ year: 2023, source: 'apbd', amount: '123456789.00' });

  // A code another programme uses passes the form's own checks; the server's refusal shows at the code.
  expectFailedLoad(409, `/api/programs/${program.id}`);
  const code = field(page, id.program.fields.code);
  await code.fill('GOV-01');
  await save(page);
  await page.getByText(id.program.validation.codeTaken).waitFor();
  expect(await code.getAttribute('aria-invalid')).toBe('true');
  expect(await code.inputValue(), 'the typed input stays').toBe('GOV-01');
  await page.getByRole('button', { name: id.program.form.reset }).click();
  expect(await code.inputValue()).toBe(program.code);

  await page.getByRole('button', { name: id.history.open }).click();
  const drawer = page.getByRole('dialog', { name: id.history.title });
  await drawer.getByText(say(id.history.version, { version: stored.version })).waitFor();
  await drawer.getByRole('button', { name: id.history.restore }).first().click();
  await drawer.getByRole('alert').getByRole('button', { name: id.history.restore }).click();
  await drawer.getByText(say(id.history.restored, { version: program.version })).waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => output.inputValue()).toBe(program.output);
  expect((await storedProgram(page, program.id)).output).toBe(program.output);
});

test('two editors save the same programme: the second sees both versions and saves the merge', async ({
  newContext,
  expectFailedLoad,
}) => {
  const first = await openProgram(await newContext({ viewport: DESKTOP }), ADMIN, 'GOV-07');
  const second = await openProgram(await newContext({ viewport: DESKTOP }), PLATFORM, 'GOV-07');
  const { program } = first;
  expectFailedLoad(409, `/api/programs/${program.id}`);

  const newTitle = 'Satu Data Tapanuli Utara: portal data terbuka dan katalog data OPD';
  await field(first.page, id.program.fields.title).fill(newTitle);
  await save(first.page);
  await saved(first.page, program.code);

  // The second editor never reloaded: their form still holds the version both opened.
  const newOutcome = 'Setiap OPD memakai data yang sama untuk perencanaan';
  await field(second.page, id.program.fields.outcome).fill(newOutcome);
  await save(second.page);
  const dialog = second.page.getByRole('dialog', { name: id.conflict.title });
  await dialog.getByText(id.conflict.keptTitle).waitFor();
  await dialog.getByText(newTitle).waitFor();
  await dialog.getByText(newOutcome).waitFor();
  await dialog.getByText(id.conflict.noConflicts).waitFor();
  await dialog.getByRole('button', { name: id.conflict.save }).click();
  await saved(second.page, program.code);
  await dialog.waitFor({ state: 'hidden' });

  const merged = await storedProgram(second.page, program.id);
  expect(merged.title).toBe(newTitle);
  expect(merged.outcome).toBe(newOutcome);
  expect(await field(second.page, id.program.fields.title).inputValue(), 'the form shows the merge').toBe(
    newTitle,
  );
});

test('two editors both change the title: the second chooses their own version', async ({
  newContext,
  expectFailedLoad,
}) => {
  const first = await openProgram(await newContext({ viewport: DESKTOP }), ADMIN, 'GOV-08');
  const second = await openProgram(await newContext({ viewport: DESKTOP }), PLATFORM, 'GOV-08');
  const { program } = first;
  expectFailedLoad(409, `/api/programs/${program.id}`);

  await field(first.page, id.program.fields.title).fill('e-Planning dan e-Budgeting terintegrasi');
  await save(first.page);
  await saved(first.page, program.code);

  const mine = 'Perencanaan, penganggaran dan pelaporan elektronik terpadu';
  await field(second.page, id.program.fields.title).fill(mine);
  await save(second.page);
  const dialog = second.page.getByRole('dialog', { name: id.conflict.title });
  await dialog.getByText(id.conflict.choose).waitFor();
  const saveMerged = dialog.getByRole('button', { name: id.conflict.save });
  expect(await saveMerged.isDisabled(), 'nothing is saved before a choice').toBe(true);
  await dialog.getByRole('radio', { name: id.conflict.mine }).check();
  await saveMerged.click();
  await saved(second.page, program.code);

  expect((await storedProgram(second.page, program.id)).title).toBe(mine);
});

test('the facilitator asks for a revision with a comment: the review list and the status show it', async ({
  newContext,
}) => {
  const { page } = await openProgram(await newContext({ viewport: PHONE }), FACILITATOR, 'GOV-11');
  await page.getByText(id.program.readOnly).waitFor();
  expect(await page.getByRole('textbox', { name: id.program.fields.output }).count(), 'no inputs').toBe(0);
  expect(await page.getByText(id.program.review.status.pending).count()).toBeGreaterThan(0);
  expect(await scrollWidth(page), 'page width on a phone').toBeLessThanOrEqual(PHONE.width);

  const form = page.getByRole('form', { name: id.program.review.formLabel });
  await form.getByRole('radio', { name: id.program.review.status.needs_revision }).check();
  await form.getByRole('button', { name: id.program.review.submit }).click();
  await form.getByText(id.program.review.commentRequired).waitFor();

  const comment = 'Tambahkan target tahunan 2025 dan 2026, serta OPD pendukung dari Inspektorat.';
  await form.getByLabel(id.program.review.comment).fill(comment);
  await form.getByRole('button', { name: id.program.review.submit }).click();
  await page
    .getByRole('listitem')
    .filter({ hasText: comment })
    .getByText(id.program.review.status.needs_revision)
    .waitFor();
  // The header's status and the panel's follow the new verdict: nothing reads "not reviewed" any more.
  await expect.poll(() => page.getByText(id.program.review.status.pending).count()).toBe(0);
});

test('the regency admin deletes a programme after confirming; one with progress reports is kept', async ({
  newContext,
  expectFailedLoad,
}) => {
  const { page, planId, program } = await openProgram(
    await newContext({ viewport: DESKTOP }),
    ADMIN,
    'GOV-12',
  );
  expectFailedLoad(409, `/api/programs/${program.id}`);
  await page.getByRole('button', { name: id.program.delete.open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: id.program.delete.title });
  await dialog.getByRole('button', { name: id.program.delete.submit }).click();
  await dialog.getByText(id.program.delete.hasProgress).waitFor();
  await dialog.getByRole('button', { name: id.program.delete.cancel }).click();

  const unreported = await programByCode(page, planId, 'ENV-04');
  await page.goto(`/plans/${planId}/programs/${unreported.id}`);
  await programHeading(page, unreported).waitFor();
  await page.getByRole('button', { name: id.program.delete.open, exact: true }).click();
  await dialog.getByRole('button', { name: id.program.delete.submit }).click();
  await page.waitForURL((url) => url.pathname === `/plans/${planId}/programs`);
  expect((await page.request.get(`/api/programs/${unreported.id}`)).status()).toBe(404);
});
