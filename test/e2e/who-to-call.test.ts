/** The three-step who-to-call flow in Dutch, French and English, as a staff member uses it. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  browserTestsEnabled,
  type Harness,
  recordMetric,
  screenshot,
  startHarness,
} from './support/harness';

const GENK_HOUSING = '/?barrier=HOUSING&region=region-mun-genk';

/** The first click-to-call link of the answer (the first call's), once it is there. */
const firstPhone = (page: Page) => page.locator('.answer a[href^="tel:"]').first();

describe.skipIf(!browserTestsEnabled())('who to call in the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('Dutch: barrier, municipality, answer with a phone number in three interactions', async () => {
    const page = await h.open('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Wie bel ik?' }).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('radio', { name: 'Huisvesting' }).waitFor();
    await screenshot(page, 'home-nl', true);

    await page.getByRole('radio', { name: 'Huisvesting' }).check(); // 1
    await page.getByRole('combobox', { name: 'Gemeente' }).fill('Gen'); // 2
    await page.getByRole('option', { name: /^Genk/ }).click(); // 3

    await firstPhone(page).waitFor();
    await expect(
      page.getByRole('heading', { name: 'Wie bel ik voor Huisvesting in Genk?' }).isVisible(),
    ).resolves.toBe(true);
    expect(new URL(page.url()).search).toBe('?barrier=HOUSING&region=region-mun-genk');
    // The first call heads the answer; then every partner on one line, nearest first: the city
    // itself, with its first number.
    await expect(page.getByRole('heading', { name: 'Bel eerst' }).isVisible()).resolves.toBe(true);
    const local = page.getByRole('region', { name: 'In de gemeente zelf' });
    const first = local.locator('.answer-row').first();
    await expect(first.locator('h4').textContent()).resolves.toBe('Stad Genk');
    await expect(first.locator('a[href^="tel:+32"]').count()).resolves.toBe(1);
    // Its line opens to the full card: every contact, with click-to-mail too.
    const toggle = first.getByRole('button', { name: 'Stad Genk' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(first.locator('.badge--LOCAL').textContent()).resolves.toBe('Lokaal');
    await expect(first.locator('a[href^="mailto:"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.answer-card').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Toon alle details' }).click();
    await expect(page.locator('.answer-card').count()).resolves.toBe(
      await page.locator('.answer-row').count(),
    );
    await page.getByRole('button', { name: 'Verberg alle details' }).click();
    await expect(page.locator('.answer-card').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Over de grens' }).isVisible()).resolves.toBe(
      true,
    );
    // Anonymous: no sharing agreements are shown, and the answer says why persons are missing.
    await expect(page.getByText('Contactpersonen zijn weggelaten').isVisible()).resolves.toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'answer-nl');
    await screenshot(page, 'answer-nl-full', true);
    await page.close();
  });

  test('French: the same three steps, with French labels and French data', async () => {
    const page = await h.open('/');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Qui appeler ?' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');

    await page.getByRole('radio', { name: 'Logement' }).check();
    await page.getByRole('combobox', { name: 'Commune' }).fill('Genk');
    await page.getByRole('option', { name: /^Genk/ }).click();

    await firstPhone(page).waitFor();
    await expect(
      page.getByRole('heading', { name: 'Qui appeler pour Logement à Genk ?' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: 'Dans la commune même' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Appelez d’abord' }).isVisible()).resolves.toBe(
      true,
    );

    // The choice is remembered: a reload stays in French.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Qui appeler ?' }).waitFor();
    await firstPhone(page).waitFor();
    await page.close();
  });

  test('English: the same three steps, with English labels and English data', async () => {
    const page = await h.open('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who do I call?' }).waitFor();

    await page.getByRole('radio', { name: 'Housing' }).check();
    await page.getByRole('combobox', { name: 'Municipality' }).fill('genk');
    await page.keyboard.press('Enter'); // one match: Enter picks it

    await firstPhone(page).waitFor();
    await expect(
      page.getByRole('heading', { name: 'Who do I call for Housing in Genk?' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('.answer__count').textContent()).resolves.toMatch(
      /^\d+ partners, nearest first\.$/,
    );
    await page.close();
  });

  test('the municipality is remembered: next time one click gives the answer', async () => {
    const page = await h.open('/');
    await page.getByRole('radio', { name: 'Werving' }).check();
    await page.getByRole('combobox', { name: 'Gemeente' }).fill('Hasselt');
    await page.getByRole('option', { name: /^Hasselt/ }).click();
    await firstPhone(page).waitFor();

    await page.goto(`${h.baseUrl}/`);
    await expect(page.getByRole('combobox', { name: 'Gemeente' }).inputValue()).resolves.toBe(
      'Hasselt',
    );
    await expect(page.getByText('Onthouden van de vorige keer.').isVisible()).resolves.toBe(true);
    await page.getByRole('radio', { name: 'Financiën' }).check(); // the only interaction
    await firstPhone(page).waitFor();
    await expect(
      page.getByRole('heading', { name: 'Wie bel ik voor Financiën in Hasselt?' }).isVisible(),
    ).resolves.toBe(true);
    await page.close();
  });

  test('a signal chooses the barrier; an exploitation form narrows the answer', async () => {
    const page = await h.open('/?region=region-mun-genk');
    await page.getByRole('combobox', { name: 'Of kies een signaal' }).fill('overbewon');
    await page.getByRole('option', { name: /^Overbewoning/ }).click();
    await firstPhone(page).waitFor();
    await expect(page.getByRole('radio', { name: 'Huisvesting' }).isChecked()).resolves.toBe(true);
    await expect(page.getByText('Gekozen signaal: Overbewoning').isVisible()).resolves.toBe(true);
    expect(page.url()).toContain('indicator=ind-hou-overcrowding');

    await page.getByRole('combobox', { name: 'Vorm van uitbuiting' }).selectOption('SEXUAL');
    await page.waitForURL(/form=SEXUAL/);
    await firstPhone(page).waitFor();
    await page.close();
  });

  test('an answer is a shareable URL, can be saved as vCards and has a print layout', async () => {
    const page = await h.open(GENK_HOUSING);
    await firstPhone(page).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bewaar als vCards' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('wie-bel-ik-huisvesting-genk.vcf');
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(text).toContain('ORG:Stad Genk');
    expect(text).toMatch(/TEL;TYPE=WORK,VOICE:\+32\d+/);
    expect(text.match(/BEGIN:VCARD/g)?.length).toBeGreaterThan(10);

    // The print stylesheet keeps the answer to one A4 page.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBe(1);
    await page.close();
  });

  test('time from navigation to an answer on the seed data', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/healthz`);
    // First visit of this browser profile: nothing cached yet.
    const coldMs = await timeToAnswer(page, h.baseUrl + GENK_HOUSING);
    // Then five other questions, the app's files now in the browser cache.
    const warm: number[] = [];
    for (const [barrier, region] of [
      ['WORK', 'antwerpen'],
      ['FINANCES', 'tilburg'],
      ['IDENTITY', 'hasselt'],
      ['ENTRY', 'breda'],
      ['RECRUITMENT', 'eindhoven'],
    ]) {
      warm.push(
        await timeToAnswer(page, `${h.baseUrl}/?barrier=${barrier}&region=region-mun-${region}`),
      );
    }
    const median = [...warm].sort((a, b) => a - b)[2] as number;
    await recordMetric('timeToAnswerColdMs', Math.round(coldMs));
    await recordMetric('timeToAnswerWarmMedianMs', Math.round(median));
    expect(coldMs).toBeLessThan(5000);
    await page.close();
  });
});

/** Milliseconds from navigation start until the first click-to-call link of the answer shows. */
async function timeToAnswer(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (document.querySelector('.answer a[href^="tel:"]') ? performance.now() : false),
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}
