/**
 * History in words: a coordinator reads an organisation's edited description word by word,
 * restores the earlier version (confirmation, success message, the old text back), and an
 * administrator downloads the audit log of that organisation as CSV, filter applied.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { parseCsv } from '../../server/src/shared/csv';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { cleanUp, LIMBURG, newOrganisation, SLOW, signIn } from './coordinator-support';
import { browserTestsEnabled, CHROMIUM, type Harness, startHarness } from './support/harness';

const ORGANISATION = graphql(
  'query($id: ID!) { organisation(id: $id) { description(lang: NL) version } }',
);

const SHOTS = '/tmp/shots-history';
const FIRST =
  'Het team controleert woningen van arbeidsmigranten in Genk en meldt overbewoning aan de dienst huisvesting.';
const SECOND =
  'Het team controleert woningen en bedrijfspanden in Genk en meldt overbewoning aan de lokale politie.';

describe.skipIf(!browserTestsEnabled())('history in words, restore and the audit CSV', () => {
  let h: Harness;
  let browser: Browser;
  let coordinator: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    coordinator = await createUser(h.t, 'COORDINATOR', LIMBURG);
    admin = await createUser(h.t, 'ADMIN');
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (h) {
      await cleanUp(h.t);
      await removeTestUsers(h.t);
    }
    await h?.close();
  });

  async function open(user: TestUser, path: string, width = 1280, height = 800): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: 'nl-BE',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[browser error]', error));
    await signIn(page, h.baseUrl, user, path);
    return page;
  }

  async function setDescription(id: string, version: number, text: string) {
    const body = await h.t.gql(
      `mutation($id: ID!, $v: Int!, $d: String!) { updateOrganisation(id: $id, version: $v, patch: {description: {nl: $d}}) { version } }`,
      { id, v: version, d: text },
      coordinator.headers,
    );
    expect(body.errors).toBeUndefined();
  }

  async function storedDescription(id: string) {
    const body = await h.t.gql(ORGANISATION, { id }, coordinator.headers);
    return body.data!.organisation!;
  }

  test(
    'a coordinator sees the description change word by word and restores the earlier version',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      await setDescription(org.id, 1, FIRST);
      await setDescription(org.id, 2, SECOND);
      const path = `/coordinate/organisation/${org.id}?tab=history`;

      for (const [width, height, name] of [
        [390, 844, 'phone'],
        [1280, 800, 'laptop'],
      ] as const) {
        const page = await open(coordinator, path, width, height);
        const newest = page.locator('.history__event').first();
        // Word by word: the removed and the added words, each named for a screen reader.
        await newest.locator('del', { hasText: 'arbeidsmigranten' }).waitFor();
        await expect(newest.locator('del').first().textContent()).resolves.toMatch(/verwijderd:/);
        await expect(newest.locator('ins', { hasText: 'bedrijfspanden' }).count()).resolves.toBe(1);
        await expect(newest.locator('ins').first().textContent()).resolves.toMatch(/toegevoegd:/);
        // Not the whole old and new text side by side.
        await expect(newest.locator('.history__from').count()).resolves.toBe(0);
        await newest.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/history-words-${name}.png` });

        // The entry that wrote the first text: restore that version, after a confirmation.
        const earlier = page.locator('.history__event').nth(1);
        await earlier.getByRole('button', { name: /Deze versie terugzetten/ }).click();
        const confirm = earlier.getByRole('heading', { name: /terugzetten\?/ });
        await confirm.waitFor();
        await expect(confirm.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
        await earlier.locator('.history__confirm').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/restore-confirm-${name}.png` });
        if (name === 'phone') {
          // The phone only looks: it cancels, and nothing changes.
          await earlier.getByRole('button', { name: 'Annuleren' }).click();
          await earlier.getByRole('button', { name: /Deze versie terugzetten/ }).waitFor();
          expect((await storedDescription(org.id)).description).toBe(SECOND);
          await page.context().close();
          continue;
        }
        await earlier.getByRole('button', { name: 'Ja, deze versie terugzetten' }).click();
        await page.getByRole('alert').filter({ hasText: 'is teruggezet' }).waitFor();
        // The history now starts with the restore, whose text change goes back to the first.
        const revert = page.locator('.history__event').first();
        await revert.getByText('Versie teruggezet').waitFor();
        await revert.locator('ins', { hasText: 'arbeidsmigranten' }).waitFor();
        await page.screenshot({ path: `${SHOTS}/restored-${name}.png` });
        expect(await storedDescription(org.id)).toEqual({ description: FIRST, version: 4 });

        // The old text is back on the edit tab.
        await page.getByRole('link', { name: 'Bewerken' }).click();
        await expect(
          page
            .getByLabel(/Beschrijving/)
            .first()
            .inputValue(),
        ).resolves.toBe(FIRST);
        await page.context().close();
      }

      // The administrator downloads the audit log of this organisation: only its events, in words.
      const audit = await open(
        admin,
        `/coordinate/audit?entity=${encodeURIComponent(org.id)}&entityName=${encodeURIComponent(org.name)}`,
      );
      await audit.locator('.history__event').first().waitFor();
      const [download] = await Promise.all([
        audit.waitForEvent('download'),
        audit.getByRole('link', { name: 'Download als CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('audit-log.csv');
      const csv = parseCsv(await readFile((await download.path())!, 'utf8'));
      expect(csv.header.slice(0, 5)).toEqual(['Tijdstip', 'Door', 'Actie', 'Soort', 'Gegeven']);
      const rows = csv.records.map((r) => r.cells);
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.every((r) => r[4] === org.name)).toBe(true);
      expect(rows.some((r) => r[2] === 'Versie teruggezet')).toBe(true);
      expect(rows.some((r) => r[2] === 'Aangemaakt' && r[1] === 'Test coordinator')).toBe(true);
      await audit.context().close();
    },
    SLOW * 2,
  );
});
