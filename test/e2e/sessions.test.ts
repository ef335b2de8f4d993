/**
 * Where you are signed in: a user signs out another browser from /account/sessions (reached from
 * the user menu); that browser is signed out at its next step, this one stays signed in. On a
 * phone and a laptop, with axe-core.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers } from '../support/users';
import { SLOW, seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

describe.skipIf(!browserTestsEnabled())('where you are signed in', () => {
  let h: Harness;
  let other: BrowserContext | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await other?.close();
    if (h) await removeTestUsers(h.t);
    await h?.close();
  });

  for (const [viewport, size] of [
    ['laptop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(
      `${viewport}: signing out the other browser ends its session, not this one`,
      async () => {
        // A user of its own per run (so no session of an earlier run is listed), signed in in
        // another browser: its own cookies.
        const user = await createUser(h.t, 'STAFF');
        await other?.close();
        const browser = h.context.browser();
        if (!browser) throw new Error('the harness has no browser');
        other = await browser.newContext();
        const away = await other.newPage();
        await signIn(away, h.baseUrl, user, '/');
        await away.locator('.user-menu__summary').waitFor();

        const page = await h.open('/', size);
        await signIn(page, h.baseUrl, user, '/');
        await page.locator('.user-menu__summary').click();
        await page.getByRole('link', { name: 'Waar ik ben aangemeld' }).click();
        await page.getByRole('heading', { level: 1, name: 'Waar u bent aangemeld' }).waitFor();
        const items = page.locator('.session-list__item');
        // This browser is marked and cannot be signed out here; the other one can.
        const here = items.filter({ hasText: 'deze sessie' });
        await expect(here.count()).resolves.toBe(1);
        await expect(here.getByRole('button').count()).resolves.toBe(0);
        const browsers = items.filter({ hasText: 'Browser' }).filter({ hasNotText: 'deze sessie' });
        await expect(browsers.count()).resolves.toBe(1);
        await screenshot(page, `sessions-${viewport}`, true);
        expect(seriousFindings('/account/sessions', await runAxe(page))).toEqual([]);

        await browsers.getByRole('button', { name: 'Afmelden: Browser' }).click();
        await page.getByRole('status').getByText('Afgemeld: Browser.').waitFor();
        await expect(
          items.filter({ hasText: 'Browser' }).filter({ hasNotText: 'deze sessie' }).count(),
        ).resolves.toBe(0);

        // The other browser is signed out at its next step; this one is not.
        await away.reload();
        await away.getByRole('link', { name: 'Aanmelden', exact: true }).waitFor();
        await page.reload();
        await page.locator('.user-menu__summary').waitFor();
        await page.getByRole('heading', { level: 1, name: 'Waar u bent aangemeld' }).waitFor();
        await page.close();
      },
      SLOW,
    );
  }
});
