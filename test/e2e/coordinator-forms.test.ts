/**
 * The coordinators' forms as people fill them in: a phone number written as it is dialled is
 * saved in E.164.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { cleanUp, e2eName, newOrganisation, signIn } from './coordinator-support';
import { browserTestsEnabled, type Harness, screenshot, startHarness } from './support/harness';

const LIMBURG = { scopeRegionIds: ['region-prov-limburg-be'] };
/** Each test walks a whole task through several pages: give it time on a busy machine. */
const SLOW = 120_000;

describe.skipIf(!browserTestsEnabled())('the coordinators’ forms', () => {
  let h: Harness;
  let coordinator: TestUser;
  beforeAll(async () => {
    h = await startHarness();
    coordinator = await createUser(h.t, 'COORDINATOR', LIMBURG);
  });
  afterAll(async () => {
    if (h) {
      await cleanUp(h.t);
      await removeTestUsers(h.t);
    }
    await h?.close();
  }, SLOW);

  test(
    '"089 12 34 56" is saved as +3289123456',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const page = await h.open('/');
      await signIn(page, h.baseUrl, coordinator, `/coordinate/new/contact?owner=${org.id}`);
      await page.getByRole('heading', { level: 1, name: 'Nieuw contactpunt' }).waitFor();
      const name = e2eName('Loket telefoon');
      await page.getByLabel('Naam (Nederlands)').fill(name);
      await page.getByLabel('Telefoonnummer').fill('089 12 34 56');
      await page.getByRole('button', { name: 'Contact aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      // The edit form shows it as people read it; the API has it in E.164.
      await expect(page.getByLabel('Telefoonnummer').inputValue()).resolves.toBe('+32 89 12 34 56');
      const id = decodeURIComponent(page.url().split('/').pop() ?? '');
      const body = await h.t.gql<{ contact: { phone: string | null } }>(
        'query ($id: ID!) { contact(id: $id) { phone } }',
        { id },
        coordinator.headers,
      );
      expect(body.data?.contact.phone).toBe('+3289123456');
      await screenshot(page, 'forms-phone-saved');
      await page.close();
    },
    SLOW,
  );
});
