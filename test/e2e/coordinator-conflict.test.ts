/**
 * Two coordinators, two browsers, one organisation: the second to save sees both versions side
 * by side, field by field, chooses, and saves on top — neither edit is lost, and the history
 * shows both. A separate browser gives each coordinator a context (cookies) of their own.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { cleanUp, LIMBURG, newOrganisation, SLOW, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  CHROMIUM,
  type Harness,
  screenshot,
  startHarness,
} from './support/harness';

const ORGANISATION = graphql(
  'query ($id: ID!) { organisation(id: $id) { shortName website description version } }',
);
const ORGANISATION_ROLES = graphql(
  'query ($id: ID!) { organisation(id: $id) { website roles { role barrier { code } } } }',
);

describe.skipIf(!browserTestsEnabled())('two coordinators edit the same organisation', () => {
  let h: Harness;
  let browser: Browser;
  let anna: TestUser;
  let bert: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    anna = await createUser(h.t, 'COORDINATOR', LIMBURG);
    bert = await createUser(h.t, 'COORDINATOR', LIMBURG);
  });
  afterAll(async () => {
    await browser?.close();
    if (h) {
      await cleanUp(h.t);
      await removeTestUsers(h.t);
    }
    await h?.close();
  });

  async function openAs(user: TestUser, path: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-BE',
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[browser error]', error));
    await signIn(page, h.baseUrl, user, path);
    return page;
  }

  test(
    'the conflict is shown field by field and resolved without losing either edit',
    async () => {
      const org = await newOrganisation(h.t, anna);
      const path = `/coordinate/organisation/${org.id}`;
      const a = await openAs(anna, path);
      const b = await openAs(bert, path);
      for (const page of [a, b]) await page.getByLabel('Website').waitFor();

      // Anna changes the website and the Dutch description, and saves first.
      await a.getByLabel('Website').fill('https://www.example.be/anna');
      await a.getByLabel('Beschrijving (Nederlands)').fill('Beschrijving van Anna.');
      const details = (page: Page) => page.getByRole('region', { name: 'Gegevens' });
      await details(a).getByRole('button', { name: 'Opslaan', exact: true }).click();
      await details(a).getByText('Opgeslagen.').waitFor();

      // Bert, still on the version he opened, changes the short name and the same description.
      await b.getByLabel('Korte naam').fill('Bert-kort');
      await b.getByLabel('Beschrijving (Nederlands)').fill('Beschrijving van Bert.');
      await details(b).getByRole('button', { name: 'Opslaan', exact: true }).click();

      // Both versions, field by field; nothing has been written yet.
      const conflict = details(b).locator('form.conflict');
      await conflict
        .getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' })
        .waitFor();
      // Who saved the other version, from the history: by the account's name.
      await conflict
        .getByText(/sloeg Test coordinator op/)
        .first()
        .waitFor();
      const field = (label: string) =>
        conflict.getByRole('group', { name: new RegExp(`^${label}`) });
      await expect(
        field('Website')
          .getByRole('radio', { name: /Opgeslagen versie/ })
          .isChecked(),
      ).resolves.toBe(true);
      await expect(field('Website').textContent()).resolves.toContain(
        'https://www.example.be/anna',
      );
      await expect(
        field('Korte naam')
          .getByRole('radio', { name: /Uw versie/ })
          .isChecked(),
      ).resolves.toBe(true);
      const both = field('Beschrijving \\(Nederlands\\)');
      await expect(both.textContent()).resolves.toContain('allebei gewijzigd');
      await expect(both.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
      await screenshot(b, 'coordinator-conflict', true);

      // Saving without choosing where both changed is not allowed.
      await conflict.getByRole('button', { name: 'Opslaan met deze keuzes' }).click();
      await conflict.getByText('Kies voor elk gemarkeerd veld welke waarde blijft.').waitFor();
      // Bert keeps Anna's description: her text, his short name.
      await both.getByRole('radio', { name: /Opgeslagen versie/ }).check();
      await conflict.getByRole('button', { name: 'Opslaan met deze keuzes' }).click();
      await details(b).getByText('Opgeslagen.').waitFor();
      await expect(b.getByLabel('Website').inputValue()).resolves.toBe(
        'https://www.example.be/anna',
      );
      await expect(b.getByLabel('Korte naam').inputValue()).resolves.toBe('Bert-kort');

      const stored = await h.t.gql(ORGANISATION, {
        id: org.id,
      });
      expect(stored.data?.organisation).toMatchObject({
        shortName: 'Bert-kort',
        website: 'https://www.example.be/anna',
        description: 'Beschrijving van Anna.',
        version: org.version + 2,
      });

      // The history tab: who changed what, from what to what.
      await b.getByRole('link', { name: 'Geschiedenis' }).click();
      const events = b.locator('.history__event');
      await events.first().waitFor();
      await expect(events.nth(0).textContent()).resolves.toContain('door Test coordinator');
      await expect(events.nth(0).textContent()).resolves.toContain('Bert-kort');
      await expect(events.nth(1).textContent()).resolves.toContain('door Test coordinator');
      await expect(events.nth(1).textContent()).resolves.toContain('https://www.example.be/anna');
      await expect(events.nth(1).textContent()).resolves.toContain('https://www.example.be');
      await a.context().close();
      await b.context().close();
    },
    SLOW,
  );

  test(
    'a change to another part of the record is applied on top, without a conflict view',
    async () => {
      const org = await newOrganisation(h.t, anna);
      const path = `/coordinate/organisation/${org.id}`;
      const a = await openAs(anna, path);
      const b = await openAs(bert, path);
      for (const page of [a, b]) await page.getByLabel('Website').waitFor();

      // Anna adds a role; Bert, on the older version, changes the website.
      await a
        .getByRole('group', { name: 'Werk en exploitatie' })
        .getByRole('checkbox', { name: 'Signaleren' })
        .check();
      const roles = a.getByRole('region', { name: 'Rollen per barrière' });
      await roles.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await roles.getByText('Opgeslagen.').waitFor();

      await b.getByLabel('Website').fill('https://www.example.be/bert');
      const details = b.getByRole('region', { name: 'Gegevens' });
      await details.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await details.getByText('Iemand anders heeft intussen een ander deel gewijzigd').waitFor();

      const stored = await h.t.gql(ORGANISATION_ROLES, {
        id: org.id,
      });
      expect(stored.data?.organisation?.website).toBe('https://www.example.be/bert');
      expect(stored.data?.organisation?.roles).toEqual([
        { role: 'SIGNAL', barrier: { code: 'WORK' } },
      ]);
      await a.context().close();
      await b.context().close();
    },
    SLOW,
  );
});
