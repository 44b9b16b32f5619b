import type { Page } from 'playwright-core';
import { expect } from '../harness/test.ts';
import { say, ui } from '../harness/workbench.ts';
import { OPDS, PEOPLE, PHASES } from './humbang.ts';

const w = ui.id.workshops;

/** Bimtek I and II scheduled with one session each, and who came checked in at the door. */
export async function runTwoWorkshops(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: ui.id.workbench.nav.workshops }).click();
  await page.getByRole('heading', { name: w.title, level: 2 }).waitFor();

  for (const phase of PHASES) {
    await page.getByRole('tab', { name: say(w.tabs.phase, { phase: phase.roman }), exact: true }).click();
    await page.getByText(say(w.phase.missing, { phase: phase.roman })).waitFor();
    await page.getByRole('button', { name: say(w.phase.create, { phase: phase.roman }) }).click();
    const schedule = page.getByRole('dialog', {
      name: say(w.phaseForm.createTitle, { phase: phase.roman }),
    });
    expect(await schedule.getByLabel(w.phaseForm.title).inputValue()).toBe(
      say(w.phaseForm.defaultTitle, { phase: phase.roman }),
    );
    await schedule.getByLabel(w.phaseForm.startsOn).fill(phase.startsOn);
    await schedule.getByLabel(w.phaseForm.endsOn).fill(phase.endsOn);
    await schedule.getByLabel(w.phaseForm.venue).fill('Aula Kantor Bupati, Doloksanggul');
    await schedule.getByRole('button', { name: w.form.save }).click();
    await schedule.waitFor({ state: 'detached' });
    await page.getByText(w.sessions.none).waitFor();

    await page.getByRole('button', { name: w.sessions.add, exact: true }).click();
    const addSession = page.getByRole('dialog', {
      name: say(w.sessionForm.createTitle, { phase: phase.roman }),
    });
    await addSession.getByLabel(w.sessionForm.title).fill(phase.session.title);
    await addSession.getByLabel(w.sessionForm.startsAt).fill(phase.session.startsAt);
    await addSession.getByLabel(w.sessionForm.endsAt).fill(phase.session.endsAt);
    await addSession.getByRole('button', { name: w.form.save }).click();
    await addSession.waitFor({ state: 'detached' });

    const heading = say(w.sessions.title, { ordinal: 1, title: phase.session.title });
    await page.getByRole('link', { name: `${w.sessions.checkIn}: ${heading}` }).click();
    await page
      .getByRole('heading', { name: say(w.checkIn.heading, { title: phase.session.title }) })
      .waitFor();
    await page.getByText(say(w.checkIn.attendedOf, { attended: 0, total: PEOPLE.length })).waitFor();

    const arriving = PEOPLE.filter((person) => person.attends.includes(phase.phase));
    const search = page.getByRole('searchbox', { name: w.checkIn.search });
    for (const person of arriving) {
      await search.fill(person.fullName);
      await page.getByText(say(w.checkIn.enterHint, { name: person.fullName })).waitFor();
      await search.press('Enter');
      await page
        .getByText(say(w.checkIn.saved, { name: person.fullName, status: w.status.present }))
        .waitFor();
    }
    await page
      .getByText(say(w.checkIn.attendedOf, { attended: arriving.length, total: PEOPLE.length }))
      .waitFor();
    await page.getByRole('link', { name: say(w.checkIn.back, { phase: phase.roman }) }).click();
    await page.getByRole('article', { name: heading }).getByText(`${arriving.length} hadir`).waitFor();
  }

  // Who kept their representative from Bimtek I to II: the same secretary, someone else, nobody.
  await page.getByRole('tab', { name: w.tabs.continuity, exact: true }).click();
  const table = page.getByRole('table', { name: w.continuity.tableLabel });
  await table.waitFor();
  expect(await table.locator('tbody tr').count()).toBe(OPDS.length);
  const expected = { DISKOMINFO: 'consistent', BAPPEDA: 'changed', DINKES: 'absent' } as const;
  for (const opd of OPDS) {
    const row = table.locator('tbody tr').filter({ hasText: opd.name });
    const classification = expected[opd.code as keyof typeof expected];
    await row.getByText(w.continuity.class[classification], { exact: true }).waitFor();
  }
  const bappeda = table.locator('tbody tr').filter({ hasText: 'Badan Perencanaan Pembangunan Daerah' });
  await bappeda.getByText('Dewi Simanullang').waitFor();
  await bappeda.getByText(w.continuity.joined, { exact: true }).waitFor();
}
