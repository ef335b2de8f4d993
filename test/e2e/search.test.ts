/** Search as you type in the header (ARIA combobox, keyboard only) and the results page. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTestsEnabled, type Harness, screenshot, startHarness } from './support/harness';

describe.skipIf(!browserTestsEnabled())('search in the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('type, arrow down, Enter: the organisation page opens with focus on its heading', async () => {
    const page = await h.open('/');
    const box = page.getByRole('combobox', { name: 'Zoeken in het netwerk' });
    await box.click();
    await box.pressSequentially('payok');
    const list = page.getByRole('listbox', { name: 'Zoeken in het netwerk' });
    await list
      .getByRole('option', { name: /^Payoke/ })
      .first()
      .waitFor();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');

    await page.keyboard.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${h.baseUrl}/organisation/org-payoke`);
    await page.getByRole('heading', { level: 1, name: /Payoke/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.close();
  });

  test('Escape closes the suggestions; Enter without a pick opens all results', async () => {
    const page = await h.open('/');
    const box = page.getByRole('combobox', { name: 'Zoeken in het netwerk' });
    await box.fill('genk');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(box.inputValue()).resolves.toBe('genk');

    await page.keyboard.press('Enter');
    await page.waitForURL(`${h.baseUrl}/search?q=genk`);
    await page.getByRole('heading', { level: 1, name: 'Resultaten voor “genk”' }).waitFor();
    const results = page.locator('.result');
    await results.first().waitFor();
    await expect(results.count()).resolves.toBeGreaterThan(3);
    await expect(page.getByRole('link', { name: 'Stad Genk' }).isVisible()).resolves.toBe(true);

    // Narrow to one kind: the URL follows, so the filtered list can be shared too.
    await page.getByLabel('Soort').selectOption('ORG_UNIT');
    await page.waitForURL(/type=ORG_UNIT/);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.result').length > 0 &&
        [...document.querySelectorAll('.result .badge')].every((b) => b.textContent === 'Dienst'),
    );
    await page.close();
  });

  test('the results open on the network view, each one drawn', async () => {
    const page = await h.open('/search?q=genk&type=ORGANISATION');
    const results = page.locator('.result');
    await results.first().waitFor();
    await screenshot(page, 'search-results');
    const ids = await page
      .locator('.result__link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/').pop()));
    expect(ids).toContain('org-stad-genk');
    await page.getByRole('link', { name: 'Toon deze resultaten in de netwerkweergave' }).click();
    await page.waitForURL(/\/graph\?show=/);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.graph-stage')?.dataset.layout === 'done',
      undefined,
      { timeout: 30_000 },
    );
    const drawn = await page.evaluate(() => {
      const container = document.querySelector('.graph-canvas') as HTMLElement & {
        _cyreg: { cy: import('cytoscape').Core };
      };
      return container._cyreg.cy.nodes().map((n) => n.id());
    });
    for (const id of ids) expect(drawn).toContain(id);
    await screenshot(page, 'graph-from-search');
    await page.close();
  });

  test('a signal found by search opens who-to-call with that signal chosen', async () => {
    const page = await h.open('/');
    await page.getByRole('combobox', { name: 'Zoeken in het netwerk' }).fill('overbewoning');
    await page
      .getByRole('option', { name: /Overbewoning.*Signaal/ })
      .first()
      .click();
    await page.waitForURL(/\?indicator=ind-hou-overcrowding/);
    await page.getByText('Gekozen signaal: Overbewoning').waitFor();
    await expect(page.getByRole('radio', { name: 'Huisvesting' }).isChecked()).resolves.toBe(true);
    await page.close();
  });
});
