/**
 * The administrators' geography page in the browser: make a new municipality (a missing code is
 * refused on its field), find another by a few letters, fix a name (a blank Dutch name is refused
 * in the error summary, on its field), and record a merger with a confirmation — the successor's page says so, the former municipality is no
 * longer in force and the audit trail has it. Coordinators are shown the door. Screenshots of
 * the region page (laptop, phone) in test-results/screenshots/geography-*.png.
 */
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { LIMBURG, SLOW, seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  runAxe,
  screenshot,
  startHarness,
} from './support/harness';

const CREATE_REGION = graphql('mutation($i: RegionInput!) { createRegion(input: $i) { id } }');

const stamp = Math.random().toString(36).slice(2, 6);
const FORMER = `E2E Oudeveld ${stamp}`;
const SUCCESSOR = `E2E Nieuwdorp ${stamp}`;

describe.skipIf(!browserTestsEnabled())('the geography page (administrators)', () => {
  let h: Harness;
  let admin: TestUser;
  let coordinator: TestUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startHarness();
    admin = await createUser(h.t, 'ADMIN');
    coordinator = await createUser(h.t, 'COORDINATOR', LIMBURG);
    // A test municipality in Limburg, with a code in a range no Belgian municipality uses (the
    // test makes its successor on the page).
    for (const name of [FORMER]) {
      const body = await h.t.gql(
        CREATE_REGION,
        {
          i: {
            type: 'MUNICIPALITY',
            country: 'BE',
            name: { nl: name },
            code: String(randomInt(98_000, 98_499)),
            parentIds: ['region-prov-limburg-be'],
          },
        },
        admin.headers,
      );
      expect(body.errors).toBeUndefined();
      ids[name] = body.data!.createRegion.id;
    }
  }, SLOW);

  afterAll(async () => {
    if (h) {
      await h.t.db.driver.executeQuery('MATCH (r:Region) WHERE r.id IN $ids DETACH DELETE r', {
        ids: Object.values(ids),
      });
      await removeTestUsers(h.t);
    }
    await h?.close();
  }, SLOW);

  test(
    'an administrator finds a municipality, fixes its names and records its merger',
    async () => {
      const page = await h.open('/', { width: 1280, height: 800 });
      await signIn(page, h.baseUrl, admin, '/coordinate');
      await page.getByRole('link', { name: 'Geografie' }).click();
      await page.getByRole('heading', { level: 1, name: 'Geografie' }).waitFor({ timeout: SLOW });

      // The successor is new: made on the page; a missing code is refused on its field first.
      await page.getByRole('link', { name: 'Nieuw gebied' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Nieuw gebied' })
        .waitFor({ timeout: SLOW });
      const create = page.locator('#new-region');
      await create.getByLabel('Naam (Nederlands)').fill(SUCCESSOR);
      await create.getByRole('button', { name: 'Gebied aanmaken' }).click();
      await expect(page.locator('.error-summary').textContent()).resolves.toContain(
        'Officiële code',
      );
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'geography-new-error-phone', true);
      await page.setViewportSize({ width: 1280, height: 800 });
      await create.getByLabel('Officiële code').fill(String(randomInt(98_500, 98_999)));
      const province = create.getByLabel('Provincie');
      await province
        .locator('option', { hasText: 'Limburg' })
        .first()
        .waitFor({ state: 'attached' });
      await province.selectOption({ label: 'Provincie Limburg (BE)' });
      await create.getByRole('button', { name: 'Gebied aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: SUCCESSOR }).waitFor({ timeout: SLOW });
      ids[SUCCESSOR] = decodeURIComponent(page.url().split('/coordinate/geography/')[1] ?? '');
      await expect(page.locator('.region-facts').textContent()).resolves.toContain(
        'Provincie Limburg (BE)',
      );
      await page.getByRole('link', { name: 'Terug naar Geografie' }).click();
      await page.getByRole('heading', { level: 1, name: 'Geografie' }).waitFor({ timeout: SLOW });
      await page.getByLabel('Naam of code').fill(`oudeveld ${stamp}`.slice(0, 8));
      await page.getByRole('link', { name: FORMER }).waitFor({ timeout: SLOW });
      await screenshot(page, 'geography-finder-laptop', true);
      await page.getByRole('link', { name: FORMER }).click();
      await page.getByRole('heading', { level: 1, name: FORMER }).waitFor({ timeout: SLOW });
      expect(seriousFindings('geography', await runAxe(page))).toEqual([]);

      // A blank Dutch name: refused in the summary and on the field, nothing saved.
      const names = page.locator('#region-names');
      const dutch = names.getByLabel('Naam (Nederlands)');
      await dutch.fill('');
      await names.getByRole('button', { name: 'Opslaan' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor({ timeout: SLOW });
      await summary.getByRole('link').first().click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
        await dutch.getAttribute('id'),
      );
      // Fixed, with a French name too: saved.
      await dutch.fill(FORMER);
      await names.getByLabel('Naam (Frans)').fill(`${FORMER} FR`);
      await names.getByRole('button', { name: 'Opslaan' }).click();
      await names.getByText('Opgeslagen.').waitFor({ timeout: SLOW });
      const stored = await h.t.db.driver.executeQuery(
        'MATCH (r:Region {id: $id}) RETURN r.nameFr AS fr',
        { id: ids[FORMER] },
      );
      expect(stored.records[0]?.get('fr')).toBe(`${FORMER} FR`);

      // The merger: no successor chosen is refused; then chosen, confirmed, done.
      const merge = page.locator('#region-merge');
      await merge.getByRole('button', { name: 'Samenvoegen' }).click();
      await expect(page.locator('.error-summary').textContent()).resolves.toContain('Gaat op in');
      const successor = merge.getByLabel('Gaat op in');
      const option = await successor
        .locator('option', { hasText: SUCCESSOR })
        .getAttribute('value');
      await successor.selectOption(option!);
      await merge.getByLabel('Eerste dag van de fusie').fill('2025-01-01');
      await merge.getByRole('button', { name: 'Samenvoegen' }).click();
      await expect(merge.getByRole('alert').textContent()).resolves.toContain(
        `${FORMER} gaat vanaf 1 januari 2025 op in ${SUCCESSOR}`,
      );
      await screenshot(page, 'geography-merge-confirm-laptop', true);
      await merge.getByRole('button', { name: 'Samenvoegen' }).click();
      await page.getByRole('heading', { level: 1, name: SUCCESSOR }).waitFor({ timeout: SLOW });
      await page.getByText(`${FORMER} is samengevoegd met dit gebied.`).waitFor({ timeout: SLOW });
      expect(page.url()).toContain(`/coordinate/geography/${ids[SUCCESSOR]}`);
      const after = await h.t.db.driver.executeQuery(
        `MATCH (r:Region {id: $id})
         OPTIONAL MATCH (e:AuditEvent {entityId: $id, userId: $admin})
         RETURN toString(r.validTo) AS validTo, collect(e.action) AS actions`,
        { id: ids[FORMER], admin: admin.id },
      );
      expect(after.records[0]?.get('validTo')).toBe('2024-12-31');
      expect(after.records[0]?.get('actions')).toEqual(
        expect.arrayContaining(['CREATE', 'UPDATE']),
      );
      expect(
        (after.records[0]?.get('actions') as string[] | undefined)?.length,
      ).toBeGreaterThanOrEqual(3);
      await screenshot(page, 'geography-merged-laptop', true);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'geography-merged-phone', true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await page.close();
    },
    SLOW * 2,
  );

  test(
    'a coordinator is told the geography is for administrators',
    async () => {
      const page = await h.open('/', { width: 1280, height: 800 });
      await signIn(page, h.baseUrl, coordinator, '/coordinate/geography');
      await page
        .getByRole('heading', { level: 1, name: 'Geen toegang' })
        .waitFor({ timeout: SLOW });
      await expect(page.getByRole('link', { name: FORMER }).count()).resolves.toBe(0);
      await page.close();
    },
    SLOW,
  );
});
