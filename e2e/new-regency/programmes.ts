import type { Page } from 'playwright-core';
import { expect } from '../harness/test.ts';
import { literally, ui } from '../harness/workbench.ts';
import { type NewProgramme, OPDS, PROGRAMMES, pillarName } from './humbang.ts';

const sheet = ui.id.programs.worksheet;
const program = ui.id.program;

/**
 * Bimtek II's group work: each programme typed in the bottom row of its pillar's worksheet, then its
 * yearly budget entered on its own page. Returns the codes the worksheet gave them, in order.
 */
export async function addProgrammes(page: Page): Promise<string[]> {
  const codes: string[] = [];
  for (const entry of PROGRAMMES) {
    await page.getByRole('navigation').getByRole('link', { name: ui.id.workbench.nav.programs }).click();
    await page.getByRole('tab', { name: new RegExp(`^${literally(pillarName(entry.pillar))}`) }).click();
    await page.waitForURL((url) => url.searchParams.get('pillar') === entry.pillar);
    const code = await typeInWorksheet(page, entry);
    codes.push(code);
    await enterBudget(page, code, entry);
  }
  return codes;
}

async function typeInWorksheet(page: Page, entry: NewProgramme): Promise<string> {
  const opd = OPDS.find((o) => o.code === entry.opd);
  // The element first: its options are the pillar's own, so the row is the new pillar's when they are there.
  await page.getByLabel(sheet.entry.element, { exact: true }).selectOption({ label: entry.element });
  await page.getByLabel(sheet.entry.title, { exact: true }).fill(entry.title);
  await page
    .getByLabel(sheet.entry.leadOpd, { exact: true })
    .selectOption({ label: `${opd?.code} — ${opd?.name}` });
  await page.getByLabel(sheet.entry.startYear, { exact: true }).fill(String(entry.startYear));
  await page.getByLabel(sheet.entry.endYear, { exact: true }).fill(String(entry.endYear));
  if (entry.quickWin) await page.getByLabel(sheet.entry.quickWin, { exact: true }).check();
  await page.getByLabel(sheet.entry.title, { exact: true }).press('Enter');

  // "{{code}} ditambahkan: {{title}}", the code read off the message.
  const added = new RegExp(
    `^${literally(sheet.entry.added).replace('\\{\\{code\\}\\}', '(\\S+)').replace('\\{\\{title\\}\\}', literally(entry.title))}$`,
  );
  const status = page.getByRole('status').getByText(added);
  await status.waitFor();
  const code = added.exec((await status.textContent()) ?? '')?.[1];
  if (!code) throw new Error(`No code announced for ${entry.title}`);
  expect(await page.getByLabel(sheet.entry.title, { exact: true }).inputValue(), 'ready for the next').toBe(
    '',
  );
  return code;
}

async function enterBudget(page: Page, code: string, entry: NewProgramme) {
  await page.getByRole('grid').getByRole('link', { name: code, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: `${code} · ${entry.title}` }).waitFor();
  for (const [year, amount] of Object.entries(entry.apbd))
    await page
      .getByLabel(program.budget.cell.replace('{{source}}', program.funding.apbd).replace('{{year}}', year), {
        exact: true,
      })
      .fill(String(amount));
  await page.getByRole('button', { name: program.form.save, exact: true }).click();
  await page.getByText(program.form.saved.replace('{{code}}', code)).first().waitFor();
}
