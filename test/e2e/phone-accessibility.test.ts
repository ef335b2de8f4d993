/** A phone-sized screen, the keyboard, and axe-core on every kind of page. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  browserTestsEnabled,
  type Harness,
  PHONE,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

/** True when nothing sticks out sideways (no horizontal scrolling). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!browserTestsEnabled())('phone layout and accessibility', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('on a 390 × 844 phone the flow works without sideways scrolling', async () => {
    const page = await h.open('/', PHONE);
    await page.getByRole('radio', { name: 'Huisvesting' }).waitFor();
    await expect(fitsWidth(page)).resolves.toBe(true);
    await screenshot(page, 'phone-home-nl');

    await page.getByRole('radio', { name: 'Huisvesting' }).check();
    await page.getByRole('combobox', { name: 'Gemeente' }).fill('Genk');
    await page.getByRole('option', { name: /^Genk/ }).click();
    const phone = page.locator('.answer a[href^="tel:"]').first();
    await phone.waitFor();
    await expect(fitsWidth(page)).resolves.toBe(true);
    // Touch targets: the click-to-call link is at least 44 px high.
    const box = await phone.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await page.locator('#answer-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-answer-nl');

    for (const path of [
      '/organisation/org-stad-genk',
      '/barrier/WORK',
      '/municipality/region-mun-genk',
      '/search?q=genk',
    ]) {
      await page.goto(h.baseUrl + path);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await expect(fitsWidth(page), path).resolves.toBe(true);
    }
    await screenshot(page, 'phone-search-nl');
    await page.close();
  });

  test('the skip link is the first stop and jumps to the content', async () => {
    const page = await h.open('/');
    await page.getByRole('radio', { name: 'Huisvesting' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Naar de inhoud',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  test('axe-core finds no critical or serious problems', async () => {
    const page = await h.open('/');
    const pages: [string, string][] = [
      ['/', 'h1'],
      ['/?barrier=HOUSING&region=region-mun-genk', '.answer a[href^="tel:"]'],
      ['/organisation/org-stad-genk', '.contact'],
      ['/barrier/HOUSING', 'table'],
      ['/municipality/region-mun-heerlen', '.coverage'],
      ['/contact/cp-genk-mensenhandel', 'table'],
      ['/search?q=genk', '.result'],
      ['/sign-in', 'form'],
      ['/graph', 'h1'],
    ];
    const problems: string[] = [];
    for (const [path, ready] of pages) {
      await page.goto(h.baseUrl + path);
      await page.locator(ready).first().waitFor();
      for (const violation of await runAxe(page)) {
        const line = `${path}: [${violation.impact}] ${violation.id} – ${violation.help} (${violation.nodes
          .map((n) => n.target.join(' '))
          .join(', ')})`;
        if (violation.impact === 'critical' || violation.impact === 'serious') problems.push(line);
        else console.warn(`[axe] ${line}`);
      }
    }
    // The open suggestion list of the header search, too.
    await page.getByRole('combobox', { name: 'Zoeken in het netwerk' }).fill('genk');
    await page.getByRole('option').first().waitFor();
    for (const violation of await runAxe(page)) {
      if (violation.impact === 'critical' || violation.impact === 'serious') {
        problems.push(`search list: [${violation.impact}] ${violation.id} – ${violation.help}`);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
