/** Sign-in, sign-out and the personal-data rule, seen from the browser. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers } from '../support/users';
import { browserTestsEnabled, type Harness, startHarness } from './support/harness';

const GENK_HOUSING = '/?barrier=HOUSING&region=region-mun-genk';
// A fictional contact person of the seed data: backup for housing at Stad Genk.
const PERSON = 'Koen Maes';

describe.skipIf(!browserTestsEnabled())('personal data in the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    if (h) await removeTestUsers(h.t);
    await h?.close();
  });

  test('anonymous visitors see contact points, never persons, and are told why', async () => {
    const page = await h.open(GENK_HOUSING);
    await page.locator('.answer a[href^="tel:"]').first().waitFor();
    // Every partner's full card, as a visitor who wants all details sees it.
    await page.getByRole('button', { name: 'Toon alle details' }).click();
    await page.locator('.answer-card').first().waitFor();
    await expect(page.getByText(PERSON).count()).resolves.toBe(0);
    await expect(
      page.locator('.contact--person, .answer-card .contact').count(),
    ).resolves.toBeGreaterThan(0);
    await expect(
      page
        .getByText('U ziet alleen publieke gegevens. Contactpersonen zijn zichtbaar na aanmelden.')
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      page
        .getByText('Meld u aan om te zien wat uw organisatie met deze partner mag delen.')
        .first()
        .isVisible(),
    ).resolves.toBe(true);

    // A person's own page asks to sign in and shows none of their details.
    await page.goto(`${h.baseUrl}/contact/person-koen-maes`);
    await page.getByText('Dit is een contactpersoon. Meld u aan om de gegevens te zien.').waitFor();
    await expect(page.locator('a[href^="tel:"]').count()).resolves.toBe(0);
    await expect(page.getByText(PERSON).count()).resolves.toBe(0);

    // So does the organisation page.
    await page.goto(`${h.baseUrl}/organisation/org-stad-genk`);
    await page.getByRole('heading', { level: 1, name: /Stad Genk/ }).waitFor();
    await expect(page.getByText(PERSON).count()).resolves.toBe(0);
    await page.close();
  });

  test('a wrong password says so', async () => {
    const page = await h.open('/sign-in');
    await page.getByLabel('E-mailadres').fill('nobody@example.org');
    await page.getByLabel('Wachtwoord').fill('not-the-password');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).last().click();
    await page
      .getByRole('alert')
      .getByText('Onbekend e-mailadres of verkeerd wachtwoord.')
      .waitFor();
    await page.close();
  });

  test('after sign-in the header shows name and role, and answers include persons', async () => {
    const user = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
    const page = await h.open(GENK_HOUSING);
    await page.locator('.answer a[href^="tel:"]').first().waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Aanmelden' }).click();
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill(user.password);
    await page.getByRole('main').getByRole('button', { name: 'Aanmelden' }).click();

    // Back on the answer it came from, now with persons and what may be shared.
    await page.waitForURL(`${h.baseUrl}${GENK_HOUSING}`);
    await page.getByRole('button', { name: 'Toon alle details' }).click();
    await page.getByText(PERSON).first().waitFor();
    const account = page.getByRole('banner').locator('.user-menu__summary');
    await expect(account.textContent()).resolves.toContain('Test staff');
    await expect(account.textContent()).resolves.toContain('Medewerker');
    await expect(page.getByText('Dit is uw eigen organisatie.').isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText(/^Rechtsgrond:/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('Contactpersonen zijn weggelaten').count()).resolves.toBe(0);

    // The person's page opens too, with click-to-call.
    await page.getByRole('link', { name: PERSON }).first().click();
    await page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
    await expect(page.locator('a[href^="tel:"]').count()).resolves.toBe(1);

    // Sign out: persons are gone again.
    await page.goto(h.baseUrl + GENK_HOUSING);
    await page.getByRole('button', { name: 'Toon alle details' }).click();
    await page.getByText(PERSON).first().waitFor();
    await account.click();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Aanmelden' }).waitFor();
    await page.getByText('Contactpersonen zijn weggelaten').waitFor();
    await expect(page.getByText(PERSON).count()).resolves.toBe(0);
    await page.close();
  });
});
