import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { CONTACT_LINK_PATH, runVerificationMail } from '../../server/src/contacts/contact-links';
import { Mailer } from '../../server/src/mail/mailer';
import { createRepositories } from '../../server/src/repositories';
import { linkIn, startTestSmtp, type TestSmtp } from '../support/smtp';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { SLOW, seriousFindings, signIn } from './coordinator-support';
import {
  browserTestsEnabled,
  type Harness,
  PHONE,
  runAxe,
  screenshot,
  screenshotSizes,
  startHarness,
} from './support/harness';

const CREATE_ORGANISATION = graphql(
  'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
);
const CREATE_PERSON = graphql(
  'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
);

const DOMAIN = `e2e-verify-${Date.now()}.example.net`;

const opened = (h: Harness, url: string) =>
  `${h.baseUrl}${new URL(url).pathname}${new URL(url).hash}`;

describe.skipIf(!browserTestsEnabled())('a contact verifies their own entry from the mail', () => {
  let h: Harness;
  let smtp: TestSmtp;
  let admin: TestUser;
  let coordinator: TestUser;
  const created: string[] = [];
  const confirmer = `zz.bevestigt@${DOMAIN}`;
  const proposer = `zz.stelt.voor@${DOMAIN}`;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    h = await startHarness({ mail: { smtpUrl: smtp.url, publicUrl: 'http://confine.test' } });
    admin = await createUser(h.t, 'ADMIN');
    const org = await h.t.gql(
      CREATE_ORGANISATION,
      {
        input: {
          name: `ZZ Verificatie Dienst (E2E) ${Date.now()}`,
          type: 'SOCIAL_SERVICE',
          country: 'BE',
          coverage: ['region-mun-genk'],
        },
      },
      admin.headers,
    );
    const orgId = org.data!.createOrganisation.id;
    created.push(orgId);
    for (const [lastName, email] of [
      ['Bevestigt (E2E)', confirmer],
      ['Stelt Voor (E2E)', proposer],
    ] as const) {
      const person = await h.t.gql(
        CREATE_PERSON,
        {
          input: {
            firstName: 'Zz',
            lastName,
            workplaceId: orgId,
            function: 'Coördinator mensenhandel',
            email,
            phone: '+32 89 55 50 31',
          },
        },
        admin.headers,
      );
      const id = person.data!.createPerson.id;
      created.push(id);
      await h.t.db.driver.executeQuery(
        'MATCH (c:Entity {id: $id}) SET c.lastVerifiedAt = date("1990-02-01")',
        { id },
      );
    }
    coordinator = await createUser(h.t, 'COORDINATOR', { scopeOrganisationIds: [orgId] });
    const repos = createRepositories(h.t.db);
    const mailer = new Mailer(repos.mail, {
      smtpUrl: smtp.url,
      from: 'CONFINE <noreply@confine.test>',
      publicUrl: 'http://confine.test',
      outboxDir: '/nonexistent',
    });
    await runVerificationMail(
      { contactLinks: repos.contactLinks, mailer },
      { verificationMonths: 12, limit: 1000 },
    );
    mailer.close();
  }, SLOW);

  afterAll(async () => {
    if (h) {
      await h.t.db.driver.executeQuery(
        `MATCH (n:Entity) WHERE n.id IN $ids
         OPTIONAL MATCH (r:ContactReport)-[:ABOUT]->(n)
         OPTIONAL MATCH (l:ContactLink)-[:FOR]->(n)
         OPTIONAL MATCH (e:AuditEvent) WHERE e.entityId = n.id
         DETACH DELETE r, l, e, n`,
        { ids: created },
      );
      await removeTestUsers(h.t);
    }
    await h?.close();
    await smtp?.close();
  }, SLOW);

  test(
    'a contact confirms from the mail link; the link then says it was used',
    async () => {
      const mail = await smtp.next(confirmer);
      expect(mail.subject).toBe('Kloppen uw contactgegevens in CONFINE nog?');
      const link = linkIn(mail, CONTACT_LINK_PATH);
      const page = await h.open('/');
      await page.goto(opened(h, link.url));
      await page.getByRole('heading', { level: 1, name: 'Kloppen uw gegevens nog?' }).waitFor();
      await page.getByText('Zz Bevestigt (E2E)').waitFor();
      expect(new URL(page.url()).hash).toBe('');
      // Only this entry: the other contact of the organisation is nowhere on the page.
      await expect(page.textContent('body')).resolves.not.toContain('Stelt Voor');
      await expect(page.textContent('body')).resolves.not.toContain(proposer);
      await screenshotSizes(page, 'verify-link-page');
      expect(seriousFindings('verify contact', await runAxe(page))).toEqual([]);

      // No choice: the error summary takes the focus.
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.getByRole('alert').getByText('Kies of de gegevens kloppen').waitFor();
      await expect(page.evaluate(() => document.activeElement?.className ?? '')).resolves.toContain(
        'verify-contact__summary',
      );
      await page.setViewportSize(PHONE);
      await screenshot(page, 'verify-link-page-error-phone', true);

      await page.getByLabel('Ja, dit klopt').check();
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.getByText('Dank u. Uw gegevens zijn bevestigd.').waitFor();
      const { records } = await h.t.db.driver.executeQuery(
        'MATCH (c:Entity {id: $id}) RETURN toString(c.lastVerifiedAt) AS at',
        { id: created[1] },
      );
      expect(records[0]!.get('at')).toBe(new Date().toISOString().slice(0, 10));

      const again = await h.open('/');
      await again.goto(opened(h, link.url));
      await again.getByText(/al gebruikt en werkt maar één keer/).waitFor();
      await screenshot(again, 'verify-link-used', true);
    },
    SLOW,
  );

  test(
    'a contact proposes a correction; the coordinator in scope sees it in the queue',
    async () => {
      const link = linkIn(await smtp.next(proposer), CONTACT_LINK_PATH);
      const page = await h.open('/');
      await page.goto(opened(h, link.url));
      await page.getByText('Zz Stelt Voor (E2E)').waitFor();
      await page.getByLabel('Nee, er klopt iets niet').check();
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.getByRole('alert').getByText('Schrijf wat er moet veranderen').waitFor();
      await page
        .getByLabel('Wat moet er veranderen?')
        .fill('Mijn nieuwe nummer is 089 55 50 99 (E2E)');
      await screenshotSizes(page, 'verify-link-page-correction');
      expect(seriousFindings('verify contact correction', await runAxe(page))).toEqual([]);
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.getByText('Dank u. Een coördinator bekijkt uw voorstel').waitFor();

      const queue = await h.open('/');
      await signIn(queue, h.baseUrl, coordinator, '/coordinate/queue');
      await queue.getByRole('heading', { level: 1, name: 'Te verifiëren' }).waitFor();
      const report = queue.locator('.queue__item', {
        hasText: 'Mijn nieuwe nummer is 089 55 50 99 (E2E)',
      });
      await report.waitFor();
      await expect(report.locator('.queue__reason').textContent()).resolves.toBe(
        'Voorstel van de contactpersoon zelf',
      );
      await expect(report.textContent()).resolves.toContain(
        'Voorgesteld door de contactpersoon zelf',
      );
      await report.scrollIntoViewIfNeeded();
      await screenshot(queue, 'verify-queue-proposal', true);
    },
    SLOW,
  );
});
