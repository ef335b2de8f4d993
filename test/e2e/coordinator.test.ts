import { readFile } from 'node:fs/promises';
/**
 * The coordinators' app in the browser: a new organisation with a contact and a role that
 * who-to-call then finds; validation in Dutch on the right field, before and after sending;
 * the verification queue; a CSV import with a bad row; and a staff member who is offered no
 * edit control and whose direct API attempt is refused.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import {
  cleanUp,
  e2eName,
  LIMBURG,
  newContactPoint,
  newOrganisation,
  SLOW,
  signIn,
} from './coordinator-support';
import { browserTestsEnabled, type Harness, screenshot, startHarness } from './support/harness';

const CONTACT = graphql('query ($id: ID!) { contact(id: $id) { phone stale lastVerifiedAt } }');
const SEARCH = graphql(
  'query ($q: String!) { search(query: $q, types: [ORGANISATION]) { node { ... on Organisation { id name } } } }',
);
const ORGANISATION = graphql(
  'query ($id: ID!) { organisation(id: $id) { contactPoints { name } people { name } } }',
);
const GENK_SHORT_NAME = graphql('{ organisation(id: "org-stad-genk") { shortName } }');

describe.skipIf(!browserTestsEnabled())('the coordinators’ app', () => {
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
    'a new organisation with a role and a contact point is found by who-to-call',
    async () => {
      const name = e2eName('Sociaal Huis Genk');
      const page = await h.open('/');
      await signIn(page, h.baseUrl, coordinator, '/coordinate');
      await page.getByRole('heading', { level: 1, name: 'Het netwerk bijhouden' }).waitFor();
      await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' }).waitFor();

      await page.getByLabel('Naam', { exact: true }).fill(name);
      await page.getByLabel('Soort organisatie').selectOption('SOCIAL_SERVICE');
      // All Belgian municipalities are listed: a coordinator types to find one, with the place
      // search of who-to-call: a misspelt name, then a postal code, each says why it matched.
      const filter = page.getByLabel('Filter de gebieden');
      await filter.fill('Hasslt');
      await page.getByRole('checkbox', { name: /^Hasselt/ }).waitFor();
      await filter.fill('3600');
      await page.getByRole('checkbox', { name: /^Genk.*omvat 3600/ }).check();
      await filter.fill('Genk');
      await page
        .getByRole('group', { name: 'Huisvesting' })
        .getByRole('checkbox', { name: 'Bestuurlijk handhaven' })
        .check();
      await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();

      // The new organisation's edit page: add a contact point from there.
      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(page.url()).toMatch(/\/coordinate\/organisation\/org-/);
      await page.getByRole('link', { name: 'Contactpunt toevoegen' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Nieuw contactpunt' }).waitFor();
      await page.getByLabel('Soort contactpunt').selectOption('SPOC');
      await page.getByLabel('Naam (Nederlands)').fill('Meldpunt huisvesting E2E');
      await page.getByLabel('E-mailadres').fill('huisvesting@e2e.example.be');
      await page.getByLabel('Telefoonnummer').fill('+32 89 55 51 23');
      await page.getByLabel('Barrière', { exact: true }).selectOption('HOUSING');
      await page.getByLabel('Rol', { exact: true }).selectOption('ADMIN_ENFORCE');
      await page.getByRole('button', { name: 'Toevoegen aan de lijst' }).click();
      await page.getByText('Huisvesting — Bestuurlijk handhaven', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Contact aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meldpunt huisvesting E2E' }).waitFor();

      // Who do I call for housing in Genk? The new partner, with its contact point.
      await page.goto(`${h.baseUrl}/?barrier=HOUSING&region=region-mun-genk`);
      const row = page.locator('.answer-row', { hasText: name });
      await row.waitFor();
      await expect(row.locator('a[href="tel:+3289555123"]').count()).resolves.toBe(1);
      // Its line opens to the full card, with the new contact point by name.
      await row.getByRole('button', { name }).click();
      const card = row.locator('.answer-card');
      await card.waitFor();
      await expect(
        card.getByRole('link', { name: 'Meldpunt huisvesting E2E', exact: true }).isVisible(),
      ).resolves.toBe(true);
      await expect(card.locator('a[href="tel:+3289555123"]').count()).resolves.toBe(1);
      await expect(card.locator('.badge--LOCAL').count()).resolves.toBe(1);
      await page.close();
    },
    SLOW,
  );

  test(
    'validation problems appear in Dutch on the right field, before and after sending',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const point = await newContactPoint(h.t, coordinator, org.id, e2eName('Loket'));
      const page = await h.open('/');
      await signIn(page, h.baseUrl, coordinator, `/coordinate/contact/${point.id}`);
      const phone = page.getByLabel('Telefoonnummer');
      await phone.waitFor();

      // Before sending: the browser applies the server's rules.
      await phone.fill('12345');
      await page.getByLabel('E-mailadres').fill('pieter@venlo');
      await page.getByLabel('Naam (Nederlands)').fill('');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
      const summary = page.getByRole('alert').filter({ hasText: 'Verbeter 3 velden' });
      await summary.waitFor();
      await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const phoneError =
        'Geen geldig telefoonnummer: schrijf het zoals u het belt, bijvoorbeeld 089 12 34 56, 06 12345678 of +32 2 555 01 23';
      await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
      const described = (await phone.getAttribute('aria-describedby')) ?? '';
      const errorId = described.split(' ').find((id) => id.endsWith('-error')) ?? '';
      await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toContain(phoneError);
      await expect(page.getByLabel('E-mailadres').getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expect(page.getByLabel('Naam (Nederlands)').getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expect(
        summary.getByText('Naam (Nederlands): Dit veld is verplicht').count(),
      ).resolves.toBe(1);
      await screenshot(page, 'coordinator-form-errors', true);
      // A link in the summary takes the keyboard to the field.
      await summary.getByRole('link', { name: /Telefoonnummer/ }).click();
      await expect(phone.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

      // After sending: the server's verdict lands on the same field, in Dutch.
      await page.goto(`${h.baseUrl}/coordinate/new/organisation`);
      await page.getByLabel('Naam', { exact: true }).fill('Stad Genk');
      // All Belgian municipalities are listed: a coordinator types to find one.
      await page.getByLabel('Filter de gebieden').fill('Genk');
      await page.getByRole('checkbox', { name: /^Genk/ }).check();
      await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
      const name = page.getByLabel('Naam', { exact: true });
      await page.getByText('Er bestaat al een organisatie met deze naam').first().waitFor();
      await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');

      // Outside the coordinator's scope: said plainly, and no form to fill in.
      await page.goto(`${h.baseUrl}/coordinate/organisation/org-stad-antwerpen`);
      await page.getByText('Dit valt buiten uw bevoegdheid als coördinator').waitFor();
      await expect(page.getByLabel('Naam', { exact: true }).count()).resolves.toBe(0);
      await page.goto(`${h.baseUrl}/organisation/org-stad-antwerpen`);
      await page.getByText('Buiten uw bevoegdheid: alleen de geschiedenis.').waitFor();
      await expect(page.getByRole('link', { name: 'Bewerken' }).count()).resolves.toBe(0);
      await page.goto(`${h.baseUrl}/organisation/org-stad-genk`);
      await page.getByRole('link', { name: 'Bewerken' }).waitFor();
      await page.close();
    },
    SLOW,
  );

  test(
    'the verification queue: oldest first, "still correct" in one click, quick edit, reports',
    async () => {
      const org = await newOrganisation(h.t, coordinator);
      const oldest = await newContactPoint(h.t, coordinator, org.id, e2eName('Oudste loket'));
      const older = await newContactPoint(h.t, coordinator, org.id, e2eName('Ouder loket'));
      await h.t.db.driver.executeQuery(
        `UNWIND $rows AS row MATCH (c:ContactPoint {id: row.id}) SET c.lastVerifiedAt = date(row.date)`,
        {
          rows: [
            { id: oldest.id, date: '2019-01-15' },
            { id: older.id, date: '2019-06-15' },
          ],
        },
      );
      const staff = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
      const report = await h.t.gql(
        'mutation ($id: ID!) { reportContact(id: $id, message: "Het nummer werkt niet meer") }',
        { id: older.id },
        staff.headers,
      );
      expect(report.errors).toBeUndefined();

      const page = await h.open('/');
      await signIn(page, h.baseUrl, coordinator, '/coordinate/queue');
      await page.getByRole('heading', { level: 1, name: 'Te verifiëren' }).waitFor();
      // The report from staff, with its message.
      const reports = page.getByRole('region', { name: /Meldingen van medewerkers/ });
      const reported = reports.locator('.queue__item', { hasText: 'Het nummer werkt niet meer' });
      await reported.waitFor();
      // Overdue contacts, oldest first: ours from 2019 lead the list.
      const overdue = page.locator('ol.queue > .queue__item');
      await expect(overdue.nth(0).locator('.queue__name').textContent()).resolves.toMatch(
        /Oudste loket/,
      );
      await expect(overdue.nth(1).locator('.queue__name').textContent()).resolves.toMatch(
        /Ouder loket/,
      );
      await screenshot(page, 'coordinator-verification-queue', true);

      // One click: still correct.
      await overdue
        .nth(0)
        .getByRole('button', { name: /Oudste loket .* is nog juist/ })
        .click();
      await page.getByText(/Oudste loket .* is bevestigd\./).waitFor({ state: 'attached' });
      await expect(
        page.locator('ol.queue .queue__name', { hasText: 'Oudste loket' }).count(),
      ).resolves.toBe(0);

      // Quick edit: a new phone number, saved and verified at once.
      const item = page.locator('ol.queue > .queue__item', { hasText: 'Ouder loket' });
      await item.getByRole('button', { name: /snel aanpassen/ }).click();
      await item.getByLabel('Telefoonnummer').fill('+32 89 55 59 99');
      await item.getByRole('button', { name: 'Opslaan en bevestigen' }).click();
      await page
        .locator('ol.queue .queue__name', { hasText: 'Ouder loket' })
        .waitFor({ state: 'detached' });

      // The report is dealt with.
      await reported.getByRole('button', { name: 'Afgehandeld' }).click();
      await page.getByText('Geen open meldingen.').waitFor();

      const stored = await h.t.gql(CONTACT, { id: older.id }, coordinator.headers);
      expect(stored.data?.contact).toMatchObject({ phone: '+3289555999', stale: false });
      expect(stored.data?.contact?.lastVerifiedAt).toBe(new Date().toISOString().slice(0, 10));
      await page.close();
    },
    SLOW,
  );

  test(
    'a CSV import: the dry run shows what each row does and why one row is refused',
    async () => {
      const name = e2eName('Importgemeente');
      const csv = [
        'organisation;organisation_type;country;coverage;organisation_roles;contact_kind;name_nl;first_name;last_name;function;email;phone;languages;responsibilities',
        `${name};MUNICIPALITY;BE;Genk;HOUSING:ADMIN_ENFORCE;SPOC;Meldpunt import E2E;;;;import@e2e.example.be;+32 89 55 52 00;nl|fr;HOUSING:ADMIN_ENFORCE:PRIMARY`,
        `${name};;;;;PERSON;;Eva;Voorbeeld;Coördinator;eva.voorbeeld@e2e.example.be;+32 89 55 52 01;nl;HOUSING:ADMIN_ENFORCE:BACKUP`,
        `${name};;;;;PERSON;;Pieter;Janssens;Medewerker;pieter@venlo;12345;nl;HOUSING:SIGNAL:PRIMARY`,
      ].join('\n');
      const page = await h.open('/');
      await signIn(page, h.baseUrl, coordinator, '/coordinate/transfer');
      await page.getByRole('heading', { level: 1, name: 'Importeren en exporteren' }).waitFor();
      await page.getByLabel('CSV-bestand').setInputFiles({
        name: 'e2e-import.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByRole('heading', { name: 'Proefimport van e2e-import.csv' }).waitFor();
      const totals = page.locator('.totals').first();
      await expect(totals.locator('.totals__item--REJECT dd').textContent()).resolves.toBe('1');
      await expect(totals.locator('.totals__item--CREATE dd').textContent()).resolves.toBe('2');
      const refused = page.locator('tr.import-rows__reject');
      await expect(refused.count()).resolves.toBe(1);
      await expect(refused.locator('th').textContent()).resolves.toBe('4');
      await expect(refused.textContent()).resolves.toContain('Geen geldig e-mailadres');
      await expect(refused.textContent()).resolves.toContain('Geen geldig telefoonnummer');
      // What would change, in words where the file writes codes.
      const changes = page.locator('.import-rows__changes').first();
      await changes.getByText('Huisvesting: Bestuurlijk handhaven (Eerst)').waitFor();
      const said = (await changes.textContent()) ?? '';
      expect(said).toContain('Gemeente');
      expect(said).toContain('Genk');
      expect(said).not.toContain('MUNICIPALITY');
      expect(said).not.toContain('ADMIN_ENFORCE');
      await screenshot(page, 'coordinator-import-dry-run', true);

      await page.getByRole('button', { name: 'Importeer 2 wijzigingen' }).click();
      await page.getByText('De import is klaar.').waitFor({ timeout: 20_000 });
      await page.getByRole('heading', { name: '1 geweigerde rij' }).waitFor();

      const found = await h.t.gql(SEARCH, { q: name }, coordinator.headers);
      const node = found.data?.search.find(
        (hit) => 'name' in hit.node && hit.node.name === name,
      )?.node;
      const id = node && 'id' in node ? node.id : undefined;
      expect(id).toBeDefined();
      const org = await h.t.gql(ORGANISATION, { id: id! }, coordinator.headers);
      expect(org.data?.organisation?.contactPoints.map((c) => c.name)).toEqual([
        'Meldpunt import E2E',
      ]);
      expect(org.data?.organisation?.people.map((p) => p.name)).toEqual(['Eva Voorbeeld']);

      // The export link downloads a CSV with the session, and the imported person is in it.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Contactpersonen (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('persons.csv');
      const file = await download.path();
      const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      expect(text.split('\n')[0]).toContain(';');
      expect(text).toContain('eva.voorbeeld@e2e.example.be');
      await page.close();
    },
    SLOW,
  );

  test(
    'staff see no edit control anywhere, and a direct API attempt is refused',
    async () => {
      const staff = await createUser(h.t, 'STAFF', { organisationId: 'org-stad-genk' });
      const page = await h.open('/');
      await signIn(page, h.baseUrl, staff, '/organisation/org-stad-genk');
      await page.getByRole('heading', { level: 1, name: /Stad Genk/ }).waitFor();
      await page.waitForLoadState('networkidle');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await expect(nav.getByRole('link', { name: 'Coördineren' }).count()).resolves.toBe(0);
      await expect(page.locator('.editor-bar').count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: 'Bewerken' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Opslaan' }).count()).resolves.toBe(0);

      // Typing the address of an edit page: told why, and no form.
      await page.goto(`${h.baseUrl}/coordinate/organisation/org-stad-genk`);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await expect(page.locator('input, textarea, select').count()).resolves.toBeLessThanOrEqual(1);
      await expect(page.getByRole('button', { name: 'Opslaan' }).count()).resolves.toBe(0);

      // The API itself says no, to the browser's own session.
      const answer = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation { updateOrganisation(id: "org-stad-genk", version: 1, patch: { shortName: "Gehackt" }) { id shortName } }',
          }),
        });
        return (await response.json()) as {
          data: unknown;
          errors?: { extensions?: { code?: string } }[];
        };
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.data).toBeNull();
      const stored = await h.t.gql(GENK_SHORT_NAME);
      expect(stored.data?.organisation?.shortName).toBe('Genk');
      await page.close();
    },
    SLOW,
  );
});
