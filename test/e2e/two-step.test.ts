/**
 * Two-step verification in the browser: a user sets it up on /account/two-step (QR code, the key
 * in text, a code computed here with otplib from that key, ten recovery codes), signs out and
 * signs in again with a code at the sign-in page's second step. On a laptop and a phone, with
 * axe-core on the set-up and on the second step.
 */
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { startSeededNeo4j } from '../support/own-neo4j';
import { createUser, removeTestUsers } from '../support/users';
import { SLOW, seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

const START_SECOND_FACTOR_ENROLMENT = graphql('mutation { startSecondFactorEnrolment { secret } }');
const SECOND_FACTOR_ROLES = graphql('{ secondFactorRoles }');
const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { secondFactorSetupRequired } }',
);

describe.skipIf(!browserTestsEnabled())('two-step verification', () => {
  let h: Harness;
  let own: Awaited<ReturnType<typeof startSeededNeo4j>> | undefined;
  beforeAll(async () => {
    // Its own Neo4j: requiring a second factor for a role would reach every file beside it.
    own = await startSeededNeo4j();
    h = await startHarness({ neo4jUri: own.uri });
  }, 600_000);
  afterAll(async () => {
    if (h) await removeTestUsers(h.t);
    await h?.close();
    await own?.dispose();
  }, 120_000);

  for (const [viewport, size] of [
    ['laptop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(
      `${viewport}: set it up on the account page, sign out, sign in with a code`,
      async () => {
        const user = await createUser(h.t, 'STAFF');
        const page = await h.open('/', size);
        await signIn(page, h.baseUrl, user, '/');
        await page.locator('.user-menu__summary').click();
        await page.getByRole('link', { name: 'Tweestapsverificatie' }).click();
        await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' }).waitFor();
        await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
        const qr = page.getByRole('img', {
          name: 'QR-code om te scannen met uw authenticator-app',
        });
        await qr.waitFor();
        // The QR code has loaded and has a size (an SVG data URL drawn on the server).
        await expect(
          qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        ).resolves.toBe(true);
        // The key as shown (in groups of four), after its label for screen readers.
        const shown = (await page.locator('.two-step__secret').textContent()) ?? '';
        const secret = shown.replace(/^[^:]*:/, '').replace(/\s+/g, '');
        expect(secret).toMatch(/^[A-Z2-7]{32}$/);
        await screenshot(page, `two-step-setup-${viewport}`, true);
        expect(seriousFindings('/account/two-step (set-up)', await runAxe(page))).toEqual([]);

        // No code: the error summary takes the focus and the field says what to fix.
        await page.getByRole('button', { name: 'Bevestigen' }).click();
        const summary = page.locator('.auth-summary');
        await summary.getByText('Typ de code uit uw authenticator-app').waitFor();
        await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
        await expect(
          page.getByLabel('Code (6 cijfers)').getAttribute('aria-invalid'),
        ).resolves.toBe('true');

        await page.getByLabel('Code (6 cijfers)').fill(await generate({ secret }));
        await page.getByRole('button', { name: 'Bevestigen' }).click();
        await page.getByRole('status').getByText('Tweestapsverificatie staat aan.').waitFor();
        await expect(page.locator('.two-step__codes li').count()).resolves.toBe(10);
        await screenshot(page, `two-step-recovery-codes-${viewport}`, true);

        await page.locator('.user-menu__summary').click();
        await page.getByRole('button', { name: 'Afmelden' }).click();
        // Signed out (the header offers to sign in again) before the sign-in page is opened.
        await page.getByRole('link', { name: 'Aanmelden', exact: true }).first().click();
        await page.getByLabel('E-mailadres').fill(user.email);
        await page.getByLabel('Wachtwoord').fill(user.password);
        await page.locator('form').getByRole('button', { name: 'Aanmelden' }).click();
        await page.getByRole('heading', { level: 1, name: 'Code uit uw app' }).waitFor();
        await screenshot(page, `sign-in-code-${viewport}`, true);
        expect(seriousFindings('/sign-in (second step)', await runAxe(page))).toEqual([]);

        // A wrong code: refused at the field; nothing signed in.
        const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
        await page.getByLabel('Code (6 cijfers)').fill(next === '000000' ? '111111' : '000000');
        await page.locator('form').getByRole('button', { name: 'Aanmelden' }).click();
        await page.locator('.auth-field__error').getByText('Deze code klopt niet').waitFor();
        await screenshot(page, `sign-in-code-wrong-${viewport}`, true);
        expect(seriousFindings('/sign-in (wrong code)', await runAxe(page))).toEqual([]);
        // The code of the next time step (the current one was used to confirm the set-up).
        await page.getByLabel('Code (6 cijfers)').fill(next);
        await page.locator('form').getByRole('button', { name: 'Aanmelden' }).click();
        await page.locator('.user-menu__summary').waitFor();
        await page.close();
      },
      SLOW,
    );
  }

  test(
    'an administrator requires it for a role and resets a lost device on the users page',
    async () => {
      const admin = await createUser(h.t, 'ADMIN');
      const user = await createUser(h.t, 'COORDINATOR');
      const started = await h.t.gql(START_SECOND_FACTOR_ENROLMENT, {}, user.headers);
      const secret = started.data!.startSecondFactorEnrolment.secret;
      await h.t.gql(
        'mutation($c: String!) { confirmSecondFactorEnrolment(code: $c) { recoveryCodes } }',
        { c: await generate({ secret }) },
        user.headers,
      );
      const page = await h.open('/', { width: 1280, height: 800 });
      try {
        await signIn(page, h.baseUrl, admin, '/users');
        const policy = page.getByRole('region', { name: 'Tweestapsverificatie verplicht' });
        await policy.getByLabel('Coördinator').check();
        await policy.getByRole('button', { name: 'Opslaan' }).click();
        await policy.getByText('Opgeslagen.').waitFor();
        const roles = await h.t.gql(SECOND_FACTOR_ROLES, {}, admin.headers);
        expect(roles.data?.secondFactorRoles).toEqual(['COORDINATOR']);

        const item = page.locator('.user-list__item').filter({ hasText: user.email });
        await item.getByText('tweestapsverificatie aan').waitFor();
        await item.getByRole('button', { name: /wijzigen$/ }).click();
        await item.getByRole('button', { name: 'Tweestapsverificatie terugzetten…' }).click();
        await item.getByRole('button', { name: /^Ja, terugzetten voor/ }).click();
        await item.getByText('teruggezet; de gebruiker is overal afgemeld').waitFor();
        // The reloaded list no longer marks the account.
        await item.getByText('tweestapsverificatie aan').waitFor({ state: 'detached' });
        await screenshot(page, 'admin-two-step', true);
        expect(seriousFindings('/users (two-step)', await runAxe(page))).toEqual([]);
        // The user's sessions ended; their role now requires a second factor they no longer have.
        const me = await h.t.gql('{ me { email } }', {}, user.headers);
        expect(me.data).toEqual({ me: null });
        const again = await h.t.gql(SIGN_IN, { e: user.email, p: user.password });
        expect(again.data?.signIn.secondFactorSetupRequired).toBe(true);
      } finally {
        await h.t.gql('mutation { setSecondFactorRoles(roles: []) }', {}, admin.headers);
        await page.close();
      }
    },
    SLOW,
  );
});
