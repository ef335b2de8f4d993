/**
 * The first call in the browser, in Dutch, French and English: a Genk staff member goes from the
 * home page to the number to call first in three interactions, and it is the contact the ranking
 * chose (a signalling contact of a Genk or Limburg partner, not their own desk).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type VariablesOf } from '../../client/src/lib/documents';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  LAPTOP,
  PHONE,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

const LANGUAGES = [
  {
    lang: 'NL',
    button: null,
    work: 'Werk en exploitatie',
    municipality: 'Gemeente',
    callFirst: 'Bel eerst',
    own: 'Uw eigen collega’s',
    reason: (place: string) => `Signaleert bij Werk en exploitatie, bevoegd voor ${place}`,
  },
  {
    lang: 'FR',
    button: 'Français',
    work: 'Travail et exploitation',
    municipality: 'Commune',
    callFirst: 'Appelez d’abord',
    own: 'Vos propres collègues',
    reason: (place: string) =>
      `Signale à la barrière Travail et exploitation, compétent pour ${place}`,
  },
  {
    lang: 'EN',
    button: 'English',
    work: 'Work and exploitation',
    municipality: 'Municipality',
    callFirst: 'Call first',
    own: 'Your own colleagues',
    reason: (place: string) => `Signals at Work and exploitation, covers ${place}`,
  },
] as const;

const FIRST_CALL = graphql(`query($lang: Language!) {
  whoToCall(input: {barrier: "WORK", region: "region-mun-genk"}) {
    firstCall { organisation { id name } contact { id phone }
      reason { role coveredRegion { id name(lang: $lang) } } } } }`);

describe.skipIf(!browserTestsEnabled())('the first call in the browser', () => {
  let h: Harness;
  let staff: TestUser;
  /** Genk and the regions it lies in, below the country. */
  let aroundGenk: Set<string>;

  beforeAll(async () => {
    h = await startHarness();
    staff = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
    const { records } = await h.t.db.driver.executeQuery(
      `MATCH (:Region {id: 'region-mun-genk'})-[:PART_OF*0..5]->(r:Region) WHERE r.type <> 'COUNTRY'
       RETURN collect(DISTINCT r.id) AS ids`,
    );
    aroundGenk = new Set(records[0]?.get('ids'));
    // A fresh database plans the answer's query on first use; on a busy 2-core machine that has
    // outlasted the request budget (REQUEST_TIMEOUT). Ask until it answers (bounded), as a user
    // would press "try again", so the browser steps below measure the app, not the planner.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const warm = await h.t.gql(FIRST_CALL, { lang: 'NL' }, staff.headers);
      if (!warm.errors) break;
      console.warn(`[first-call] warm-up ${attempt}: ${JSON.stringify(warm.errors)}`);
    }
  });
  afterAll(async () => {
    if (h) await removeTestUsers(h.t);
    await h?.close();
  });

  /** What the API ranks first for this staff member, in a language. */
  async function expected(lang: VariablesOf<typeof FIRST_CALL>['lang']) {
    const body = await h.t.gql(FIRST_CALL, { lang }, staff.headers);
    const first = body.data?.whoToCall.firstCall[0];
    if (!first) throw new Error(`no first call: ${JSON.stringify(body.errors)}`);
    return first;
  }

  /** Signed in as Genk staff on the home page, in the given language. */
  async function home(viewport: { width: number; height: number }, button: string | null) {
    const page = await h.open('/', viewport);
    // A bound, not a target: the first answers of a fresh database on a busy 2-core machine have
    // taken longer than Playwright's 30 s default (query planning).
    page.setDefaultTimeout(90_000);
    await signIn(page, h.baseUrl, staff, '/');
    if (button) await page.getByRole('button', { name: button }).click();
    return page;
  }

  for (const l of LANGUAGES) {
    test(`${l.lang}: from the home page to the first call's number in three interactions`, async () => {
      const want = await expected(l.lang);
      // The ranking's answer for "work, Genk, signalling": a signalling contact of a partner
      // covering Genk or a region around it, and not the caller's own organisation.
      expect(want.reason.role).toBe('SIGNAL');
      expect(aroundGenk.has(want.reason.coveredRegion!.id)).toBe(true);
      expect(want.organisation.id).not.toBe('org-stad-genk');

      const page = await home(LAPTOP, l.button);
      let interactions = 0;
      const act = async (step: () => Promise<unknown>) => {
        interactions++;
        await step();
      };
      await act(() => page.getByRole('radio', { name: l.work }).check());
      await act(() => page.getByRole('combobox', { name: l.municipality }).fill('Genk'));
      await act(() => page.getByRole('option', { name: /^Genk/ }).click());

      const panel = page.getByRole('region', { name: l.callFirst });
      const phone = panel.locator('a[href^="tel:"]').first();
      await phone.waitFor();
      expect(interactions).toBeLessThanOrEqual(3);
      await expect(phone.getAttribute('href')).resolves.toBe(`tel:${want.contact.phone}`);
      await expect(panel.locator('.first-call__item').first().textContent()).resolves.toContain(
        want.organisation.name,
      );
      await expect(panel.locator('.first-call__reason').first().textContent()).resolves.toMatch(
        new RegExp(`^${literal(l.reason(want.reason.coveredRegion!.name))}`),
      );
      // The caller's own desk is there too, apart, as their own colleagues.
      await expect(panel.getByRole('heading', { name: l.own }).isVisible()).resolves.toBe(true);
      if (l.lang === 'NL') await screenshot(page, 'first-call-laptop-nl');
      await page.close();
    });
  }

  test('on a phone the first call is on the screen without scrolling', async () => {
    const page = await home(PHONE, null);
    await page.getByRole('radio', { name: 'Werk en exploitatie' }).check();
    await page.getByRole('combobox', { name: 'Gemeente' }).fill('Genk');
    await page.getByRole('option', { name: /^Genk/ }).click();
    const phone = page.locator('.first-call a[href^="tel:"]').first();
    await phone.waitFor();
    // The page brings the answer into view by itself (smoothly): wait until it has.
    await expect
      .poll(async () => {
        const box = await phone.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
      })
      .toBe(true);
    const box = await phone.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'first-call-phone-nl');

    // The same answer opened from a link (or reloaded) shows the first call at once.
    await page.reload();
    await phone.waitFor();
    await expect
      .poll(async () => {
        const b = await phone.boundingBox();
        return b !== null && b.y >= 0 && b.y + b.height <= PHONE.height;
      })
      .toBe(true);
    await page.close();
  });

  test('another need gives another first call, kept in the URL; keyboard opens a line; axe is clean', async () => {
    const page = await home(LAPTOP, null);
    await page.goto(`${h.baseUrl}/?barrier=WORK&region=region-mun-genk`);
    const reason = page.locator('.first-call__reason').first();
    await reason.waitFor();
    await expect(reason.textContent()).resolves.toMatch(/^Signaleert bij/);
    await page.getByLabel('Wat wilt u doen?').selectOption('INSPECTION');
    await page.waitForURL(/need=INSPECTION/);
    await expect.poll(() => reason.textContent()).toMatch(/^Inspecteert bij Werk en exploitatie/);

    // A line opens with the keyboard, like any button.
    const toggle = page.locator('.answer-row__toggle').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Space');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');

    await page.getByRole('button', { name: 'Toon alle details' }).click();
    await page.locator('.answer-card').first().waitFor();
    // Findings inside the answer (the header's account menu is another feature's).
    const inAnswer = async (target: string) =>
      page.evaluate(
        (selector) => Boolean(document.querySelector(selector)?.closest('.answer')),
        target,
      );
    const serious: typeof found = [];
    const found = await runAxe(page);
    for (const v of found) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const nodes = [];
      for (const n of v.nodes) if (await inAnswer(n.target.join(' '))) nodes.push(n);
      if (nodes.length > 0) serious.push({ ...v, nodes });
    }
    expect(
      serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' '))})`),
    ).toEqual([]);
    await page.close();
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
