/**
 * Contacts verify their own entry by mail, through a real SMTP server on loopback: every due
 * contact (a person or a contact point with an address) gets exactly one mail per cycle, however
 * often the job runs or restarts; a fresh, an opted-out, an archived contact and one without an
 * address get none. The link shows only that entry; "dit klopt" sets lastVerifiedAt, audited as the
 * contact's own; a correction becomes a proposal in the queue of the coordinators in scope and
 * changes nothing; a used, expired or tampered link is refused with nothing changed.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type TadaDocumentNode } from '../../client/src/lib/documents';
import {
  CONTACT_LINK_PATH,
  type MailRunSummary,
  mailLanguage,
  runVerificationMail,
} from '../../server/src/contacts/contact-links';
import { Mailer } from '../../server/src/mail/mailer';
import { createRepositories, type Repositories } from '../../server/src/repositories';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';
import { linkIn, type ReceivedMail, startTestSmtp, type TestSmtp } from '../support/smtp';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_ORGANISATION = graphql(
  'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
);
const CREATE_PERSON = graphql(
  'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
);
const CREATE_CONTACT_POINT = graphql(
  'mutation($input: ContactPointInput!) { createContactPoint(input: $input) { id } }',
);

const DOMAIN = `verify-${randomBytes(3).toString('hex')}.example.net`;
const PUBLIC_URL = 'http://confine.test';

let t: TestApp;
let smtp: TestSmtp;
let repos: Repositories;
let admin: TestUser;
let inScope: TestUser;
let outOfScope: TestUser;
const created: string[] = [];
let seq = 0;
const address = (name: string) => `zz.${name}.${++seq}@${DOMAIN}`;

/** The contacts of this file, by role in the story. */
const c = {} as Record<
  'nl' | 'fr' | 'point' | 'dutch' | 'fresh' | 'optedOut' | 'noMail' | 'archived',
  { id: string; email: string | null }
>;

const ENTRY = graphql(`query($t: String!) { ownContactEntry(token: $t) {
  type name function email phone organisationName mailStopped } }`);
const CONFIRM = graphql('mutation($t: String!) { confirmOwnContact(token: $t) }');
const PROPOSE = graphql(
  'mutation($t: String!, $m: String!) { proposeContactCorrection(token: $t, message: $m) }',
);
const STOP = graphql('mutation($t: String!) { stopContactMail(token: $t) }');
/** The two requests a contact's link opens; both refuse a used or expired token alike. */
const LINK_DOCUMENTS: TadaDocumentNode<unknown, { t: string }>[] = [CONFIRM, ENTRY];
const QUEUE = graphql('{ contactReports(first: 200) { reason message userEmail contact { id } } }');

async function ok<R, V>(query: TadaDocumentNode<R, V>, variables: V, as?: TestUser) {
  const body = await t.gql(query, variables, as?.headers ?? {});
  expect(body.errors).toBeUndefined();
  return body.data!;
}

function refusal(body: GqlBody<unknown>) {
  const error = body.errors?.[0];
  const [first] = (error?.extensions?.fieldErrors ?? []) as {
    field: string;
    code: string;
    message: string;
  }[];
  return {
    code: error?.extensions?.code,
    field: first?.field,
    problem: first?.code,
    message: first?.message,
  };
}

async function organisation(country: 'BE' | 'NL', coverage: string) {
  const org = await ok(
    CREATE_ORGANISATION,
    {
      input: {
        name: `ZZ Verify Org ${country} ${Date.now()}-${++seq}`,
        type: 'SOCIAL_SERVICE',
        country,
        coverage: [coverage],
      },
    },
    admin,
  );
  created.push(org.createOrganisation.id);
  return org.createOrganisation.id;
}

async function person(
  workplaceId: string,
  lastName: string,
  email: string | null,
  languages: string[],
) {
  const body = await ok(
    CREATE_PERSON,
    {
      input: {
        firstName: 'Zz',
        lastName,
        workplaceId,
        function: 'Teamleider',
        email,
        phone: '+32 89 55 50 77',
        languages,
      },
    },
    admin,
  );
  created.push(body.createPerson.id);
  return { id: body.createPerson.id, email };
}

/** Sets a contact's stored fields directly (a verification long ago, an opt-out). */
async function setStored(id: string, props: Record<string, unknown>) {
  await t.db.driver.executeQuery(
    `MATCH (c:Entity {id: $id}) SET c += $props
     SET c.lastVerifiedAt = CASE WHEN $props.lastVerifiedAt IS NULL THEN c.lastVerifiedAt ELSE date($props.lastVerifiedAt) END`,
    { id, props },
  );
}

async function storedContact(id: string) {
  const { records } = await t.db.driver.executeQuery(
    `MATCH (c:Entity {id: $id})
     RETURN toString(c.lastVerifiedAt) AS lastVerifiedAt, c.version AS version, c.phone AS phone,
            c.verificationMailStoppedAt IS NOT NULL AS stopped,
            COLLECT { MATCH (e:AuditEvent {entityId: $id}) RETURN e.action + ' ' + e.userId + ' ' + e.userEmail } AS events,
            COUNT { (:ContactReport)-[:ABOUT]->(c) } AS reports`,
    { id },
  );
  const r = records[0]!;
  return {
    lastVerifiedAt: r.get('lastVerifiedAt') as string | null,
    version: Number(r.get('version')),
    phone: r.get('phone') as string,
    stopped: r.get('stopped') as boolean,
    events: r.get('events') as string[],
    reports: Number(r.get('reports')),
  };
}

/** Runs the job as a freshly started server would: a new Mailer each time. */
async function run(limit: number): Promise<MailRunSummary> {
  const mailer = new Mailer(repos.mail, {
    smtpUrl: smtp.url,
    from: 'CONFINE <noreply@confine.test>',
    publicUrl: PUBLIC_URL,
    outboxDir: '/nonexistent',
  });
  try {
    return await runVerificationMail(
      { contactLinks: repos.contactLinks, mailer },
      { verificationMonths: 12, limit },
    );
  } finally {
    mailer.close();
  }
}

const mine = (): ReceivedMail[] => smtp.received.filter((m) => m.to.endsWith(`@${DOMAIN}`));
const mailsTo = (email: string | null) => smtp.received.filter((m) => m.to === email);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp();
  repos = createRepositories(t.db);
  admin = await createUser(t, 'ADMIN');
  inScope = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-limburg-be'] });
  outOfScope = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-antwerpen'] });
  const genk = await organisation('BE', 'region-mun-genk');
  c.nl = await person(genk, 'Verify Nederlands', address('nl'), ['nl']);
  c.fr = await person(genk, 'Verify Français', address('fr'), ['fr']);
  const point = await ok(
    CREATE_CONTACT_POINT,
    {
      input: {
        ownerId: genk,
        name: { nl: 'ZZ Verify Meldpunt' },
        kind: 'MAILBOX',
        email: address('point'),
        phone: '+32 89 55 50 12',
      },
    },
    admin,
  );
  created.push(point.createContactPoint.id);
  c.point = { id: point.createContactPoint.id, email: `zz.point.${seq}@${DOMAIN}` };
  c.fresh = await person(genk, 'Verify Vers', address('fresh'), ['nl']);
  c.optedOut = await person(genk, 'Verify Afgemeld', address('out'), ['nl']);
  c.noMail = await person(genk, 'Verify Zonder', null, ['nl']);
  c.archived = await person(genk, 'Verify Gearchiveerd', address('archived'), ['nl']);
  c.dutch = await person(
    await organisation('NL', 'region-mun-genk'),
    'Verify Nederland',
    address('dutch'),
    ['fr'],
  );
  // Oldest first: the job mails the longest unverified before the others.
  await setStored(c.nl.id, { lastVerifiedAt: '1990-01-01' });
  await setStored(c.fr.id, { lastVerifiedAt: '1990-01-02' });
  await setStored(c.point.id, { lastVerifiedAt: '1990-01-03' });
  await setStored(c.dutch.id, { lastVerifiedAt: '1990-01-04' });
  await setStored(c.fresh.id, { lastVerifiedAt: today() });
  await setStored(c.optedOut.id, {
    lastVerifiedAt: '1990-01-01',
    verificationMailStoppedAt: '2026-01-01T00:00:00Z',
  });
  await setStored(c.noMail.id, { lastVerifiedAt: '1990-01-01' });
  await setStored(c.archived.id, { lastVerifiedAt: '1990-01-01', status: 'ARCHIVED' });
}, 300_000);

afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id IN $ids
     OPTIONAL MATCH (r:ContactReport)-[:ABOUT]->(n)
     OPTIONAL MATCH (l:ContactLink)-[:FOR]->(n)
     OPTIONAL MATCH (e:AuditEvent) WHERE e.entityId = n.id
     DETACH DELETE r, l, e, n`,
    { ids: created },
  );
  await t.db.driver.executeQuery(
    'MATCH (m:MailMessage) WHERE any(id IN $ids WHERE m.id STARTS WITH "verify-" + id) DELETE m',
    { ids: created },
  );
  await removeTestUsers(t);
  await t.close();
  await smtp.close();
});

describe('the mailing', () => {
  test('the language: Dutch in the Netherlands, French for a French-only Belgian contact', () => {
    expect(mailLanguage('NL', ['fr'])).toBe('NL');
    expect(mailLanguage('BE', ['fr'])).toBe('FR');
    expect(mailLanguage('BE', ['fr', 'nl'])).toBe('NL');
    expect(mailLanguage('BE', [])).toBe('NL');
    expect(mailLanguage(null, ['en'])).toBe('NL');
  });

  test('each due contact gets exactly one mail, a bounded number per run; reruns and restarts send nothing new', async () => {
    // The two longest unverified first: a run stops at its limit.
    const first = await run(2);
    expect(first.sent).toBe(2);
    expect(
      mine()
        .map((m) => m.to)
        .sort(),
    ).toEqual([c.nl.email, c.fr.email].sort());

    // The next run (a new job instance, as after a restart) goes on where the first stopped.
    await run(2);
    expect(mailsTo(c.point.email)).toHaveLength(1);
    expect(mailsTo(c.dutch.email)).toHaveLength(1);
    // Everyone due is mailed now; further runs (a big batch) add nothing for them.
    await run(1000);
    await run(1000);
    for (const who of [c.nl, c.fr, c.point, c.dutch]) expect(mailsTo(who.email)).toHaveLength(1);
    // Fresh, opted out, archived, or without an address: no mail.
    for (const who of [c.fresh, c.optedOut, c.archived]) expect(mailsTo(who.email)).toHaveLength(0);
    expect(mine()).toHaveLength(4);

    const [nl] = mailsTo(c.nl.email);
    expect(nl!.subject).toBe('Kloppen uw contactgegevens in CONFINE nog?');
    expect(nl!.text).toContain('Beste Zz Verify Nederlands');
    expect(nl!.text).toContain('Wilt u deze mails niet meer ontvangen?');
    expect(nl!.messageId).toContain(`verify-${c.nl.id}-1990-01-01`);
    const link = linkIn(nl!, CONTACT_LINK_PATH);
    expect(link.url.startsWith(`${PUBLIC_URL}${CONTACT_LINK_PATH}#`)).toBe(true);
    expect(mailsTo(c.fr.email)[0]!.subject).toBe(
      'Vos coordonnées dans CONFINE sont-elles toujours exactes ?',
    );
    expect(mailsTo(c.dutch.email)[0]!.text).toContain('Beste Zz Verify Nederland');
    expect(mailsTo(c.point.email)[0]!.text).toContain('Beste ZZ Verify Meldpunt');
  });
});

describe('the link page, without an account', () => {
  const tokenOf = (who: { email: string | null }) =>
    linkIn(mailsTo(who.email)[0]!, CONTACT_LINK_PATH).token;

  test('shows only the entry the link is for', async () => {
    const data = await ok(ENTRY, {
      t: tokenOf(c.nl),
    });
    expect(data.ownContactEntry).toEqual({
      type: 'PERSON',
      name: 'Zz Verify Nederlands',
      function: 'Teamleider',
      email: c.nl.email,
      phone: '+3289555077',
      organisationName: expect.stringMatching(/^ZZ Verify Org BE/),
      mailStopped: false,
    });
    const point = await ok(ENTRY, {
      t: tokenOf(c.point),
    });
    expect(point.ownContactEntry).toMatchObject({
      type: 'CONTACT_POINT',
      name: 'ZZ Verify Meldpunt',
      email: c.point.email,
    });
  });

  test('"dit klopt" sets lastVerifiedAt, audited as the contact, and the link works once', async () => {
    const token = tokenOf(c.nl);
    const before = await storedContact(c.nl.id);
    expect(before.lastVerifiedAt).toBe('1990-01-01');
    expect((await ok(CONFIRM, { t: token })).confirmOwnContact).toBe(true);
    const after = await storedContact(c.nl.id);
    expect(after.lastVerifiedAt).toBe(today());
    expect(after.events).toContain(`VERIFY contact:${c.nl.id} contact:${c.nl.id}`);
    // No address of the contact in the audit trail's actor.
    expect(after.events.join(' ')).not.toContain(DOMAIN);

    for (const query of LINK_DOCUMENTS) {
      const again = await t.gql(query, { t: token }, { 'accept-language': 'fr' });
      expect(refusal(again)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'token',
        problem: 'contact_link_used',
      });
      expect(refusal(again).message).toMatch(/déjà été utilisé/);
    }
    const proposal = await t.gql(PROPOSE, { t: token, m: 'Mijn nummer is veranderd' });
    expect(refusal(proposal).problem).toBe('contact_link_used');
    expect(await storedContact(c.nl.id)).toEqual(after);
  });

  test('a correction lands in the queue of the coordinators in scope, as a proposal, and changes nothing', async () => {
    const token = tokenOf(c.fr);
    const before = await storedContact(c.fr.id);
    // Required, and limited in length: refused in the contact's language, the link still works.
    const empty = await t.gql(PROPOSE, { t: token, m: '   ' }, { 'accept-language': 'fr' });
    expect(refusal(empty)).toMatchObject({ field: 'message', problem: 'required' });
    const long = await t.gql(PROPOSE, { t: token, m: 'x'.repeat(1001) });
    expect(refusal(long)).toMatchObject({ field: 'message', problem: 'too_long' });
    expect(await storedContact(c.fr.id)).toEqual(before);

    const sent = await ok(PROPOSE, {
      t: token,
      m: '  Mon numéro est désormais le +32 89 55 50 99  ',
    });
    expect(sent.proposeContactCorrection).toBe(true);
    const queue = await ok(QUEUE, {}, inScope);
    expect(queue.contactReports.filter((r) => r.contact.id === c.fr.id)).toEqual([
      {
        reason: 'PROPOSAL',
        message: 'Mon numéro est désormais le +32 89 55 50 99',
        userEmail: `contact:${c.fr.id}`,
        contact: { id: c.fr.id },
      },
    ]);
    const elsewhere = await ok(QUEUE, {}, outOfScope);
    expect(elsewhere.contactReports.some((r) => r.contact.id === c.fr.id)).toBe(false);

    const after = await storedContact(c.fr.id);
    expect(after).toMatchObject({
      lastVerifiedAt: before.lastVerifiedAt,
      phone: before.phone,
      reports: 1,
    });
    expect(after.events).toContain(`REPORT contact:${c.fr.id} contact:${c.fr.id}`);
    expect(refusal(await t.gql(CONFIRM, { t: token })).problem).toBe('contact_link_used');
    expect((await storedContact(c.fr.id)).lastVerifiedAt).toBe('1990-01-02');
  });

  test('staff cannot file a report as the contact’s own proposal', async () => {
    const body = await t.gql(
      'mutation($id: ID!) { reportContact(id: $id, reason: PROPOSAL, message: "Zelf") }',
      { id: c.point.id },
      admin.headers,
    );
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  test('an expired or tampered link is refused and changes nothing', async () => {
    const token = tokenOf(c.point);
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [flipped, 'short', `${token}x`]) {
      expect(refusal(await t.gql(CONFIRM, { t: bad }))).toMatchObject({
        field: 'token',
        problem: 'contact_link_invalid',
      });
    }
    await t.db.driver.executeQuery(
      'MATCH (l:ContactLink)-[:FOR]->(:Entity {id: $id}) SET l.expiresAt = datetime() - duration({minutes: 1})',
      { id: c.point.id },
    );
    const before = await storedContact(c.point.id);
    for (const query of LINK_DOCUMENTS) {
      const body = await t.gql(query, { t: token });
      expect(refusal(body)).toMatchObject({ field: 'token', problem: 'contact_link_expired' });
      expect(refusal(body).message).toMatch(/verlopen/);
    }
    expect(refusal(await t.gql(PROPOSE, { t: token, m: 'Iets' })).problem).toBe(
      'contact_link_expired',
    );
    expect(await storedContact(c.point.id)).toEqual(before);
  });

  test('"stuur mij geen mails meer" works with a used link, is audited, and the next cycle skips the contact', async () => {
    // The next cycle for all three: a verification long ago (as if a year passed).
    for (const who of [c.nl, c.fr, c.dutch])
      await setStored(who.id, { lastVerifiedAt: '1991-01-01' });
    // c.fr's link was used for a proposal: stopping the mails still works with it.
    const stopped = await ok(STOP, { t: tokenOf(c.fr) });
    expect(stopped.stopContactMail).toBe(true);
    const fr = await storedContact(c.fr.id);
    expect(fr.stopped).toBe(true);
    expect(fr.events).toContain(`UPDATE contact:${c.fr.id} contact:${c.fr.id}`);
    expect(refusal(await t.gql(STOP, { t: 'x'.repeat(43) })).problem).toBe('contact_link_invalid');

    await run(1000);
    expect(mailsTo(c.fr.email)).toHaveLength(1);
    // A new cycle is a new mail, with its own id, for those who did not opt out.
    expect(mailsTo(c.nl.email)).toHaveLength(2);
    expect(mailsTo(c.nl.email)[1]!.messageId).toContain(`verify-${c.nl.id}-1991-01-01`);
    expect(mailsTo(c.dutch.email)).toHaveLength(2);
    await run(1000);
    expect(mailsTo(c.nl.email)).toHaveLength(2);
  });

  test('a run stopped between making a link and sending it: the next run sends a working link, once', async () => {
    await setStored(c.nl.id, { lastVerifiedAt: '1992-01-01' });
    // The stopped run made the link (its token lost with the process) but sent nothing.
    await repos.contactLinks.open({
      id: `verify-${c.nl.id}-1992-01-01`,
      contactId: c.nl.id,
      cycle: '1992-01-01',
      hash: 'lost-with-the-process',
      days: 30,
    });
    await run(1000);
    await run(1000);
    const mails = mailsTo(c.nl.email);
    expect(mails).toHaveLength(3);
    const data = await ok(ENTRY, {
      t: linkIn(mails[2]!, CONTACT_LINK_PATH).token,
    });
    expect(data.ownContactEntry.name).toBe('Zz Verify Nederlands');
    const { records } = await t.db.driver.executeQuery(
      'MATCH (l:ContactLink)-[:FOR]->(:Entity {id: $id}) RETURN count(l) AS links',
      { id: c.nl.id },
    );
    expect(Number(records[0]!.get('links'))).toBe(3);
  });
});
