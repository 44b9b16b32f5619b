import { DEFAULT_PILLARS } from '../src/shared/domain.ts';
import { expect, test } from './harness/test.ts';
import { DESKTOP, signInAs, ui } from './harness/workbench.ts';
import { scoreReadiness, writeVisionAndMissions } from './new-regency/direction.ts';
import { FACILITATOR, HUMBAHAS, PLAN } from './new-regency/humbang.ts';
import { enterOrganisation } from './new-regency/organisation.ts';
import { addProgrammes } from './new-regency/programmes.ts';
import { readHome, readQuickWins, readRoadmap } from './new-regency/results.ts';
import { openFacilitatorAccount } from './new-regency/setup.ts';
import { runTwoWorkshops } from './new-regency/workshops.ts';

const SCENARIO_TIMEOUT_MS = 240_000;

/**
 * The whole workbench as a new facilitator meets it: Humbang Hasundutan has no OPD, person or plan in
 * the demo. Everything after the account is opened is done through the pages, and every check reads
 * what the page shows.
 */
test(
  'a new facilitator builds Humbang Hasundutan’s master plan from nothing and reads it back, in Indonesian then English',
  async ({ newContext }) => {
    const admin = await newContext();
    const regionId = await openFacilitatorAccount(admin.request);

    // Times at the door are Doloksanggul's (WIB).
    const page = await (await newContext({ viewport: DESKTOP, timezoneId: 'Asia/Jakarta' })).newPage();
    await signInAs(page, FACILITATOR.email, FACILITATOR.password);

    // The region's page: no plan yet, and a button to start one.
    await page.goto(`/regions/${regionId}`);
    await page.getByRole('heading', { name: HUMBAHAS.name, level: 1 }).waitFor();
    await page.getByRole('button', { name: ui.id.plans.create.open }).click();
    const create = page.getByRole('dialog', { name: ui.id.plans.create.heading });
    await create.getByLabel(ui.id.plans.create.title).fill(PLAN.title);
    await create.getByLabel(ui.id.plans.create.periodStart).fill(String(PLAN.periodStart));
    await create.getByLabel(ui.id.plans.create.periodEnd).fill(String(PLAN.periodEnd));
    await create.getByRole('button', { name: ui.id.plans.create.submit, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: PLAN.title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/plans\/[0-9a-f-]{36}$/);
    const empty = page.getByRole('region', { name: ui.id.workbench.home.gaps.title, exact: true });
    await expect
      .poll(() => empty.getByText(ui.id.workbench.home.gaps.pillarEmpty).count())
      .toBe(DEFAULT_PILLARS.length);

    await enterOrganisation(page);
    await runTwoWorkshops(page);
    await scoreReadiness(page);
    await writeVisionAndMissions(page);
    await addProgrammes(page);

    await readHome(page, 'id');
    await readQuickWins(page);
    await readRoadmap(page, 'id');

    await page.getByRole('banner').getByText(ui.en.language.en, { exact: true }).click();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: ui.en.workbench.nav.home, exact: true })
      .waitFor();
    await readHome(page, 'en');
    await readRoadmap(page, 'en');
  },
  // About a minute on an idle 2-core machine, the demo server's start included; the room is for a busy one.
  SCENARIO_TIMEOUT_MS,
);
