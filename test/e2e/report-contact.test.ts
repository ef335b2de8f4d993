/**
 * "Report this contact" in the browser, in Dutch: a staff member reports a contact from a
 * who-to-call answer (the form refuses what is missing first) and sees that it was sent; a
 * colleague sees "reported, being checked"; the coordinator finds the report with its reporter
 * and reason in the queue and resolves it; the marker is gone. Anonymous visitors get no button.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  LAPTOP,
  PHONE,
  runAxe,
  SCREENSHOTS,
  screenshot,
  startHarness,
} from './support/harness';

const WORK_GENK = '/?barrier=WORK&region=region-mun-genk';
/** A whole task through several pages and three accounts: time enough on a busy machine. */
const SLOW = 300_000;
/** The first answer of a freshly started database can take long on a loaded machine. */
const ANSWER = { timeout: 90_000 };
/** Where the report's screenshots are also copied for review (outside the repository). */
const SHOTS = process.env.REPORT_SHOTS_DIR;

/**
 * Waits for the answer's first phone number. On a loaded machine the first answers of a fresh
 * database can run out of the request's time budget: then, as a user would, press "try again"
 * (at most three times).
 */
async function waitForAnswer(page: Page) {
  const phone = page.locator('.answer a[href^="tel:"]').first();
  const retry = page.getByRole('button', { name: 'Opnieuw proberen' }).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await phone.or(retry).first().waitFor(ANSWER);
    if (await phone.isVisible()) return;
    await retry.click();
  }
  await phone.waitFor(ANSWER);
}

/**
 * The first contact of the first local partner in the answer (its line opened to its full card):
 * its item, name, id and owner.
 */
async function firstLocalContact(page: Page) {
  await waitForAnswer(page);
  const row = page.locator('.answer-row.scope--LOCAL').first();
  await row.locator('.answer-row__toggle').click();
  const card = row.locator('.answer-card');
  const item = card.locator('li.contact').first();
  const link = item.locator('a.contact__name');
  const name = (await link.textContent()) ?? '';
  const id = decodeURIComponent((await link.getAttribute('href'))?.replace('/contact/', '') ?? '');
  const orgHref =
    (await card.locator('a[href^="/organisation/"]').first().getAttribute('href')) ?? '';
  return {
    item,
    name,
    id,
    organisationId: decodeURIComponent(orgHref.replace('/organisation/', '')),
  };
}

async function shot(page: Page, name: string, target?: Locator) {
  await target?.scrollIntoViewIfNeeded();
  await screenshot(page, name);
  if (SHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await copyFile(path.join(SCREENSHOTS, `${name}.png`), path.join(SHOTS, `${name}.png`));
  }
}

describe.skipIf(!browserTestsEnabled())('report this contact, in the browser', () => {
  let h: Harness;
  let staff: TestUser;
  let colleague: TestUser;
  const reporters: string[] = [];
  const coordinators: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    staff = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
    colleague = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
    reporters.push(staff.id, colleague.id);
  }, SLOW);
  afterAll(async () => {
    if (h) {
      // The seed contact stays as it was: its reports and their audit events go.
      await h.t.db.driver.executeQuery(
        `MATCH (r:ContactReport) WHERE r.userId IN $reporters DETACH DELETE r
         WITH count(*) AS _
         MATCH (e:AuditEvent) WHERE e.userId IN $users DETACH DELETE e`,
        { reporters, users: [...reporters, ...coordinators] },
      );
      await removeTestUsers(h.t);
    }
    await h?.close();
  }, SLOW);

  test(
    'a staff member reports a contact from the answer; a coordinator resolves it; the marker is gone',
    async () => {
      // Anonymous: the answer has no report button.
      const visitor = await h.open(WORK_GENK);
      await waitForAnswer(visitor);
      await visitor.getByRole('button', { name: 'Toon alle details' }).click();
      await visitor.locator('.answer-card li.contact').first().waitFor();
      await expect(visitor.getByRole('button', { name: /^Fout melden/ }).count()).resolves.toBe(0);
      await visitor.close();

      const page = await h.open('/', LAPTOP);
      await signIn(page, h.baseUrl, staff, WORK_GENK);
      const contact = await firstLocalContact(page);
      const toggle = contact.item.getByRole('button', {
        name: `Fout melden over ${contact.name}`,
      });
      await toggle.click();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const form = contact.item.locator('form.report-form');
      await form.getByRole('group', { name: `Wat klopt er niet aan ${contact.name}?` }).waitFor();
      await shot(page, 'report-form-laptop', form);

      // Nothing chosen: the summary says what to fix, and takes the focus.
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      const summary = form.getByRole('alert').filter({ hasText: 'Er is een probleem' });
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain('Kies wat er niet klopt');
      await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      // "Something else" needs a few words.
      await form.getByRole('radio', { name: 'Iets anders' }).check();
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      await form
        .getByText('Beschrijf wat er niet klopt (verplicht bij ‘Iets anders’)')
        .first()
        .waitFor();
      const message = form.getByLabel(/^Toelichting/);
      await expect(message.getAttribute('aria-invalid')).resolves.toBe('true');
      await shot(page, 'report-form-errors-laptop', form);
      // The summary's link takes the keyboard to the field.
      await summary.getByRole('link').click();
      await expect(message.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

      await message.fill('Het nummer geeft geen gehoor meer; de balie verhuisde (E2E).');
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      const sent = contact.item.getByRole('status').filter({ hasText: 'uw melding is verstuurd' });
      await sent.waitFor();
      await expect(sent.textContent()).resolves.toContain('Bedankt, uw melding is verstuurd.');
      await shot(page, 'report-sent-laptop', sent);

      // Back later: reported by them, no second report offered.
      await page.reload();
      const again = await firstLocalContact(page);
      expect(again.id).toBe(contact.id);
      await again.item.getByText('Door u gemeld, wordt nagekeken').waitFor();
      await expect(again.item.getByRole('button', { name: /^Fout melden/ }).count()).resolves.toBe(
        0,
      );
      await page.close();

      // A colleague sees it is being checked, on the contact's own page too.
      const other = await h.open('/');
      await signIn(other, h.baseUrl, colleague, `/contact/${encodeURIComponent(contact.id)}`);
      await other.getByRole('heading', { level: 1, name: contact.name }).waitFor();
      await other.getByText('Gemeld, wordt nagekeken').waitFor();
      await other.getByRole('button', { name: `Fout melden over ${contact.name}` }).waitFor();
      await other.close();

      // The coordinator of that organisation: the report, its reporter and reason, resolved.
      const coordinator = await createUser(h.t, 'COORDINATOR', {
        scopeOrganisationIds: [contact.organisationId],
      });
      coordinators.push(coordinator.id);
      const queue = await h.open('/');
      await signIn(queue, h.baseUrl, coordinator, '/coordinate/queue');
      await queue.getByRole('heading', { level: 1, name: 'Te verifiëren' }).waitFor();
      const report = queue
        .getByRole('region', { name: /Meldingen van medewerkers/ })
        .locator('.queue__item', { hasText: 'de balie verhuisde (E2E)' });
      await report.waitFor();
      await expect(report.locator('.queue__name').textContent()).resolves.toBe(contact.name);
      await expect(report.locator('.queue__reason').textContent()).resolves.toBe('Iets anders');
      await expect(report.textContent()).resolves.toContain(`Gemeld door ${staff.email}`);
      await report.getByRole('button', { name: 'Afgehandeld' }).click();
      await queue
        .getByText(`De melding over ${contact.name} is afgehandeld.`)
        .waitFor({ state: 'attached' });
      await queue.close();

      // Resolved: the marker is gone and the contact can be reported again.
      const after = await h.open('/');
      await signIn(after, h.baseUrl, staff, WORK_GENK);
      const resolved = await firstLocalContact(after);
      expect(resolved.id).toBe(contact.id);
      await resolved.item
        .getByRole('button', { name: `Fout melden over ${contact.name}` })
        .waitFor();
      await expect(resolved.item.locator('.report-contact__marker').count()).resolves.toBe(0);
      await after.close();
    },
    SLOW,
  );

  test(
    'on a phone: the form by keyboard, cancelled back to its button, with no serious axe findings',
    async () => {
      const page = await h.open('/', PHONE);
      await signIn(page, h.baseUrl, colleague, WORK_GENK);
      const contact = await firstLocalContact(page);
      const toggle = contact.item.getByRole('button', {
        name: `Fout melden over ${contact.name}`,
      });
      await toggle.focus();
      await page.keyboard.press('Enter');
      const form = contact.item.locator('form.report-form');
      await form.waitFor();
      // Tab into the reasons, the arrow keys choose one.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await expect(
        form.getByRole('radio', { name: 'Het telefoonnummer klopt niet' }).isChecked(),
      ).resolves.toBe(true);
      await shot(page, 'report-form-phone', form);
      const findings = seriousFindings('report form (phone)', await runAxe(page));
      expect(findings).toEqual([]);

      // The form fits the phone's width: nothing sticks out sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      await form.getByRole('button', { name: 'Annuleren' }).click();
      await expect(form.count()).resolves.toBe(0);
      await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.close();
    },
    SLOW,
  );
});
