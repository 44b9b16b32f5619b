import type { Page } from 'playwright-core';
import en from '../src/web/i18n/en.json' with { type: 'json' };
import id from '../src/web/i18n/id.json' with { type: 'json' };
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './harness/demo.ts';
import { saveScreenshot } from './harness/screenshot.ts';
import { expect, test } from './harness/test.ts';

const ADMIN =
  DEMO_ACCOUNTS.find((account) => account.email === 'admin.taput@demo.rancang.id') ??
  fail('The demo has no regency admin of Tapanuli Utara');
const TAPUT = 'Kabupaten Tapanuli Utara';
const TAPUT_PLAN = 'Masterplan Smart City Kabupaten Tapanuli Utara 2022–2031';

/** The README's pictures are rewritten only on request, so a test run does not change committed files. */
const SCREENSHOTS = process.env.RANCANG_SCREENSHOTS === '1' ? 'docs/screenshots' : null;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

function fail(message: string): never {
  throw new Error(message);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function signIn(page: Page, password: string) {
  await page.getByLabel(id.signIn.email).fill(ADMIN.email);
  await page.getByLabel(id.signIn.password).fill(password);
  await page.getByRole('button', { name: id.signIn.submit, exact: true }).click();
}

async function expectNoSideways(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'page width: nothing scrolls sideways').toBeLessThanOrEqual(width);
}

test('an anonymous visitor sees the regions in Indonesian and is sent to sign in for an account page', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await page.goto('/');

  await heading(page, id.regions.title).waitFor();
  await page.getByText(id.regions.intro).waitFor();
  await page.getByRole('link', { name: TAPUT }).waitFor();
  await page.getByRole('link', { name: 'Kabupaten Samosir' }).waitFor();
  await page.getByLabel(id.regions.filter).waitFor();
  expect(await page.getByRole('link', { name: id.account.signIn, exact: true }).isVisible()).toBe(true);
  expect(await page.locator('html').getAttribute('lang')).toBe('id');
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'regions', { fullPage: false });

  await page.goto('/account');
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/account');
  await heading(page, id.signIn.title).waitFor();
  await page.getByText(id.signIn.needed).waitFor();
});

test('the regency admin signs in after a wrong password and comes back to the page that asked', async ({
  page,
  expectFailedLoad,
}) => {
  await page.goto('/account');
  await heading(page, id.signIn.title).waitFor();

  // The 401 is the answer under test; Chromium reports it in the console as a failed load.
  expectFailedLoad(401, '/api/session');
  await signIn(page, 'not-the-password');
  await page.getByRole('alert').getByText(id.signIn.wrongCredentials).waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');

  await signIn(page, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/account');
  await heading(page, id.account.title).waitFor();
  await page.getByRole('button', { name: `${id.account.menu}: ${ADMIN.name}` }).waitFor();
  await page.getByText(ADMIN.email).waitFor();
  await page.getByText(`${id.roles.regency_admin} · ${TAPUT}`).waitFor();
});

test('English is chosen with the language switch and remembered after a reload', async ({ page }) => {
  await page.goto('/');
  await heading(page, id.regions.title).waitFor();

  // The switch shows "ID | EN"; screen readers hear the languages' full names.
  await page.getByRole('banner').getByText(en.language.en, { exact: true }).click();
  expect(await page.getByRole('radio', { name: en.language.enName }).isChecked()).toBe(true);
  await heading(page, en.regions.title).waitFor();
  await page.getByText(en.regions.intro).waitFor();
  await page.getByRole('link', { name: en.account.signIn, exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  await page.reload();
  await heading(page, en.regions.title).waitFor();
  await page.getByLabel(en.regions.filter).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
});

test("Tapanuli Utara's page shows its master plan from the demo", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: TAPUT }).click();

  await page.waitForURL((url) => url.pathname.startsWith('/regions/'));
  await heading(page, TAPUT).waitFor();
  await page.getByRole('heading', { name: id.plans.title }).waitFor();
  await page.getByText(TAPUT_PLAN, { exact: true }).waitFor();
  await page.getByText(id.plans.status.implementing, { exact: true }).waitFor();
});

test('the sign-in form works on a 360 px wide phone without scrolling sideways', async ({ newContext }) => {
  const page = await (await newContext({ viewport: DESKTOP })).newPage();
  await page.goto('/sign-in');
  await heading(page, id.signIn.title).waitFor();
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'sign-in', { fullPage: false });

  const phone = await (await newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  await phone.goto('/');
  await heading(phone, id.regions.title).waitFor();
  await expectNoSideways(phone, PHONE.width);

  await phone.getByRole('link', { name: id.account.signIn, exact: true }).tap();
  await heading(phone, id.signIn.title).waitFor();
  for (const field of [phone.getByLabel(id.signIn.email), phone.getByLabel(id.signIn.password)]) {
    expect(await field.isVisible()).toBe(true);
    const box = await field.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, 'field fits the screen').toBe(true);
  }
  await expectNoSideways(phone, PHONE.width);

  await signIn(phone, DEMO_PASSWORD);
  await phone.getByRole('button', { name: `${id.account.menu}: ${ADMIN.name}` }).waitFor();
  await heading(phone, id.regions.title).waitFor();
  await expectNoSideways(phone, PHONE.width);
});
