/**
 * The coordinators' forms as people fill them in: a phone number written as it is dialled is
 * saved in E.164; the signed-in pages pass axe-core for staff, coordinators and administrators,
 * and the header fits a phone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import {
  cleanUp,
  e2eName,
  LIMBURG,
  newContactPoint,
  newOrganisation,
  SLOW,
  seriousFindings,
  signIn,
} from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  LAPTOP,
  PHONE,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

const CONTACT = graphql('query ($id: ID!) { contact(id: $id) { phone } }');

describe.skipIf(!browserTestsEnabled())('the coordinators’ forms', () => {
  let h: Harness;
  let coordinator: TestUser;
  let staff: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    coordinator = await createUser(h.t, 'COORDINATOR', LIMBURG);
    staff = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
    admin = await createUser(h.t, 'ADMIN');
  });
  afterAll(async () => {
    if (h) {
      await cleanUp(h.t);
      await removeTestUsers(h.t);
    }
    await h?.close();
  }, SLOW);

  test(
    '"089 12 34 56" is saved as +3289123456',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const page = await h.open('/');
      await signIn(page, h.baseUrl, coordinator, `/coordinate/new/contact?owner=${org.id}`);
      // The first page of the file: the server and the lazy screens start cold.
      await page
        .getByRole('heading', { level: 1, name: 'Nieuw contactpunt' })
        .waitFor({ timeout: 90_000 });
      const name = e2eName('Loket telefoon');
      await page.getByLabel('Naam (Nederlands)').fill(name);
      await page.getByLabel('Telefoonnummer').fill('089 12 34 56');
      await page.getByRole('button', { name: 'Contact aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      // The edit form shows it as people read it; the API has it in E.164.
      await expect(page.getByLabel('Telefoonnummer').inputValue()).resolves.toBe('+32 89 12 34 56');
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      const body = await h.t.gql(CONTACT, { id }, coordinator.headers);
      expect(body.data?.contact?.phone).toBe('+3289123456');
      await screenshot(page, 'forms-phone-saved');
      await page.close();
    },
    SLOW,
  );

  test(
    'axe-core finds nothing critical or serious on the signed-in pages of staff, coordinators and administrators',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const point = await newContactPoint(h.t, coordinator, org.id, e2eName('Loket'));
      const everyone: [string, string][] = [
        ['/', 'h1'],
        ['/organisation/org-stad-genk', '.contact'],
        [`/contact/${point.id}`, 'h1'],
        ['/search?q=genk', '.result'],
      ];
      const editors: [string, string][] = [
        ['/coordinate', '.dashboard'],
        ['/coordinate/queue', '.queue__item'],
        [`/coordinate/organisation/${org.id}`, '#org-details'],
        [`/coordinate/contact/${point.id}`, '#contact-details'],
        ['/coordinate/new/organisation', '#new-org'],
        [`/coordinate/new/contact?owner=${org.id}`, '#new-contact'],
      ];
      const problems: string[] = [];
      for (const [role, user, pages] of [
        ['staff', staff, everyone],
        ['coordinator', coordinator, [...everyone, ...editors]],
        ['admin', admin, [...everyone, ...editors, ['/users', 'h1'] as [string, string]]],
      ] as const) {
        const page = await h.open('/', LAPTOP);
        await signIn(page, h.baseUrl, user, '/');
        for (const [path, ready] of pages) {
          await page.goto(h.baseUrl + path);
          await page.locator(ready).first().waitFor();
          await page.waitForLoadState('networkidle');
          problems.push(...seriousFindings(`${role} ${path}`, await runAxe(page)));
        }
        // The account button is read out as "Account: <name> <role>", its visible text included.
        const account = page.locator('summary.user-menu__summary');
        await expect(account.getAttribute('aria-label')).resolves.toBeNull();
        await expect(account.textContent()).resolves.toMatch(/^Uw account: \S/);
        await page.close();
      }
      expect(problems).toEqual([]);
    },
    SLOW * 3,
  );

  test(
    'on a 390 px phone no coordinator header link breaks over two lines',
    async () => {
      const page = await h.open('/', PHONE);
      await signIn(page, h.baseUrl, coordinator, '/coordinate');
      await page.getByRole('heading', { level: 1, name: 'Het netwerk bijhouden' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const links = nav.getByRole('link');
      const heights = await links.evaluateAll((all) =>
        all.map((a) => {
          const range = document.createRange();
          range.selectNodeContents(a);
          return {
            text: a.textContent,
            lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
            top: Math.round(a.getBoundingClientRect().top),
          };
        }),
      );
      expect(heights.map((l) => l.text)).toContain('Te verifiëren');
      // Each link on one line, and the coordinator's four side by side.
      expect(
        heights.every((l) => l.lines === 1),
        JSON.stringify(heights),
      ).toBe(true);
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).resolves.toBe(true);
      await screenshot(page, 'forms-header-phone');
      await page.close();
    },
    SLOW,
  );

  test(
    'a new contact without an organisation offers a picker; leaving the edited form asks first; the create is confirmed',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const page = await h.open('/');
      await signIn(page, h.baseUrl, coordinator, '/coordinate/new/contact');
      await page.getByRole('heading', { level: 1, name: 'Nieuw contactpunt' }).waitFor();
      await page.getByRole('combobox', { name: 'Organisatie of dienst' }).fill(org.name);
      await page
        .getByRole('option', { name: new RegExp(org.name) })
        .first()
        .click();
      await page.getByText(org.name, { exact: true }).first().waitFor();
      await page.getByLabel('Naam (Nederlands)').waitFor();
      expect(page.url()).toContain(`owner=${org.id}`);

      // An edited form: following a link asks first; "cancel" keeps the page and what was typed.
      const name = e2eName('Loket bewaard');
      await page.getByLabel('Naam (Nederlands)').fill(name);
      const asked: string[] = [];
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      });
      await page.getByRole('link', { name: 'Coördineren' }).click();
      await expect.poll(() => asked.length).toBe(1);
      expect(asked[0]).toContain('niet zijn opgeslagen');
      expect(page.url()).toContain('/coordinate/new/contact');
      await expect(page.getByLabel('Naam (Nederlands)').inputValue()).resolves.toBe(name);

      // Created: a success banner that has the focus.
      await page.getByRole('button', { name: 'Contact aanmaken' }).click();
      const banner = page.getByRole('alert').filter({ hasText: `${name} is aangemaakt.` });
      await banner.waitFor();
      // The focus moves to it once it is drawn (waited for, not assumed at once).
      await expect.poll(() => banner.evaluate((el) => el === document.activeElement)).toBe(true);
      await screenshot(page, 'forms-created-banner');

      // An edit not yet saved: the browser's Back asks too; "cancel" stays, the edit kept.
      await page.getByLabel('E-mailadres').fill('nieuw@e2e.example.be');
      const here = page.url();
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      });
      await page.evaluate(() => window.history.back());
      await expect.poll(() => asked.length).toBe(2);
      await expect.poll(() => page.url()).toBe(here);
      await expect(page.getByLabel('E-mailadres').inputValue()).resolves.toBe(
        'nieuw@e2e.example.be',
      );

      // Leaving by a link asks; "OK" discards the edit and leaves.
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.accept();
      });
      await page.getByRole('link', { name: 'Coördineren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Het netwerk bijhouden' }).waitFor();
      expect(asked).toHaveLength(3);
      await page.close();
    },
    SLOW,
  );
});
