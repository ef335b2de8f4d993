/**
 * The coordinators' weekly digest in the browser: its "no more digests" link turns it off with one
 * button and without signing in (opening the link alone changes nothing), a made-up link says what
 * to do, and the coordinator turns it on again from the account menu's "Mail" page. The links are
 * made as the digest job makes them (DigestRepository.openLink); the mail itself is checked in
 * test/server/digest-mail.test.ts. Screenshots on a phone and a laptop; axe finds nothing serious.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIGEST_STOP_PATH } from '../../server/src/digest/digest';
import { createRepositories } from '../../server/src/repositories';
import { hashToken, newToken } from '../../server/src/shared/tokens';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { SLOW, seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  screenshotSizes,
  startHarness,
} from './support/harness';

describe.skipIf(!browserTestsEnabled())('the weekly digest in the browser', () => {
  let h: Harness;
  let coordinator: TestUser;

  async function digestOn(): Promise<boolean> {
    const { records } = await h.t.db.driver.executeQuery(
      'MATCH (u:User {id: $id}) RETURN coalesce(u.digestMail, true) AS on',
      { id: coordinator.id },
    );
    return records[0]!.get('on') as boolean;
  }

  beforeAll(async () => {
    h = await startHarness();
    coordinator = await createUser(h.t, 'COORDINATOR', {
      scopeRegionIds: ['region-prov-limburg-be'],
    });
  }, SLOW);

  afterAll(async () => {
    if (h) await removeTestUsers(h.t);
    await h?.close();
  }, SLOW);

  test(
    'the opt-out link turns the digest off with one button; the account page turns it on again',
    async () => {
      const token = newToken();
      const repos = createRepositories(h.t.db);
      await repos.digest.openLink({
        id: `digest-${coordinator.id}-e2e-${randomBytes(3).toString('hex')}`,
        userId: coordinator.id,
        hash: hashToken(token),
      });

      const page = await h.open('/');
      await page.goto(`${h.baseUrl}${DIGEST_STOP_PATH}#${token}`);
      await page.getByRole('heading', { level: 1, name: 'Geen weekoverzicht meer' }).waitFor();
      // The token leaves the address bar, and opening the link changed nothing.
      expect(new URL(page.url()).hash).toBe('');
      expect(await digestOn()).toBe(true);
      await screenshotSizes(page, 'digest-stop');
      expect(seriousFindings('stop digest', await runAxe(page))).toEqual([]);

      await page.getByRole('button', { name: 'Zet het weekoverzicht uit' }).click();
      await page.getByText('Het weekoverzicht staat uit: u krijgt het niet meer.').waitFor();
      expect(await digestOn()).toBe(false);
      await screenshotSizes(page, 'digest-stopped');

      // A made-up link: refused with what to do, and the setting stays as it is.
      const madeUp = await h.open('/');
      await madeUp.goto(`${h.baseUrl}${DIGEST_STOP_PATH}#${newToken()}`);
      await madeUp.getByRole('button', { name: 'Zet het weekoverzicht uit' }).click();
      await madeUp
        .getByRole('alert')
        .getByText(
          'Deze link klopt niet (onvolledig gekopieerd?); open de link uit de mail opnieuw',
        )
        .waitFor();

      // Signed in, from the account menu: the page says it is off, one button turns it on.
      const account = await h.open('/');
      await signIn(account, h.baseUrl, coordinator, '/');
      await account.locator('.user-menu__summary').click();
      await account.getByRole('link', { name: 'Mail', exact: true }).click();
      await account.getByRole('heading', { level: 1, name: 'Mail van CONFINE' }).waitFor();
      await account.getByText('Het weekoverzicht staat uit.').waitFor();
      await account.getByRole('button', { name: 'Zet het weekoverzicht aan' }).click();
      await account.getByText('Opgeslagen: u krijgt elke week het overzicht.').waitFor();
      await account.getByText('Het weekoverzicht staat aan.').waitFor();
      expect(await digestOn()).toBe(true);
      await screenshotSizes(account, 'digest-account');
      expect(seriousFindings('mail settings', await runAxe(account))).toEqual([]);
    },
    SLOW,
  );
});
