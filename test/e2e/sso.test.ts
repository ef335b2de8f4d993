/**
 * Single sign-on in the browser, through a real OpenID Provider on loopback (oidc-provider, its
 * own login and consent pages): the sign-in page offers "Inloggen met <name>", a newcomer whose
 * group an administrator mapped lands signed in with the mapped role; someone without account or
 * mapping comes back to the sign-in page with the reason; the administrators' mapping section on
 * the users page adds a rule. Phone and laptop screenshots, axe-core on both pages.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startIdentityProvider, type TestIdentityProvider } from '../support/identity-provider';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { SLOW, seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  LAPTOP,
  PHONE,
  runAxe,
  SCREENSHOTS,
  screenshot,
  startHarness,
} from './support/harness';

describe.skipIf(!browserTestsEnabled())('single sign-on', () => {
  let h: Harness;
  let idp: TestIdentityProvider;
  let admin: TestUser;
  const run = randomBytes(4).toString('hex');
  const group = `e2e-coordinators-${run}`;
  const emails: string[] = [];

  beforeAll(async () => {
    h = await startHarness({
      sso: async (baseUrl) => {
        idp = await startIdentityProvider({ appUrl: baseUrl, name: 'Stad Voorbeeld' });
        return { providers: [idp.config] };
      },
    });
    admin = await createUser(h.t, 'ADMIN');
    const made = await h.t.gql(
      `mutation($i: SsoClaimMappingInput!) { createSsoClaimMapping(input: $i) { id } }`,
      {
        i: {
          provider: idp.config.id,
          claim: 'groups',
          value: group,
          role: 'COORDINATOR',
          scopeIds: ['region-prov-limburg-be'],
          createAccounts: true,
        },
      },
      admin.headers,
    );
    expect(made.errors).toBeUndefined();
  }, 300_000);

  afterAll(async () => {
    if (h) {
      await h.t.db.driver.executeQuery(
        `MATCH (m:SsoClaimMapping) WHERE m.value ENDS WITH $run DETACH DELETE m
         WITH count(*) AS _
         MATCH (u:User) WHERE u.email IN $emails
         OPTIONAL MATCH (s:Session)-[:OF]->(u) OPTIONAL MATCH (i:SsoIdentity)-[:OF]->(u)
         DETACH DELETE s, i, u`,
        { run, emails },
      );
      await removeTestUsers(h.t);
    }
    await h?.close();
    await idp?.close();
  }, 120_000);

  /** A fictional person at the provider; answers their login. */
  function person(groups: string[]): string {
    const sub = `e2e-${randomBytes(5).toString('hex')}`;
    const email = `${sub}@example.org`;
    emails.push(email);
    idp.addAccount({ sub, email, email_verified: true, name: 'Jan Janssens', groups });
    return sub;
  }

  /** Fills in the provider's own login page, then its consent page. */
  async function atProvider(page: Page, login: string) {
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  async function roleInPage(page: Page): Promise<string | null> {
    return page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { role } }' }),
      });
      const body = (await response.json()) as { data?: { me: { role: string } | null } };
      return body.data?.me?.role ?? null;
    });
  }

  for (const [viewport, size] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    test(
      `${viewport}: a mapped newcomer signs in through the provider and lands as coordinator`,
      async () => {
        const page = await h.open('/sign-in?next=%2Fnetwerk', size);
        const button = page.getByRole('link', { name: 'Inloggen met Stad Voorbeeld' });
        await button.waitFor();
        await screenshot(page, `sso-sign-in-${viewport}`, true);
        expect(seriousFindings('sign-in with providers', await runAxe(page))).toEqual([]);
        await button.click();
        await page.waitForURL((url) => url.href.startsWith(idp.issuer));
        await atProvider(page, person([group]));
        await page.waitForURL(
          (url) => url.href.startsWith(h.baseUrl) && url.pathname === '/netwerk',
        );
        expect(await roleInPage(page)).toBe('COORDINATOR');
      },
      SLOW,
    );
  }

  test(
    'someone without account or mapping comes back to the sign-in page with the reason',
    async () => {
      const page = await h.open('/sign-in', LAPTOP);
      await page.getByRole('link', { name: 'Inloggen met Stad Voorbeeld' }).click();
      await atProvider(page, person(['not-mapped']));
      await page.waitForURL((url) => url.searchParams.get('sso_error') === 'sso_no_account');
      const alert = page.locator('#sign-in-sso-error');
      await expect(alert.textContent()).resolves.toContain('U hebt geen account');
      // The message is the first thing read: it has the focus.
      await expect(alert.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await screenshot(page, 'sso-refused-laptop', true);
      expect(await roleInPage(page)).toBeNull();
    },
    SLOW,
  );

  for (const [viewport, size] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    test(
      `${viewport}: an administrator adds a claim mapping on the users page`,
      async () => {
        const page = await h.open('/', size);
        await signIn(page, h.baseUrl, admin, '/users');
        const section = page.locator('section[aria-labelledby="sso-mappings-title"]');
        await section.waitFor();
        // An empty value is refused at the field, with the summary taking the focus.
        await section.getByLabel('Waarde').fill('');
        await section.getByRole('button', { name: 'Regel toevoegen' }).click();
        await section.locator('.error-summary, [role="alert"]').first().waitFor();
        const value = `e2e-staff-${viewport}-${run}`;
        await section.getByLabel('Waarde').fill(value);
        await section.getByRole('button', { name: 'Regel toevoegen' }).click();
        await section.getByText(`Regel groups = ${value} toegevoegd.`).waitFor();
        // The new rule in the list (a table on a laptop, labelled blocks on a phone).
        await section.locator('tbody tr', { hasText: `groups = ${value}` }).waitFor();
        await section.screenshot({ path: path.join(SCREENSHOTS, `sso-mappings-${viewport}.png`) });
        expect(seriousFindings('users page with mappings', await runAxe(page))).toEqual([]);
      },
      SLOW,
    );
  }
});
