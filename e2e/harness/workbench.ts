import type { Page } from 'playwright-core';
import { catalogues } from '../../src/web/i18n/catalogues.ts';
import { DEMO_PASSWORD } from './demo.ts';

/** The app's messages, to find what a person reads on screen: `ui.id.workbench.nav.home`. */
export const ui = catalogues;

export const TAPUT = 'Kabupaten Tapanuli Utara';
export const TAPUT_PLAN = 'Masterplan Smart City Kabupaten Tapanuli Utara 2022–2031';

/** The committed README pictures are rewritten only on request, so a test run changes no file. */
export const SCREENSHOTS = process.env.RANCANG_SCREENSHOTS === '1' ? 'docs/screenshots' : null;
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** Signs in through the sign-in page, as a person does, and waits until the app shows the account menu. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel(ui.id.signIn.email).fill(email);
  await page.getByLabel(ui.id.signIn.password).fill(password);
  await page.getByRole('button', { name: ui.id.signIn.submit, exact: true }).click();
  await page.getByRole('button', { name: ui.id.account.menu }).waitFor();
}

/** The id of a plan found through the public API by its title (the demo's ids are random). */
export async function planIdByTitle(page: Page, title: string): Promise<string> {
  const response = await page.request.get('/api/plans?limit=1000');
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const plan = items.find((p) => p.title === title);
  if (!plan) throw new Error(`No plan titled ${title}`);
  return plan.id;
}

/** Nothing on the page scrolls sideways at the viewport's width (a 360 px phone). */
export async function scrollWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** A catalogue message with its {{placeholders}} filled in, as the page shows it. */
export const say = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

/** Text to match literally inside a RegExp. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
