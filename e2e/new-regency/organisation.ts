import type { Locator, Page } from 'playwright-core';
import { expect } from '../harness/test.ts';
import { ui } from '../harness/workbench.ts';
import { OPDS, PEOPLE, POSITIONS_SINCE } from './humbang.ts';

const org = ui.id.organisation;
const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });
const field = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const select = (scope: Locator, name: string) => scope.getByRole('combobox', { name, exact: true });

/** The organisation screen of an empty region: the OPDs, then each person with their position. */
export async function enterOrganisation(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: ui.id.workbench.nav.organisation }).click();
  await page.getByRole('heading', { level: 2, name: org.title, exact: true }).waitFor();
  await page.getByText(org.opds.empty).waitFor();

  for (const opd of OPDS) {
    await page.getByRole('button', { name: org.opds.add, exact: true }).click();
    const add = dialog(page, org.opds.addTitle);
    await field(add, org.opds.code).fill(opd.code);
    await field(add, org.opds.name).fill(opd.name);
    await select(add, org.opds.type).selectOption(opd.type);
    await add.getByRole('button', { name: org.actions.save, exact: true }).click();
    await add.waitFor({ state: 'hidden' });
  }
  const table = page.getByRole('table');
  for (const opd of OPDS) await table.getByRole('cell', { name: opd.name, exact: true }).waitFor();
  expect(await table.locator('tbody tr').count()).toBe(OPDS.length);

  await page.getByRole('tab', { name: new RegExp(org.sections.people) }).click();
  for (const person of PEOPLE) {
    await page.getByRole('button', { name: org.people.add, exact: true }).click();
    const form = dialog(page, org.people.addTitle);
    await field(form, org.people.fullName).fill(person.fullName);
    await form.getByRole('button', { name: org.actions.save, exact: true }).click();
    await form.getByText(org.people.saved).waitFor();

    await form.getByRole('button', { name: org.positions.add, exact: true }).click();
    const position = form.getByRole('form', { name: org.positions.addTitle });
    const opd = OPDS.find((o) => o.code === person.opd);
    await select(position, org.positions.opd).selectOption({ label: `${opd?.code} — ${opd?.name}` });
    await field(position, org.positions.jobTitle).fill(person.jobTitle);
    await select(position, org.positions.role).selectOption(person.role);
    await position.getByLabel(org.positions.startDate).fill(POSITIONS_SINCE);
    await position.getByRole('button', { name: org.actions.save, exact: true }).click();
    await position.waitFor({ state: 'hidden' });
    await form.getByText(person.jobTitle, { exact: true }).waitFor();
    // The form's own button; the window's × in its corner has the same name.
    await form.getByRole('button', { name: org.actions.close, exact: true }).last().click();
    await form.waitFor({ state: 'hidden' });
  }
  for (const person of PEOPLE) {
    const row = page.getByRole('row').filter({ hasText: person.fullName });
    await row.getByText(person.jobTitle, { exact: true }).waitFor();
    await row.getByText(person.opd, { exact: true }).waitFor();
  }
}
