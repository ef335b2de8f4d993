/**
 * axe-core over every page of the app (the routes of client/src/app/routes.tsx and of the
 * coordinate feature, pages with an id given one from the demo network) as an anonymous visitor
 * and as staff, coordinator and administrator: no critical or serious finding on any of them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { LIMBURG, seriousFindings, signIn } from './coordinator-support';
import { browserTestsEnabled, type Harness, runAxe, startHarness } from './support/harness';

describe.skipIf(!browserTestsEnabled())('axe-core over every page as every role', () => {
  let h: Harness;
  const users: Record<string, TestUser | null> = {};
  let routes: string[] = [];

  /** The first id of a kind in the demo network (ordered, so the pick is stable). */
  async function first(label: string, where = 'true'): Promise<string> {
    const { records } = await h.t.db.driver.executeQuery(
      `MATCH (n:${label}) WHERE ${where} RETURN n.id AS id ORDER BY id LIMIT 1`,
    );
    const id = records[0]?.get('id') as string | undefined;
    if (!id) throw new Error(`the seed has no ${label}`);
    return encodeURIComponent(id);
  }

  beforeAll(async () => {
    h = await startHarness();
    users.anonymous = null;
    users.staff = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
    users.coordinator = await createUser(h.t, 'COORDINATOR', LIMBURG);
    users.administrator = await createUser(h.t, 'ADMIN');
    const unit = await first('OrgUnit', "(n)-[:PART_OF]->(:Organisation {id: 'org-stad-genk'})");
    const agreement = await first('SharingAgreement');
    const measure = await first('Measure');
    const person = await first('Person', "n.status = 'ACTIVE'");
    routes = [
      '/',
      '/?barrier=HOUSING&region=region-mun-genk',
      '/barrier/HOUSING',
      '/organisation/org-stad-genk',
      '/contact/cp-genk-mensenhandel',
      `/contact/${person}`,
      '/municipality/region-mun-genk',
      '/search?q=genk',
      '/sign-in',
      '/forgot-password',
      '/accept-invitation',
      '/reset-password',
      '/graph',
      '/manual',
      '/training',
      '/training/scenario',
      '/coordinate',
      '/coordinate/queue',
      '/coordinate/transfer',
      '/coordinate/audit',
      '/coordinate/vocabulary',
      '/coordinate/geography',
      '/coordinate/geography/new',
      '/coordinate/geography/region-mun-genk',
      '/coordinate/new/organisation',
      '/coordinate/new/contact?owner=org-stad-genk&type=point',
      '/coordinate/new/unit?organisation=org-stad-genk',
      '/coordinate/new/agreement?from=org-stad-genk',
      '/coordinate/organisation/org-stad-genk',
      '/coordinate/organisation/org-stad-genk?tab=history',
      '/coordinate/contact/cp-genk-mensenhandel',
      `/coordinate/unit/${unit}?organisation=org-stad-genk`,
      `/coordinate/agreement/${agreement}`,
      `/coordinate/measure/${measure}`,
      '/users',
      '/no-such-page',
    ];
  }, 120_000);
  afterAll(async () => {
    if (h) await removeTestUsers(h.t);
    await h?.close();
  }, 120_000);

  test.each(['anonymous', 'staff', 'coordinator', 'administrator'])(
    'as %s: no critical or serious finding on any page',
    async (role) => {
      const page = await h.open('/');
      const user = users[role];
      if (user) await signIn(page, h.baseUrl, user, '/');
      const problems: string[] = [];
      for (const route of routes) {
        await page.goto(h.baseUrl + route);
        // Every page has a heading; one that never shows is named (axe looks at it all the same).
        await page
          .locator('h1')
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => console.warn(`[axe] ${role} ${route}: no h1 after 15 s`));
        await page.waitForLoadState('networkidle');
        // Let lazy parts settle (a spinner replaced by the page) before looking.
        await page
          .locator('.spinner')
          .first()
          .waitFor({ state: 'detached', timeout: 10_000 })
          .catch(() => undefined);
        problems.push(...seriousFindings(`${role} ${route}`, await runAxe(page)));
      }
      for (const line of problems) console.error(`[axe] ${line}`);
      expect(problems).toEqual([]);
      await page.close();
    },
    600_000,
  );
});
