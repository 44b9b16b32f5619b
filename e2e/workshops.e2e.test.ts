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

const FACILITATOR = 'fasilitator@demo.rancang.id';
const DISKOMINFO = 'diskominfo.taput@demo.rancang.id';
const w = ui.id.workshops;
/** The people at the door read the clock of Tarutung (WIB). */
const TARUTUNG = 'Asia/Jakarta';

interface Workshop {
  id: string;
  phase: number;
  title: string;
}
interface Session {
  id: string;
  ordinal: number;
  title: string;
}
interface Continuity {
  opds: {
    code: string;
    name: string;
    classification: string;
    changes: { joined: { fullName: string }[] }[];
  }[];
  totals: Record<string, number>;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
/** A catalogue message with its placeholders filled in, as the page shows it. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
/** The same message as a pattern, each placeholder a group of digits (for counts read off the page). */
const pattern = (template: string) =>
  new RegExp(
    template
      .split(/\{\{\w+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('(\\d+)'),
  );

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

/** "76 dari 77 orang hadir" → [76, 77]. */
async function attendedOf(page: Page): Promise<[number, number]> {
  const text = await page.getByText(pattern(w.checkIn.attendedOf)).textContent();
  const match = pattern(w.checkIn.attendedOf).exec(text ?? '');
  return [Number(match?.[1]), Number(match?.[2])];
}

const statusGroup = (page: Page, name: string) =>
  page.getByRole('group', { name: fill(w.checkIn.statusOf, { name }), exact: true });

test('the continuity report shows the OPDs that changed representatives, as the demo recorded them', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP, timezoneId: TARUTUNG })).newPage();
  await signInAs(page, FACILITATOR);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const report = await getJson<Continuity>(page, `/api/plans/${planId}/attendance-continuity`);
  const changed = report.opds.filter((o) => o.classification === 'changed');
  expect(changed.length, 'the demo: two OPDs sent someone else to a later Bimtek').toBe(2);

  await page.goto(`/plans/${planId}/workshops?view=continuity`);
  await page.getByRole('heading', { name: w.continuity.heading, exact: true }).waitFor();
  const table = page.getByRole('table', { name: w.continuity.tableLabel });
  await table.waitFor();
  expect(await table.locator('tbody tr').count()).toBe(report.opds.length);

  // The count of a class is its filter.
  const tile = page.getByRole('button', { name: w.continuity.class.changed });
  expect(await tile.textContent()).toContain(String(changed.length));
  await tile.click();
  expect(await tile.getAttribute('aria-pressed')).toBe('true');
  await page.getByText(fill(w.continuity.showing, { shown: 2, total: report.opds.length })).waitFor();
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBe(2);
  for (const opd of changed) {
    const row = rows.filter({ hasText: opd.name });
    await row.getByText(w.continuity.class.changed, { exact: true }).waitFor();
    // The one who came instead is named, marked as new.
    for (const person of opd.changes.flatMap((c) => c.joined))
      await row.getByText(person.fullName).first().waitFor();
    await row.getByText(w.continuity.joined, { exact: true }).first().waitFor();
  }

  await page.setViewportSize(PHONE);
  expect(await scrollWidth(page), 'nothing scrolls sideways on a phone').toBeLessThanOrEqual(PHONE.width);
});

test('the facilitator sees Bimtek I–IV with their sessions, checks a person in at the door, and it stays after a reload', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: DESKTOP, timezoneId: TARUTUNG })).newPage();
  await signInAs(page, FACILITATOR);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const { items: workshops } = await getJson<{ items: Workshop[] }>(page, `/api/plans/${planId}/workshops`);
  expect(workshops.map((x) => x.phase)).toEqual([1, 2, 3, 4]);

  await page.goto(`/plans/${planId}/workshops`);
  await page.getByRole('heading', { name: w.title, level: 2 }).waitFor();
  for (const workshop of workshops) {
    await page
      .getByRole('tab', { name: fill(w.tabs.phase, { phase: ROMAN[workshop.phase - 1] ?? '' }), exact: true })
      .click();
    await page.getByRole('heading', { name: workshop.title }).waitFor();
    const { items: sessions } = await getJson<{ items: Session[] }>(
      page,
      `/api/workshops/${workshop.id}/sessions`,
    );
    expect(sessions.length).toBeGreaterThan(0);
    for (const s of sessions)
      await page
        .getByRole('heading', { name: fill(w.sessions.title, { ordinal: s.ordinal, title: s.title }) })
        .waitFor();
  }
  expect(new URL(page.url()).searchParams.get('phase')).toBe('4');

  await page.getByRole('tab', { name: fill(w.tabs.phase, { phase: 'I' }), exact: true }).click();
  const first = workshops[0] as Workshop;
  const { items: sessions } = await getJson<{ items: Session[] }>(
    page,
    `/api/workshops/${first.id}/sessions`,
  );
  const session = sessions[0] as Session;
  const sessionHeading = fill(w.sessions.title, { ordinal: session.ordinal, title: session.title });
  await page
    .getByRole('article', { name: sessionHeading })
    .getByText(/\d+ hadir/)
    .waitFor();
  if (SCREENSHOTS) await saveScreenshot(page, SCREENSHOTS, 'workshops');
  await page.getByRole('link', { name: `${w.sessions.checkIn}: ${sessionHeading}` }).click();
  await page.waitForURL((url) => url.searchParams.get('session') === session.id);
  await page.getByRole('heading', { name: fill(w.checkIn.heading, { title: session.title }) }).waitFor();
  const [before, total] = await attendedOf(page);

  // Who has not been recorded yet: the status filter says, no name is assumed.
  await page.getByRole('combobox', { name: w.checkIn.statusFilter }).click();
  await page.getByRole('option', { name: ui.id.workshops.status.unrecorded, exact: true }).click();
  const waiting = page
    .getByRole('group', { name: new RegExp(`^${fill(w.checkIn.statusOf, { name: '' })}`) })
    .first();
  const name = ((await waiting.getAttribute('aria-label')) ?? '').replace(
    fill(w.checkIn.statusOf, { name: '' }),
    '',
  );
  expect(name).not.toBe('');

  // At the door: type the name, press Enter.
  const search = page.getByRole('searchbox', { name: w.checkIn.search });
  await search.fill(name);
  await page.getByText(fill(w.checkIn.enterHint, { name })).waitFor();
  await search.press('Enter');
  await page.getByText(fill(w.checkIn.saved, { name, status: w.status.present })).waitFor();
  await page.getByText(fill(w.checkIn.attendedOf, { attended: before + 1, total })).waitFor();
  expect(await search.inputValue(), 'the search is cleared for the next arrival').toBe('');

  // One click changes a status; late still counts as attended.
  await page.getByRole('combobox', { name: w.checkIn.statusFilter }).click();
  await page.getByRole('option', { name: w.checkIn.allStatuses, exact: true }).click();
  await search.fill(name);
  await statusGroup(page, name).getByRole('button', { name: w.status.late, exact: true }).click();
  await page.getByText(fill(w.checkIn.saved, { name, status: w.status.late })).waitFor();
  await page.getByText(fill(w.checkIn.attendedOf, { attended: before + 1, total })).waitFor();
  await statusGroup(page, name).getByRole('button', { name: w.status.present, exact: true }).click();
  await page.getByText(fill(w.checkIn.saved, { name, status: w.status.present })).waitFor();

  await page.reload();
  await page.getByText(fill(w.checkIn.attendedOf, { attended: before + 1, total })).waitFor();
  await page.getByRole('searchbox', { name: w.checkIn.search }).fill(name);
  const present = statusGroup(page, name).getByRole('button', { name: w.status.present, exact: true });
  expect(await present.getAttribute('aria-pressed')).toBe('true');

  // The check-in is used on a phone at the door.
  await page.setViewportSize(PHONE);
  await page.getByRole('searchbox', { name: w.checkIn.search }).fill('');
  expect(await scrollWidth(page), 'nothing scrolls sideways on a phone').toBeLessThanOrEqual(PHONE.width);
});

test('an OPD participant checks in only their own OPD and cannot change the schedule', async ({
  newContext,
}) => {
  const page = await (await newContext({ viewport: PHONE, timezoneId: TARUTUNG })).newPage();
  await signInAs(page, DISKOMINFO);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  await page.goto(`/plans/${planId}/workshops?phase=1`);
  await page
    .getByRole('tab', { name: fill(w.tabs.phase, { phase: 'I' }), exact: true, selected: true })
    .waitFor();
  await page.getByRole('heading', { name: w.sessions.heading, exact: true }).waitFor();
  expect(await page.getByRole('button', { name: w.sessions.add }).count()).toBe(0);
  expect(await page.getByRole('button', { name: w.phase.edit, exact: true }).count()).toBe(0);

  await page
    .getByRole('link', { name: new RegExp(`^${w.sessions.checkIn}: `) })
    .first()
    .click();
  await page.getByText(pattern(w.checkIn.attendedOf)).waitFor();
  // Their own OPD is in view, with status buttons; nobody else's can be changed.
  const groups = page.getByRole('group', { name: new RegExp(`^${fill(w.checkIn.statusOf, { name: '' })}`) });
  const sections = page.locator('section');
  await groups.first().waitFor();
  const own = await groups.count();
  expect(own).toBeGreaterThan(0);
  expect(await sections.count()).toBe(1);
  await page.getByRole('combobox', { name: w.checkIn.opd }).click();
  await page.getByRole('option', { name: w.checkIn.allOpds, exact: true }).click();
  await expect.poll(() => sections.count()).toBeGreaterThan(1);
  expect(await groups.count(), 'buttons only for their own OPD').toBe(own);
  expect(await scrollWidth(page), 'nothing scrolls sideways on a phone').toBeLessThanOrEqual(PHONE.width);
});

test('the facilitator adds a session to a Bimtek and corrects its agenda', async ({ newContext }) => {
  const page = await (await newContext({ viewport: DESKTOP, timezoneId: TARUTUNG })).newPage();
  await signInAs(page, FACILITATOR);
  const planId = await planIdByTitle(page, TAPUT_PLAN);
  const { items: workshops } = await getJson<{ items: Workshop[] }>(page, `/api/plans/${planId}/workshops`);
  const fourth = workshops.find((x) => x.phase === 4) as Workshop;
  const { items: before } = await getJson<{ items: Session[] }>(page, `/api/workshops/${fourth.id}/sessions`);
  const ordinal = Math.max(...before.map((s) => s.ordinal)) + 1;

  await page.goto(`/plans/${planId}/workshops?phase=4`);
  await page.getByRole('heading', { name: fourth.title }).waitFor();
  await page.getByRole('button', { name: w.sessions.add, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: fill(w.sessionForm.createTitle, { phase: 'IV' }) });
  expect(await dialog.getByLabel(w.sessionForm.ordinal).inputValue()).toBe(String(ordinal));
  await dialog.getByLabel(w.sessionForm.title).fill('Penyerahan dokumen');
  // An end before the start is caught before anything is sent.
  await dialog.getByLabel(w.sessionForm.startsAt).fill('2021-11-18T13:00');
  await dialog.getByLabel(w.sessionForm.endsAt).fill('2021-11-18T12:00');
  await dialog.getByRole('button', { name: w.form.save }).click();
  await dialog.getByText(w.sessionForm.endsBeforeStart).waitFor();
  await dialog.getByLabel(w.sessionForm.endsAt).fill('2021-11-18T15:00');
  await dialog.getByRole('button', { name: w.form.save }).click();
  await dialog.waitFor({ state: 'detached' });

  const heading = fill(w.sessions.title, { ordinal, title: 'Penyerahan dokumen' });
  const card = page.getByRole('article', { name: heading });
  await card.getByText('18 Nov 2021, 13.00 – 15.00', { exact: false }).waitFor();

  await card.getByRole('button', { name: `${w.sessions.edit}: ${heading}` }).click();
  const edit = page.getByRole('dialog', { name: fill(w.sessionForm.editTitle, { ordinal }) });
  await edit.getByLabel(w.sessionForm.agenda).fill('Penyerahan Buku 1–4 kepada Bupati');
  await edit.getByRole('button', { name: w.form.save }).click();
  await edit.waitFor({ state: 'detached' });
  await card.getByText('Penyerahan Buku 1–4 kepada Bupati').waitFor();
});
