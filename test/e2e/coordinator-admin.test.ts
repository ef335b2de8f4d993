/**
 * The coordinator screens on a phone and through axe-core, and the administrators' own:
 * accounts (create, change role and scope, disable) and the audit log across the network.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import {
  cleanUp,
  e2eName,
  newContactPoint,
  newOrganisation,
  SLOW,
  seriousFindings,
  signIn,
} from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  PHONE,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

const USERS = graphql('{ users { email disabled scopeIds } }');

/** True when nothing sticks out sideways (no horizontal scrolling). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!browserTestsEnabled())('coordinator screens: phone, axe, administration', () => {
  let h: Harness;
  let coordinator: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    coordinator = await createUser(h.t, 'COORDINATOR', {
      scopeRegionIds: ['region-prov-limburg-be'],
    });
    admin = await createUser(h.t, 'ADMIN');
  });
  afterAll(async () => {
    if (h) {
      await h.t.db.driver.executeQuery(
        `MATCH (u:User) WHERE u.email STARTS WITH 'e2e-account-' OPTIONAL MATCH (s:Session)-[:OF]->(u) DETACH DELETE s, u`,
      );
      await cleanUp(h.t);
      await removeTestUsers(h.t);
    }
    await h?.close();
  }, SLOW);

  test(
    'on a phone every coordinator page fits, and axe-core finds no serious problem',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const point = await newContactPoint(h.t, coordinator, org.id, e2eName('Loket'));
      const page = await h.open('/', PHONE);
      await signIn(page, h.baseUrl, coordinator, '/coordinate');
      const pages: [string, string][] = [
        ['/coordinate', '.dashboard'],
        ['/coordinate/queue', '.queue__item'],
        [`/coordinate/organisation/${org.id}`, '#org-details'],
        [`/coordinate/organisation/${org.id}?tab=history`, '.history__event'],
        [`/coordinate/contact/${point.id}`, '#contact-details'],
        ['/coordinate/new/organisation', '#new-org'],
        [`/coordinate/new/contact?owner=${org.id}&type=person`, '#new-contact'],
        ['/coordinate/transfer', 'input[type="file"]'],
        [`/organisation/${org.id}`, '.editor-bar'],
      ];
      const problems: string[] = [];
      for (const [path, ready] of pages) {
        await page.goto(h.baseUrl + path);
        await page.locator(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        if (!(await fitsWidth(page))) problems.push(`${path}: wider than the phone`);
        problems.push(...seriousFindings(path, await runAxe(page)));
      }
      // The edit form with its problems, on the phone.
      await page.goto(`${h.baseUrl}/coordinate/contact/${point.id}`);
      await page.getByLabel('Telefoonnummer').fill('0470');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
      await page.getByRole('alert').filter({ hasText: 'Verbeter 1 veld' }).waitFor();
      if (!(await fitsWidth(page))) problems.push('form with problems: wider than the phone');
      problems.push(...seriousFindings('form with problems', await runAxe(page)));
      await screenshot(page, 'coordinator-phone-form-errors');
      expect(problems).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  test(
    "the audit log filtered by an organisation's name shows the changes to its contacts, by name",
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const contact = e2eName('Meldpunt in de log');
      await newContactPoint(h.t, coordinator, org.id, contact);
      const page = await h.open('/');
      await signIn(page, h.baseUrl, admin, '/coordinate/audit');
      await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
      await page.getByRole('combobox', { name: 'Organisatie of dienst' }).fill(org.name);
      await page
        .getByRole('option', { name: new RegExp(org.name) })
        .first()
        .click();
      await page.getByRole('button', { name: 'Toepassen' }).click();
      const events = page.locator('.history__event');
      await events.filter({ hasText: contact }).waitFor();
      // The organisation's own creation and its contact's, each by the coordinator's name.
      // The filtered list replaces the unfiltered one (which holds these events too): wait for it.
      await expect.poll(() => events.count()).toBe(2);
      for (const text of await events.allTextContents()) expect(text).toContain('Test coordinator');
      // The filter reads as the organisation's name, and a reload (a shared link) keeps it.
      await page.reload();
      await events.filter({ hasText: contact }).waitFor();
      const filters = page.locator('.audit-filters');
      await expect(filters.textContent()).resolves.toContain(org.name);
      await expect(filters.textContent()).resolves.not.toContain(org.id);
      await screenshot(page, 'audit-log-organisation');
      await page.close();
    },
    SLOW,
  );

  test(
    'an administrator creates an account, gives it a scope, disables it, and reads the audit log',
    async () => {
      const email = `e2e-account-${Date.now()}@example.org`;
      const page = await h.open('/');
      await signIn(page, h.baseUrl, admin, '/users');
      await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
      const form = page.locator('#new-user');
      await form.getByLabel('Naam').fill('Eva Voorbeeld (E2E)');
      await form.getByLabel('E-mailadres').fill(email);
      await form.getByLabel('Rol').selectOption('COORDINATOR');
      await form.getByLabel('Filter de gebieden').fill('Genk');
      await form.getByRole('checkbox', { name: /^Genk/ }).check();
      await form.getByRole('button', { name: 'Account aanmaken' }).click();
      await page.getByText(`Het account voor ${email} is aangemaakt.`).waitFor();
      // Invited by mail (the default): the administrator never sees a password.
      await page.getByText('Er is een uitnodiging gemaild').waitFor();
      await expect(page.locator('code.secret').count()).resolves.toBe(0);

      const item = page.locator('.user-list__item', { hasText: email });
      await item.waitFor();
      await expect(item.textContent()).resolves.toContain('Bevoegdheid: Genk');
      await item.getByRole('button', { name: /wijzigen/i }).click();
      await item.getByLabel('Filter de gebieden').fill('Hasselt');
      await item.getByRole('checkbox', { name: /^Hasselt/ }).check();
      await item.getByRole('checkbox', { name: /^Account uitschakelen/ }).check();
      await item.getByRole('button', { name: 'Opslaan' }).click();
      await item.getByText('uitgeschakeld').waitFor();
      await expect(item.textContent()).resolves.toContain('Hasselt');
      await screenshot(page, 'admin-users', true);

      const stored = await h.t.gql(USERS, undefined, admin.headers);
      expect(stored.data?.users.find((u) => u.email === email)).toMatchObject({
        disabled: true,
        scopeIds: expect.arrayContaining(['region-mun-genk', 'region-mun-hasselt']),
      });

      // The audit log, filtered on this administrator: both changes, newest first.
      await page.goto(`${h.baseUrl}/coordinate/audit?user=${admin.id}`);
      await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
      const events = page.locator('.history__event');
      await events.first().waitFor();
      await expect(events.nth(0).textContent()).resolves.toContain('Gewijzigd');
      await expect(events.nth(1).textContent()).resolves.toContain('Aangemaakt');
      await expect(events.nth(1).textContent()).resolves.toContain(email);
      const problems = seriousFindings('audit log', await runAxe(page));
      await page.goto(`${h.baseUrl}/users`);
      await page.locator('.user-list__item').first().waitFor();
      problems.push(...seriousFindings('users', await runAxe(page)));
      expect(problems).toEqual([]);
      // Coordinators do not get in.
      const other = await h.open('/');
      await signIn(other, h.baseUrl, coordinator, '/coordinate/audit');
      await other.getByText('Deze pagina is alleen voor beheerders.').waitFor();
      await other.close();
      await page.close();
    },
    SLOW,
  );
});
