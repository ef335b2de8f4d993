/**
 * The coordinators' weekly digest, through a real SMTP server on loopback and a Neo4j of this
 * file's own (the digest mails every coordinator and administrator in the database; on the run's
 * shared Neo4j that would be every other file's accounts too). A coordinator gets one mail a week
 * counting exactly what needs them in their scope; one with nothing to see gets none; a second run
 * in the week, or after a restart, sends nothing again; the opt-out link of any digest turns it off
 * without signing in, audited as the account's own change; a made-up link is refused and changes
 * nothing. And the notice mails when a second factor is turned on, off or reset.
 */
import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type TadaDocumentNode } from '../../client/src/lib/documents';
import { contactActor } from '../../server/src/contacts/contact-links';
import {
  DIGEST_STOP_PATH,
  type DigestRunSummary,
  isoWeek,
  runDigest,
} from '../../server/src/digest/digest';
import { Mailer } from '../../server/src/mail/mailer';
import { createRepositories, type Repositories } from '../../server/src/repositories';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';
import { startSeededNeo4j } from '../support/own-neo4j';
import { linkIn, type ReceivedMail, startTestSmtp, type TestSmtp } from '../support/smtp';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_ORGANISATION = graphql(
  'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
);
const CREATE_CONTACT_POINT = graphql(
  'mutation($input: ContactPointInput!) { createContactPoint(input: $input) { id } }',
);
const REPORT_CONTACT = graphql(
  'mutation($id: ID!) { reportContact(id: $id, reason: OTHER, message: "Verhuisd") }',
);
const START_SECOND_FACTOR_ENROLMENT = graphql('mutation { startSecondFactorEnrolment { secret } }');
const CONFIRM_SECOND_FACTOR_ENROLMENT = graphql(
  'mutation($c: String!) { confirmSecondFactorEnrolment(code: $c) { recoveryCodes } }',
);
const DISABLE_SECOND_FACTOR = graphql('mutation($c: String!) { disableSecondFactor(code: $c) }');
const RESET_SECOND_FACTOR = graphql('mutation($id: ID!) { resetSecondFactor(id: $id) }');

const PUBLIC_URL = 'http://confine.test';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

let own: Awaited<ReturnType<typeof startSeededNeo4j>> | undefined;
let t: TestApp;
let smtp: TestSmtp;
let repos: Repositories;
let admin: TestUser;
let busy: TestUser;
let french: TestUser;
let idle: TestUser;
let staff: TestUser;
let seq = 0;
const run = randomBytes(3).toString('hex');

async function ok<R, V>(query: TadaDocumentNode<R, V>, variables: V, as?: TestUser) {
  const body = await t.gql(query, variables, as?.headers ?? {});
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function organisation(): Promise<string> {
  const org = await ok(
    CREATE_ORGANISATION,
    {
      input: {
        name: `ZZ Digest Org ${run} ${++seq}`,
        type: 'SOCIAL_SERVICE',
        country: 'BE',
        coverage: ['region-mun-genk'],
      },
    },
    admin,
  );
  return org.createOrganisation.id;
}

/** A contact point of `ownerId`, verified on `verified` (long ago: due for verification). */
async function contactPoint(ownerId: string, verified: string): Promise<string> {
  const body = await ok(
    CREATE_CONTACT_POINT,
    { input: { ownerId, name: { nl: `ZZ Digest Loket ${++seq}` }, kind: 'DESK' } },
    admin,
  );
  const id = body.createContactPoint.id;
  await t.db.driver.executeQuery(
    'MATCH (c:Entity {id: $id}) SET c.lastVerifiedAt = date($verified)',
    { id, verified },
  );
  return id;
}

/** Runs the job as a freshly started server would (a new Mailer), at `now`. */
async function digest(now: Date): Promise<DigestRunSummary> {
  const mailer = new Mailer(repos.mail, {
    smtpUrl: smtp.url,
    from: 'CONFINE <noreply@confine.test>',
    publicUrl: PUBLIC_URL,
    outboxDir: '/nonexistent',
  });
  try {
    return await runDigest(
      { digest: repos.digest, contacts: repos.contacts, mailer },
      { verificationMonths: 12 },
      () => {},
      now,
    );
  } finally {
    mailer.close();
  }
}

const mailsTo = (user: TestUser) => smtp.received.filter((m) => m.to === user.email);

function refusal(body: GqlBody<unknown>) {
  const error = body.errors?.[0];
  const [first] = (error?.extensions?.fieldErrors ?? []) as { field: string; message: string }[];
  return { code: error?.extensions?.code, field: first?.field, message: first?.message };
}

async function digestEvents(userId: string): Promise<string[]> {
  const { records } = await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent {entityId: $userId}) WHERE e.changes CONTAINS 'digestMail'
     RETURN e.userId + ' ' + e.changes AS event ORDER BY e.at`,
    { userId },
  );
  return records.map((r) => r.get('event') as string);
}

const STATUS = graphql('{ myDigestMail }');
const STOP = graphql('mutation($t: String!) { stopDigestMail(token: $t) }');

beforeAll(async () => {
  own = await startSeededNeo4j();
  smtp = await startTestSmtp();
  t = await createTestApp(own.uri, { mail: { smtpUrl: smtp.url, publicUrl: PUBLIC_URL } });
  repos = createRepositories(t.db);
  admin = await createUser(t, 'ADMIN');
  staff = await createUser(t, 'STAFF');
  // Each coordinator's scope is one organisation of this file: their counts are known exactly.
  const busyOrg = await organisation();
  const idleOrg = await organisation();
  busy = await createUser(t, 'COORDINATOR', { scopeOrganisationIds: [busyOrg] });
  french = await createUser(t, 'COORDINATOR', { scopeOrganisationIds: [busyOrg] });
  await t.db.driver.executeQuery("MATCH (u:User {id: $id}) SET u.language = 'FR'", {
    id: french.id,
  });
  idle = await createUser(t, 'COORDINATOR', { scopeOrganisationIds: [idleOrg] });
  // In busy's scope: two contacts unverified for years, one verified today; a report from staff
  // about one, and a correction the other contact proposed through their own link.
  const [stale1, stale2] = [
    await contactPoint(busyOrg, '2001-02-03'),
    await contactPoint(busyOrg, '2002-03-04'),
  ];
  await contactPoint(busyOrg, new Date().toISOString().slice(0, 10));
  await ok(REPORT_CONTACT, { id: stale1 }, staff);
  await repos.editor.run(contactActor(stale2!), (w) =>
    repos.contacts.createReport(w.tx, {
      id: `report-digest-${run}`,
      contactId: stale2!,
      userId: contactActor(stale2!).id,
      userEmail: contactActor(stale2!).email,
      reason: 'PROPOSAL',
      message: 'Nieuw nummer: 089 55 50 00',
    }),
  );
  // The idle organisation's only contact was verified today: nothing for its coordinator.
  await contactPoint(idleOrg, new Date().toISOString().slice(0, 10));
}, 600_000);

afterAll(async () => {
  await removeTestUsers(t);
  await t?.close();
  await smtp?.close();
  await own?.dispose();
}, 120_000);

describe('the weekly digest', () => {
  const monday = new Date('2026-12-07T06:00:00Z');

  test('counts exactly what needs each coordinator, in their language, once per week', async () => {
    const first = await digest(monday);
    expect(first.failed).toBe(0);
    const [mail, ...more] = mailsTo(busy);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('CONFINE weekoverzicht: 4 punten vragen aandacht');
    expect(mail?.text).toContain('in uw werkgebied');
    expect(mail?.text).toContain(
      '- 2 contactgegevens zijn 12 maanden of langer niet gecontroleerd',
    );
    expect(mail?.text).toContain("- 1 melding van collega's dat een contact niet klopt");
    expect(mail?.text).toContain('- 1 verbetering die contacten zelf voorstelden');
    expect(mail?.text).toContain(`${PUBLIC_URL}/coordinate/queue`);
    expect(mail?.text).toContain(`${PUBLIC_URL}/account/mail`);
    expect(mail?.messageId).toContain(isoWeek(monday));
    // Counts only: no contact's name or address travels in the mail.
    expect(mail?.text).not.toMatch(/ZZ Digest Loket|Verhuisd|089 55 50 00/);

    const [fr] = mailsTo(french);
    expect(fr?.subject).toBe('Récapitulatif CONFINE : 4 points demandent votre attention');
    expect(fr?.text).toContain('- 1 correction proposée par les contacts eux-mêmes');

    // Nothing in the idle coordinator's scope, and staff get no digest at all.
    expect(mailsTo(idle)).toHaveLength(0);
    expect(mailsTo(staff)).toHaveLength(0);
    // The administrator's digest is about the whole network (the seed has unverified contacts).
    const [forAdmin] = mailsTo(admin);
    expect(forAdmin?.text).toContain('in het hele netwerk');
    expect(first.sent).toBe(3);
    expect(first.nothing).toBe(first.recipients - 3);

    // Later the same week, and after a "restart" (a new mailer): nothing is sent again.
    const again = await digest(new Date(monday.getTime() + 3 * 24 * 60 * 60 * 1000));
    expect(again).toMatchObject({ sent: 0, already: 3, failed: 0 });
    expect(mailsTo(busy)).toHaveLength(1);
    expect(mailsTo(admin)).toHaveLength(1);
  });

  test('the opt-out link of any digest turns it off without signing in, audited; a made-up one changes nothing', async () => {
    // A second week's digest: two links to choose from.
    const nextWeek = await digest(new Date(monday.getTime() + WEEK_MS));
    expect(nextWeek.sent).toBe(3);
    const [firstMail, secondMail] = mailsTo(busy) as [ReceivedMail, ReceivedMail];
    expect(secondMail).toBeDefined();
    const oldLink = linkIn(firstMail, DIGEST_STOP_PATH);
    expect(oldLink.token).not.toBe(linkIn(secondMail, DIGEST_STOP_PATH).token);

    const madeUp = await t.gql(
      STOP,
      { t: randomBytes(32).toString('base64url') },
      { 'accept-language': 'nl' },
    );
    expect(refusal(madeUp)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'token',
      message: 'Deze link klopt niet (onvolledig gekopieerd?); open de link uit de mail opnieuw',
    });
    expect((await ok(STATUS, {}, busy)).myDigestMail).toBe(true);

    // The older week's link still works: stopping never needs a fresh mail.
    expect((await ok(STOP, { t: oldLink.token })).stopDigestMail).toBe(true);
    expect((await ok(STATUS, {}, busy)).myDigestMail).toBe(false);
    expect(await digestEvents(busy.id)).toEqual([
      `${busy.id} [{"field":"digestMail","from":true,"to":false}]`,
    ]);
    // Using it again changes nothing and records nothing.
    await ok(STOP, { t: oldLink.token });
    expect(await digestEvents(busy.id)).toHaveLength(1);

    const third = await digest(new Date(monday.getTime() + 2 * WEEK_MS));
    expect(mailsTo(busy)).toHaveLength(2);
    expect(mailsTo(french)).toHaveLength(3);
    expect(third.sent).toBe(2);
  });

  test('a coordinator turns it on again in their account; staff cannot', async () => {
    const set = graphql('mutation($on: Boolean!) { setDigestMail(on: $on) }');
    expect((await ok(set, { on: true }, busy)).setDigestMail).toBe(true);
    expect((await ok(STATUS, {}, busy)).myDigestMail).toBe(true);
    expect((await digestEvents(busy.id)).at(-1)).toBe(
      `${busy.id} [{"field":"digestMail","from":false,"to":true}]`,
    );
    const refused = await t.gql(set, { on: false }, staff.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await digest(new Date(monday.getTime() + 3 * WEEK_MS));
    expect(mailsTo(busy)).toHaveLength(3);
  });
});

describe('notice mails about how an account signs in', () => {
  test('a second factor turned on, off, and reset by an administrator each tell the account holder', async () => {
    const user = await createUser(t, 'STAFF');
    const enrol = async () => {
      const started = await ok(START_SECOND_FACTOR_ENROLMENT, {}, user);
      const secret = started.startSecondFactorEnrolment.secret;
      await ok(CONFIRM_SECOND_FACTOR_ENROLMENT, { c: await generate({ secret }) }, user);
      return secret;
    };
    const secret = await enrol();
    const on = await smtp.next(user.email);
    expect(on.subject).toBe('Tweestapsverificatie staat aan voor uw CONFINE-account');
    expect(on.text).toContain('Was u dit niet? Verwittig dan meteen uw beheerder.');

    // Off with a code of a later time step than the one enrolment used.
    const later = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    await ok(DISABLE_SECOND_FACTOR, { c: later }, user);
    const off = await smtp.next(user.email);
    expect(off.subject).toBe('Tweestapsverificatie staat uit voor uw CONFINE-account');
    expect(off.text).toContain(`${PUBLIC_URL}/forgot-password`);

    await enrol();
    await smtp.next(user.email);
    await ok(RESET_SECOND_FACTOR, { id: user.id }, admin);
    const reset = await smtp.next(user.email);
    expect(reset.subject).toBe(
      'Uw beheerder heeft de tweestapsverificatie van uw CONFINE-account gewist',
    );
    expect(reset.text).toContain(`${PUBLIC_URL}/account/two-step`);
  });
});
