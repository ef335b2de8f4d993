import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { linkIn, startTestSmtp, type TestSmtp } from '../support/smtp';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { SLOW, seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  screenshotSizes,
  startHarness,
} from './support/harness';

const ME = graphql('{ me { email } }');

const PASSWORD = 'Kalkoen paraplu vijver 93 mistig';

/** Screenshots of `page` on a laptop and a phone, as test-results and mail-<name>-*.png. */
/** The signed-in user's e-mail address as the API sees this browser, or null. */
const whoAmI = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const body = (await response.json()) as { data?: { me: { email: string } | null } };
    return body.data?.me?.email ?? null;
  });

/** The app page a mail's link opens: its path and fragment, on this test server. */
const opened = (h: Harness, url: string) =>
  `${h.baseUrl}${new URL(url).pathname}${new URL(url).hash}`;

describe.skipIf(!browserTestsEnabled())('account mail in the browser', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let admin: TestUser;
  let forgetful: TestUser;
  const invitee = `e2e-account-invited-${Date.now()}@example.org`;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ mail: { smtpUrl: smtp.url, publicUrl: 'http://confine.test' } });
    admin = await createUser(h.t, 'ADMIN');
    forgetful = await createUser(h.t, 'STAFF');
  }, SLOW);
  afterAll(async () => {
    if (h) {
      await h.t.db.driver.executeQuery(
        `MATCH (u:User {email: $email}) OPTIONAL MATCH (x)-[:OF|FOR]->(u) DETACH DELETE x, u`,
        { email: invitee },
      );
      await h.t.db.driver.executeQuery(
        `MATCH (x:AccountToken)-[:FOR]->(:User {test: true}) DETACH DELETE x`,
      );
      await removeTestUsers(h.t);
    }
    await h?.close();
    await smtp?.close();
  }, SLOW);

  test(
    'an administrator invites a user, who chooses a password from the mail and is signed in',
    async () => {
      const page = await h.open('/');
      await signIn(page, h.baseUrl, admin, '/users');
      const form = page.locator('#new-user');
      await form.getByLabel('Naam').fill('Ilse Uitgenodigd (E2E)');
      await form.getByLabel('E-mailadres').fill(invitee);
      await expect(
        form.getByRole('checkbox', { name: /Uitnodigen per e-mail/ }).isChecked(),
      ).resolves.toBe(true);
      await form.getByRole('button', { name: 'Account aanmaken' }).click();
      await page.getByText('Er is een uitnodiging gemaild').waitFor();
      await expect(page.locator('code.secret').count()).resolves.toBe(0);

      const mail = await smtp.next(invitee);
      expect(mail.subject).toBe('Uw account voor CONFINE');
      const link = linkIn(mail, '/accept-invitation');
      const user = await h.open('/');
      await user.goto(opened(h, link.url));
      await user.getByRole('heading', { level: 1, name: 'Uw account activeren' }).waitFor();
      // The token leaves the address bar once the page has it.
      expect(new URL(user.url()).hash).toBe('');
      await screenshotSizes(user, 'mail-accept-invitation');
      expect(seriousFindings('accept invitation', await runAxe(user))).toEqual([]);

      await user.getByLabel('Nieuw wachtwoord').fill('azertyuiop12');
      await user.getByLabel('Herhaal het wachtwoord').fill('azertyuiop12');
      await user.getByRole('button', { name: 'Opslaan en aanmelden' }).click();
      await user.getByText(/Is een reeks/).waitFor();
      await user.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
      await user.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
      await user.getByRole('button', { name: 'Opslaan en aanmelden' }).click();
      await user.getByText('U bent aangemeld als Ilse Uitgenodigd (E2E)').waitFor();
      await expect(whoAmI(user)).resolves.toBe(invitee);

      // The same link again: refused, and nothing changes (test/server/account-mail.test.ts
      // covers every refusal in depth).
      const again = await h.t.gql(
        'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { user { id } } }',
        { t: link.token, p: `${PASSWORD} bis` },
      );
      const problems = (again.errors?.[0]?.extensions?.fieldErrors ?? []) as { code: string }[];
      expect(problems.map((p) => p.code)).toEqual(['link_used']);
      await expect(whoAmI(user)).resolves.toBe(invitee);
    },
    SLOW * 2,
  );

  test(
    'a user who forgot their password asks for a link, sets a new password and signs in with it',
    async () => {
      const page = await h.open('/sign-in');
      await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
      await page.getByLabel('E-mailadres').fill(forgetful.email);
      await page.getByRole('button', { name: 'Stuur mij een link' }).click();
      await page.getByText(`Als er een account is voor ${forgetful.email}`).waitFor();
      await screenshotSizes(page, 'mail-forgot-password');

      const mail = await smtp.next(forgetful.email);
      const link = linkIn(mail, '/reset-password');
      const reset = await h.open('/');
      await reset.goto(opened(h, link.url));
      await reset.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
      await screenshotSizes(reset, 'mail-reset-password');
      expect(seriousFindings('reset password', await runAxe(reset))).toEqual([]);
      await reset.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
      await reset.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
      await reset.getByRole('button', { name: 'Opslaan en aanmelden' }).click();
      await reset.getByText('Uw wachtwoord is opgeslagen').waitFor();
      const notice = await smtp.next(forgetful.email);
      expect(notice.subject).toBe('Uw wachtwoord voor CONFINE is gewijzigd');
      // The session the user had before (the test's bearer token) has ended.
      const old = await h.t.gql(ME, {}, forgetful.headers);
      expect(old.data?.me).toBeNull();

      // Signing in afresh with the new password.
      const fresh = await h.open('/sign-in');
      await fresh.getByLabel('E-mailadres').fill(forgetful.email);
      await fresh.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
      await fresh.getByRole('button', { name: 'Aanmelden' }).click();
      await fresh.waitForURL(`${h.baseUrl}/`);
      await expect(whoAmI(fresh)).resolves.toBe(forgetful.email);
    },
    SLOW * 2,
  );
});
