/**
 * Spreadsheets and unsaved work in the coordinators' app: an .xlsx workbook's dry run with one bad
 * row on the transfer page, reported by the row Excel shows and the column's name; screenshots on
 * a laptop and a phone under /tmp/shots-sheets/ as well as test-results/screenshots/; and the
 * organisation edit page's sticky summary of unsaved sections, with links that take the focus.
 */
import { mkdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { cleanUp, e2eName, LIMBURG, newOrganisation, SLOW, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  LAPTOP,
  PHONE,
  screenshot,
  startHarness,
} from './support/harness';

const SHOTS = '/tmp/shots-sheets';

/** A screenshot in test-results/screenshots/ and, to look at, in /tmp/shots-sheets/. */
async function shot(page: Page, name: string, fullPage = false) {
  await screenshot(page, name, fullPage);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

describe.skipIf(!browserTestsEnabled())('spreadsheets and unsaved work', () => {
  let h: Harness;
  let coordinator: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    coordinator = await createUser(h.t, 'COORDINATOR', LIMBURG);
  });
  afterAll(async () => {
    if (h) {
      await cleanUp(h.t);
      await removeTestUsers(h.t);
    }
    await h?.close();
  }, SLOW);

  test(
    'an .xlsx dry run reports the one bad row by its spreadsheet row and column, writing nothing',
    async () => {
      const name = e2eName('Werkmapgemeente');
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Contacten');
      sheet.addRow([
        'organisation',
        'organisation_type',
        'country',
        'coverage',
        'contact_kind',
        'name_nl',
        'email',
        'phone',
      ]);
      sheet.addRow([]); // an empty row 2: the report keeps Excel's row numbers
      sheet.addRow([
        name,
        'MUNICIPALITY',
        'BE',
        'Genk',
        'SPOC',
        'Meldpunt werkmap',
        'a@e2e.example.be',
        '089 12 34 56',
      ]);
      sheet.addRow([name, null, null, null, 'DESK', 'Loket werkmap', 'loket@', '089 12 34 57']);
      const buffer = Buffer.from(await book.xlsx.writeBuffer());

      for (const [viewport, suffix] of [
        [LAPTOP, 'laptop'],
        [PHONE, 'phone'],
      ] as const) {
        const page = await h.open('/', viewport);
        await signIn(page, h.baseUrl, coordinator, '/coordinate/transfer');
        await page.getByRole('heading', { level: 1, name: 'Importeren en exporteren' }).waitFor();
        await page.getByLabel('Excel-werkmap (.xlsx) of CSV-bestand').setInputFiles({
          name: 'contacten.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer,
        });
        await page.getByRole('heading', { name: 'Proefimport van contacten.xlsx' }).waitFor();
        const totals = page.locator('.totals').first();
        await expect(totals.locator('.totals__item--CREATE dd').textContent()).resolves.toBe('1');
        await expect(totals.locator('.totals__item--REJECT dd').textContent()).resolves.toBe('1');
        await expect(page.getByRole('columnheader', { name: 'Rij' }).count()).resolves.toBe(1);
        const refused = page.locator('tr.import-rows__reject');
        await expect(refused.count()).resolves.toBe(1);
        await expect(refused.locator('th').textContent()).resolves.toBe('4');
        const problems = await refused.locator('.import-rows__problems li').allTextContents();
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/^email: Geen geldig e-mailadres/);
        if (suffix === 'phone') await refused.scrollIntoViewIfNeeded();
        await shot(page, `sheets-xlsx-dry-run-${suffix}`, suffix === 'laptop');
        await page.close();
      }
      const found = await h.t.db.driver.executeQuery(
        'MATCH (o:Organisation {name: $name}) RETURN count(o) AS n',
        { name },
      );
      expect(found.records[0]?.get('n').toNumber()).toBe(0);
    },
    SLOW,
  );

  test(
    'the sticky summary names the unsaved sections, takes the focus there, and goes once saved',
    async () => {
      for (const [viewport, suffix] of [
        [LAPTOP, 'laptop'],
        [PHONE, 'phone'],
      ] as const) {
        const org = await newOrganisation(h.t, coordinator);
        const page = await h.open('/', viewport);
        await signIn(page, h.baseUrl, coordinator, `/coordinate/organisation/${org.id}`);
        await page.getByRole('heading', { level: 1, name: org.name }).waitFor();
        const summary = page.locator('.unsaved-summary');
        await expect(summary.getAttribute('role')).resolves.toBe('status');
        await expect(summary.textContent()).resolves.toBe('');

        const details = page.getByRole('region', { name: 'Gegevens' });
        const coverage = page.getByRole('region', { name: 'Werkgebied' });
        await details.getByLabel('Korte naam').fill('E2E kort');
        await coverage.getByLabel('Filter de gebieden').fill('Hasselt');
        await coverage.getByRole('checkbox', { name: /^Hasselt/ }).check();
        await page.getByText('Niet opgeslagen:').waitFor();
        await expect(summary.locator('a').allTextContents()).resolves.toEqual([
          'Gegevens',
          'Werkgebied',
        ]);
        // Still there at the bottom of the screen, while the top of the page is in view.
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = await summary.boundingBox();
        expect(box && box.y + box.height).toBeGreaterThan(viewport.height - 4);
        expect(box && box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
        await shot(page, `sheets-unsaved-summary-${suffix}`);

        // Each link is reachable by keyboard and moves the focus into its section.
        await summary.getByRole('link', { name: 'Werkgebied' }).focus();
        await page.keyboard.press('Enter');
        await expect(
          page.evaluate(
            () => !!document.activeElement?.closest('section')?.textContent?.includes('Werkgebied'),
          ),
        ).resolves.toBe(true);

        await details.getByRole('button', { name: 'Opslaan' }).click();
        await details.getByText('Opgeslagen').first().waitFor();
        await expect(summary.locator('a').allTextContents()).resolves.toEqual(['Werkgebied']);
        await coverage.getByRole('button', { name: 'Opslaan' }).click();
        await page.getByText('Niet opgeslagen:').waitFor({ state: 'detached' });
        await expect(summary.textContent()).resolves.toBe('');
        await page.close();
      }
    },
    SLOW,
  );
});
