/**
 * Account mail through a real SMTP server on loopback: an invitation and a password reset arrive
 * with links that work once; expired, reused and tampered links and weak passwords are refused
 * with nothing changed; a message is sent once per id and a recipient's mail is rate-limited.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { MailRepository } from '../../server/src/mail/mail.repository';
import { MAIL_LIMIT, Mailer } from '../../server/src/mail/mailer';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';
import { linkIn, startTestSmtp, type TestSmtp } from '../support/smtp';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const ME = graphql('{ me { email } }');

const DOMAIN = `mail-${randomBytes(3).toString('hex')}.example.net`;
const PUBLIC_URL = 'http://confine.test';
const GOOD = 'Kalkoen paraplu vijver 93 mistig';
const OTHER = 'Tulpenveld zonder kompas 71';

let t: TestApp;
let smtp: TestSmtp;
let admin: TestUser;
let seq = 0;
const address = () => `zz.mail.${++seq}@${DOMAIN}`;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp(undefined, {
    mail: { smtpUrl: smtp.url, publicUrl: PUBLIC_URL, from: 'CONFINE <noreply@confine.test>' },
  });
  admin = await createUser(t, 'ADMIN');
});

afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (u:User) WHERE u.email ENDS WITH $domain
     OPTIONAL MATCH (x)-[:OF|FOR]->(u) DETACH DELETE x, u`,
    { domain: `@${DOMAIN}` },
  );
  await t.db.driver.executeQuery(
    'MATCH (x:SignInThrottle) WHERE x.key CONTAINS $domain OR x.key CONTAINS $marker DELETE x',
    { domain: DOMAIN, marker: '203.0.113.' },
  );
  await t.db.driver.executeQuery('MATCH (m:MailMessage) WHERE m.id STARTS WITH $p DELETE m', {
    p: 'test-',
  });
  await removeTestUsers(t);
  await t.close();
  await smtp.close();
});

const CREATE = graphql(`mutation($i: AccountInput!) {
  createUser(input: $i) { invited password account { id email } } }`);
const ACCEPT = `mutation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) { user { email name } } }`;
const RESET = `mutation($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) { user { email } } }`;
const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const SIGN_IN = graphql(`mutation($e: String!, $p: String!) {
  signIn(email: $e, password: $p, issueToken: true) { token } }`);

async function post(query: string, variables: unknown, headers: Record<string, string> = {}) {
  const response = await t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { body: (await response.json()) as GqlBody<Record<string, unknown>>, cookie };
}

async function signsIn(email: string, password: string): Promise<boolean> {
  const body = await t.gql(SIGN_IN, { e: email, p: password });
  return Boolean(body.data?.signIn.token);
}

async function me(headers: Record<string, string>): Promise<string | null> {
  const body = await t.gql(ME, {}, headers);
  return body.data?.me?.email ?? null;
}

/** The field error of a refused request: its field, code and message. */
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

async function invite(email: string, language: 'NL' | 'FR' | 'EN') {
  const body = await t.gql(
    CREATE,
    { i: { email, name: 'Zoë Uitgenodigd', role: 'STAFF', invite: true, language } },
    admin.headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.createUser;
}

describe('invitations', () => {
  test('an invited user gets a mail in their language, and its link sets the first password once', async () => {
    const email = address();
    const created = await invite(email, 'FR');
    expect(created).toEqual({ invited: true, password: null, account: expect.anything() });
    const mail = await smtp.next(email);
    expect(mail.subject).toBe('Votre compte CONFINE');
    expect(mail.text).toContain('Bonjour Zoë Uitgenodigd');
    const link = linkIn(mail, '/accept-invitation');
    expect(link.url.startsWith(`${PUBLIC_URL}/accept-invitation#`)).toBe(true);
    // No password yet: nothing signs in.
    expect(await signsIn(email, GOOD)).toBe(false);

    // A weak password is refused in the user's language, and the link still works.
    const weak = await post(
      ACCEPT,
      { token: link.token, password: 'azertyuiop12' },
      { 'accept-language': 'fr' },
    );
    expect(refusal(weak.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      problem: 'password_sequence',
    });
    expect(refusal(weak.body).message).toMatch(/suite/);
    // A tampered token is not a link.
    const flipped = `${link.token.slice(0, -1)}${link.token.endsWith('A') ? 'B' : 'A'}`;
    const tampered = await post(ACCEPT, { token: flipped, password: GOOD });
    expect(refusal(tampered.body)).toMatchObject({ field: 'token', problem: 'link_invalid' });
    expect(refusal(tampered.body).message).toMatch(/^Deze link klopt niet/);
    expect(await signsIn(email, GOOD)).toBe(false);

    const accepted = await post(ACCEPT, { token: link.token, password: GOOD });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.cookie).toMatch(/^confine_session=/);
    expect(await me({ cookie: accepted.cookie })).toBe(email);
    expect(await signsIn(email, GOOD)).toBe(true);

    // Used once: a second use changes nothing.
    const again = await post(
      ACCEPT,
      { token: link.token, password: OTHER },
      { 'accept-language': 'en' },
    );
    expect(refusal(again.body)).toMatchObject({ field: 'token', problem: 'link_used' });
    expect(refusal(again.body).message).toMatch(/already used/);
    expect(again.cookie).toBe('');
    expect(await signsIn(email, OTHER)).toBe(false);
    expect(await signsIn(email, GOOD)).toBe(true);
  });

  test('the invitation and the accepted password are in the audit log, without a password', async () => {
    const email = address();
    const created = await invite(email, 'NL');
    const link = linkIn(await smtp.next(email), '/accept-invitation');
    await post(ACCEPT, { token: link.token, password: GOOD });
    const { records } = await t.db.driver.executeQuery(
      `MATCH (e:AuditEvent {entityId: $id}) RETURN e.action AS action, e.userId AS userId, e.changes AS changes ORDER BY e.at`,
      { id: created.account.id },
    );
    const events = records.map((r) => ({
      action: r.get('action') as string,
      userId: r.get('userId') as string,
      changes: String(r.get('changes')),
    }));
    expect(events.map((e) => [e.action, e.userId])).toEqual([
      ['CREATE', admin.id],
      ['UPDATE', created.account.id],
    ]);
    expect(events[0]?.changes).toContain('invitation');
    expect(events[1]?.changes).toContain('chosen through the invitation');
    expect(events.map((e) => e.changes).join()).not.toContain(GOOD);
  });

  test('an administrator cannot invite and choose the password too', async () => {
    const body = await t.gql(
      CREATE,
      { i: { email: address(), name: 'Zz Twee', role: 'STAFF', invite: true, password: GOOD } },
      admin.headers,
    );
    expect(refusal(body)).toMatchObject({ field: 'password', problem: 'invalid' });
  });
});

describe('password reset', () => {
  test('the same answer for any address; the mail link sets a new password once and ends the other sessions', async () => {
    const email = address();
    await invite(email, 'EN');
    await post(ACCEPT, {
      token: linkIn(await smtp.next(email), '/accept-invitation').token,
      password: GOOD,
    });
    const bearer = (await t.gql(SIGN_IN, { e: email, p: GOOD })).data!.signIn.token;
    expect(await me({ authorization: `Bearer ${bearer}` })).toBe(email);

    const known = await post(REQUEST, { e: email }, { 'x-forwarded-for': '203.0.113.10' });
    const unknown = await post(
      REQUEST,
      { e: `nobody@${DOMAIN}` },
      { 'x-forwarded-for': '203.0.113.10' },
    );
    expect(known.body).toEqual({ data: { requestPasswordReset: true } });
    expect(unknown.body).toEqual(known.body);

    const mail = await smtp.next(email);
    expect(mail.subject).toBe('A new password for CONFINE');
    const link = linkIn(mail, '/reset-password');
    const weak = await post(RESET, { token: link.token, password: 'zoe' });
    expect(refusal(weak.body)).toMatchObject({ field: 'password', problem: 'too_short' });
    expect(await me({ authorization: `Bearer ${bearer}` })).toBe(email);

    const reset = await post(RESET, { token: link.token, password: OTHER });
    expect(reset.body.errors).toBeUndefined();
    expect(await me({ cookie: reset.cookie })).toBe(email);
    expect(await me({ authorization: `Bearer ${bearer}` })).toBeNull();
    expect(await signsIn(email, GOOD)).toBe(false);
    expect(await signsIn(email, OTHER)).toBe(true);
    const notice = await smtp.next(email);
    expect(notice.subject).toBe('Your CONFINE password was changed');
    expect(notice.text).toContain(`${PUBLIC_URL}/forgot-password`);

    const again = await post(RESET, { token: link.token, password: GOOD });
    expect(refusal(again.body)).toMatchObject({ field: 'token', problem: 'link_used' });
    expect(await signsIn(email, OTHER)).toBe(true);
  });

  test('an expired link is refused and changes nothing', async () => {
    const email = address();
    await invite(email, 'NL');
    await post(ACCEPT, {
      token: linkIn(await smtp.next(email), '/accept-invitation').token,
      password: GOOD,
    });
    await post(REQUEST, { e: email }, { 'x-forwarded-for': '203.0.113.11' });
    const link = linkIn(await smtp.next(email), '/reset-password');
    await t.db.driver.executeQuery(
      `MATCH (:AccountToken {purpose: 'reset'})-[:FOR]->(u:User {email: $email})
       MATCH (a:AccountToken)-[:FOR]->(u) SET a.expiresAt = datetime() - duration({minutes: 1})`,
      { email },
    );
    const expired = await post(
      RESET,
      { token: link.token, password: OTHER },
      { 'accept-language': 'nl' },
    );
    expect(refusal(expired.body)).toMatchObject({ field: 'token', problem: 'link_expired' });
    expect(refusal(expired.body).message).toMatch(/^Deze link is verlopen/);
    expect(expired.cookie).toBe('');
    expect(await signsIn(email, OTHER)).toBe(false);
    expect(await signsIn(email, GOOD)).toBe(true);
  });

  test('asking again and again from one address is throttled like signing in', async () => {
    const email = `nobody-${++seq}@${DOMAIN}`;
    const headers = { 'x-forwarded-for': '203.0.113.12' };
    for (let i = 0; i < 5; i++) {
      expect((await post(REQUEST, { e: email }, headers)).body.errors).toBeUndefined();
    }
    const refused = await post(REQUEST, { e: email }, headers);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('the mailer', () => {
  test('sends a message id once, also after a restart, and limits mail to one recipient', async () => {
    const to = address();
    const settings = {
      smtpUrl: smtp.url,
      from: 'x@confine.test',
      publicUrl: PUBLIC_URL,
      outboxDir: '/nonexistent',
    };
    const message = {
      id: `test-${randomBytes(4).toString('hex')}`,
      kind: 'test',
      to,
      subject: 'Eén',
      text: 'Hallo',
    };
    const first = new Mailer(new MailRepository(t.db), settings, () => {});
    expect(await first.send(message)).toBe('sent');
    await smtp.next(to);
    expect(await first.send(message)).toBe('duplicate');
    // A new process (a restart) knows it was sent.
    const restarted = new Mailer(new MailRepository(t.db), settings, () => {});
    expect(await restarted.send(message)).toBe('duplicate');
    expect(smtp.received.filter((m) => m.to === to)).toHaveLength(1);

    const outcomes = [];
    for (let i = 1; i <= MAIL_LIMIT.perWindow; i++) {
      outcomes.push(await first.send({ ...message, id: `${message.id}-${i}` }));
    }
    expect(outcomes).toEqual([...Array(MAIL_LIMIT.perWindow - 1).fill('sent'), 'limited']);
    first.close();
    restarted.close();
  });

  test('without SMTP, a message is written to the outbox and the log says where, not what', async () => {
    const outboxDir = await mkdtemp(path.join(os.tmpdir(), 'confine-outbox-test-'));
    const lines: string[] = [];
    const mailer = new Mailer(
      new MailRepository(t.db),
      { smtpUrl: null, from: 'x@confine.test', publicUrl: PUBLIC_URL, outboxDir },
      (line) => lines.push(line),
    );
    const secret = randomBytes(16).toString('base64url');
    const id = `test-${randomBytes(4).toString('hex')}`;
    const link = mailer.link('/reset-password', secret);
    expect(
      await mailer.send({
        id,
        kind: 'reset',
        to: address(),
        subject: 'Link',
        text: `Open ${link}`,
      }),
    ).toBe('sent');
    const files = await readdir(outboxDir);
    expect(files).toEqual([`${id}.eml`]);
    expect(await readFile(path.join(outboxDir, `${id}.eml`), 'utf8')).toContain(secret);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.join(outboxDir, `${id}.eml`));
    expect(lines.join()).not.toContain(secret);
    mailer.close();
    await rm(outboxDir, { recursive: true });
  });
});
