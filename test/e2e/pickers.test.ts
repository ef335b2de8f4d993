/**
 * Pickers that understand staff's words, in the browser: the signal picker finds car-wash signals
 * for "wasstraat", "carwash" and "car wash", the municipality picker finds Tilburg for "Tilbrug"
 * and offers the nearest names when nothing matches, the form step says what the chosen form
 * changed, and a coordinator keeps the words on /coordinate/vocabulary.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  LAPTOP,
  PHONE,
  runAxe,
  startHarness,
} from './support/harness';

/** Where the screenshots of this feature go, to be looked at (phone and laptop). */
const SHOTS = process.env.PICKER_SHOTS_DIR ?? path.resolve('test-results/screenshots/pickers');

/** Saves the viewport; with `top`, that element is scrolled to near the top first (its list below). */
async function shot(page: Page, name: string, top?: string) {
  await mkdir(SHOTS, { recursive: true });
  if (top) {
    await page
      .locator(top)
      .first()
      .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
  }
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** The labels of the options the open list shows. */
async function optionLabels(page: Page): Promise<string[]> {
  return page.locator('[role="listbox"]:visible .combobox__label').allTextContents();
}

describe.skipIf(!browserTestsEnabled())('pickers that understand staff’s words', () => {
  let h: Harness;
  let coordinator: TestUser;
  let carWashNames: string[];
  beforeAll(async () => {
    h = await startHarness();
    coordinator = await createUser(h.t, 'COORDINATOR', { scopeRegionIds: ['region-mun-genk'] });
    const { records } = await h.t.db.driver.executeQuery(
      `MATCH (i:Indicator)-[:SEEN_IN]->(:Sector {code: 'CAR_WASH'}) RETURN collect(i.nameNl) AS names`,
    );
    carWashNames = records[0]?.get('names') as string[];
  });
  afterAll(async () => {
    if (h) await removeTestUsers(h.t);
    await h?.close();
  });

  for (const [viewport, size] of [
    ['phone', PHONE],
    ['laptop', LAPTOP],
  ] as const) {
    test(`${viewport}: the signal picker finds car-wash signals for staff's words`, async () => {
      const page = await h.open('/?region=region-mun-genk', size);
      const signal = page.getByRole('combobox', { name: 'Of kies een signaal' });
      for (const words of ['carwash', 'car wash', 'wasstraat']) {
        await signal.fill(words);
        await page.getByText(/signa(al|len) gevonden/).waitFor({ state: 'attached' });
        const labels = await optionLabels(page);
        expect(labels.length, words).toBeGreaterThan(2);
        expect(carWashNames, `${words}: ${labels[0]}`).toContain(labels[0]);
      }
      await shot(page, `signal-wasstraat-${viewport}`, '#signal');
      await page.getByRole('option', { name: /^Schijnzelfstandigheid/ }).click();
      await page.getByText('Gekozen signaal: Schijnzelfstandigheid').waitFor();
      await expect(
        page.getByRole('radio', { name: 'Werk en exploitatie' }).isChecked(),
      ).resolves.toBe(true);
      await page.close();
    });

    test(`${viewport}: the municipality picker finds Tilburg for "Tilbrug", and says when nothing matches`, async () => {
      const page = await h.open('/?barrier=WORK', size);
      const place = page.getByRole('combobox', { name: 'Gemeente' });
      await place.fill('Tillburgg');
      await page.getByText('Niets gevonden voor “Tillburgg”. Bedoelt u:').waitFor();
      await expect(optionLabels(page)).resolves.toContain('Tilburg');
      await shot(page, `place-nearest-${viewport}`, '#place');

      await place.fill('Tilbrug');
      await page.getByText(/gemeenten? gevonden/).waitFor({ state: 'attached' });
      await expect(optionLabels(page).then((l) => l[0])).resolves.toBe('Tilburg');
      await shot(page, `place-tilbrug-${viewport}`, '#place');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(/region=region-mun-tilburg/);
      await page.locator('.answer-row__reach a[href^="tel:"]').first().waitFor();
      await page.close();
    });
  }

  test('a former municipality finds the one that took its place', async () => {
    const page = await h.open('/?barrier=HOUSING', LAPTOP);
    await page.getByRole('combobox', { name: 'Gemeente' }).fill('Borsbeek');
    await page.getByRole('option', { name: /^Antwerpen.*vroeger Borsbeek/ }).click();
    await page.waitForURL(/region=region-mun-antwerpen/);
    await page.close();
  });

  test('a postal code finds its municipality outside the demo cities, says which locality matched, and gets an answer', async () => {
    const page = await h.open('/?barrier=HOUSING', LAPTOP);
    await page.getByRole('combobox', { name: 'Gemeente' }).fill('1020');
    await page.getByRole('option', { name: /^Brussel.*omvat 1020 Laken/ }).click();
    await page.waitForURL(/region=region-be-nis-21004/);
    // Nobody local covers Brussels in the demo: the answer still lists the national partners.
    await page.locator('.answer-row').first().waitFor();
    await page.close();
  });

  test('choosing a form of exploitation: the page says in one sentence what changed', async () => {
    const page = await h.open('/?barrier=WORK&region=region-mun-genk', LAPTOP);
    await page.locator('.answer-row__reach a[href^="tel:"]').first().waitFor();
    await page.getByRole('combobox', { name: 'Vorm van uitbuiting' }).selectOption('SEXUAL');
    const note = page.locator('.form-effect');
    await note.getByText('Omdat u “Seksuele uitbuiting” koos:').waitFor();
    const sentence = await note.textContent();
    expect(sentence).toMatch(/partners die deze vorm behandelen, staan eerst/);
    expect(sentence).toMatch(
      /4 partners die alleen andere vormen behandelen, zijn weggelaten \(.*Toezicht op de Sociale Wetten.*\)/,
    );
    // The partners left out are not in the answer.
    await expect(
      page.locator('.answer-row h4', { hasText: 'Toezicht op de Sociale Wetten' }).count(),
    ).resolves.toBe(0);
    await shot(page, 'form-effect-laptop', '#exploitation-form');
    const phone = await h.open('/?barrier=WORK&region=region-mun-genk&form=SEXUAL', PHONE);
    await phone.locator('.form-effect').getByText('Omdat u').waitFor();
    await shot(phone, 'form-effect-phone', '#exploitation-form');
    expect(seriousFindings('who-to-call with a form', await runAxe(page))).toEqual([]);
    await phone.close();
    await page.close();
  });

  test('a coordinator adds a word on /coordinate/vocabulary; a repeated word is refused on its line; the picker then finds it', async () => {
    const { records } = await h.t.db.driver.executeQuery(
      `MATCH (s:Sector {id: 'sector-car-wash'}) RETURN s.synonymsNl AS nl`,
    );
    const before = records[0]?.get('nl') as string[];
    const page = await h.context.newPage();
    await page.setViewportSize(LAPTOP);
    try {
      await signIn(page, h.baseUrl, coordinator, '/coordinate/vocabulary');
      await page.getByRole('heading', { level: 1, name: 'Woorden van medewerkers' }).waitFor();
      await page.getByRole('textbox', { name: 'Zoek een term of woord' }).fill('wasstraat');
      const term = page.locator('details', { hasText: 'Handcarwash' }).first();
      await term.locator('summary').click();
      const dutch = term.getByRole('textbox', { name: 'Nederlands' });
      await expect(dutch.inputValue()).resolves.toContain('wasstraat');
      await dutch.fill(`${before.join('\n')}\npoetsploeg\nCarwash`);
      await term.getByRole('button', { name: 'Opslaan' }).click();
      const line = before.length + 2;
      await page
        .getByRole('alert')
        .getByText(`Nederlands, regel ${line}: Deze waarde staat er al`)
        .waitFor();
      await expect(dutch.getAttribute('aria-invalid')).resolves.toBe('true');
      await shot(page, 'vocabulary-error-laptop', '.vocabulary__term[open]');
      expect(seriousFindings('vocabulary page', await runAxe(page))).toEqual([]);

      await dutch.fill(`${before.join('\n')}\npoetsploeg`);
      await term.getByRole('button', { name: 'Opslaan' }).click();
      await term.getByText('Opgeslagen.').waitFor();

      await page.setViewportSize(PHONE);
      await shot(page, 'vocabulary-saved-phone', '.vocabulary__term[open]');

      const home = await h.open('/?region=region-mun-genk', LAPTOP);
      await home.getByRole('combobox', { name: 'Of kies een signaal' }).fill('poetsploeg');
      await home.getByText(/signalen gevonden/).waitFor({ state: 'attached' });
      const labels = await optionLabels(home);
      expect(labels.length).toBe(carWashNames.length);
      await home.close();
    } finally {
      // Back to the seed's words, the way the page saves them (the search text follows).
      const now = await h.t.db.driver.executeQuery(
        `MATCH (s:Sector {id: 'sector-car-wash'}) RETURN s.version AS v`,
      );
      const restored = await h.t.gql(
        `mutation($v: Int!, $nl: [String!]) {
          setSynonyms(id: "sector-car-wash", version: $v, synonyms: {nl: $nl}) { __typename } }`,
        { v: Number(now.records[0]?.get('v')), nl: before },
        coordinator.headers,
      );
      expect(restored.errors).toBeUndefined();
      await page.close();
    }
  });
});
