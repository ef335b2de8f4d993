/** Session hygiene: kinds kept apart, one fresh session per sign-in, idle timeout, purge. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentText, graphql, type VariablesOf } from '../../client/src/lib/documents';
import { AuthService } from '../../server/src/auth/auth.service';
import { createRepositories } from '../../server/src/repositories';
import { hashToken } from '../../server/src/shared/tokens';
import { createApp, inProcessConfig } from '../../server/src/yoga';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

let t: TestApp;
let staff: TestUser;
const SIGN_IN = graphql(`mutation($e: String!, $p: String!, $token: Boolean) {
  signIn(email: $e, password: $p, issueToken: $token) { token } }`);
const NAMED =
  graphql(`mutation($e: String!, $p: String!, $token: Boolean, $name: String, $days: Int) {
  signIn(email: $e, password: $p, issueToken: $token, tokenName: $name, tokenDays: $days) { token expiresAt } }`);
const ME = graphql('{ me { email } }');
const SESSIONS = graphql('{ mySessions { id kind current lastSeenAt } }');
const SESSION_NAMES = graphql('{ mySessions { name current } }');
const SESSION_IDS = graphql('{ mySessions { id } }');
const REVOKE = graphql('mutation($id: ID!) { revokeSession(id: $id) }');
const END_SESSIONS = graphql('mutation($id: ID!) { endUserSessions(id: $id) }');

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF');
});
afterAll(async () => {
  await t.db.driver.executeQuery('MATCH (s:Session) WHERE s.test = true DETACH DELETE s');
  await t.db.driver.executeQuery(
    "MATCH (x:SignInThrottle) WHERE x.key STARTS WITH 'test-purge-' DELETE x",
  );
  await removeTestUsers(t);
  await t.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  return t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs in for a session cookie ("confine_session=…"), sending `cookie` along when given. */
async function cookieSignIn(user: TestUser, cookie?: string): Promise<string> {
  const response = await post(
    { query: documentText(SIGN_IN), variables: { e: user.email, p: user.password } },
    cookie ? { cookie } : {},
  );
  const session = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(session).toMatch(/^confine_session=[\w-]{40,}$/);
  return session;
}

async function bearerSignIn(user: TestUser): Promise<string> {
  const body = await t.gql(SIGN_IN, {
    e: user.email,
    p: user.password,
    token: true,
  });
  const token = body.data?.signIn.token;
  if (!token) throw new Error(JSON.stringify(body.errors));
  return token;
}

async function me(headers: Record<string, string>): Promise<string | null> {
  const body = await t.gql(ME, {}, headers);
  return body.data?.me?.email ?? null;
}

async function sessionProps(token: string) {
  const { records } = await t.db.driver.executeQuery(
    'MATCH (s:Session {tokenHash: $h}) RETURN s.lastSeenAt.epochMillis AS lastSeen',
    { h: hashToken(token) },
  );
  return records[0] ? { lastSeen: Number(records[0].get('lastSeen')) } : null;
}

describe('session kinds', () => {
  test('a bearer token does not work as a cookie, nor a cookie value as a bearer token', async () => {
    const token = await bearerSignIn(staff);
    const cookie = await cookieSignIn(staff);
    expect(await me({ authorization: `Bearer ${token}` })).toBe(staff.email);
    expect(await me({ cookie })).toBe(staff.email);
    expect(await me({ cookie: `confine_session=${token}` })).toBeNull();
    expect(await me({ authorization: `Bearer ${cookie.split('=')[1]}` })).toBeNull();
  });
});

describe('one fresh session per sign-in', () => {
  test('signing in again from a browser ends the session it came with', async () => {
    const first = await cookieSignIn(staff);
    const second = await cookieSignIn(staff, first);
    expect(second).not.toBe(first);
    expect(await me({ cookie: second })).toBe(staff.email);
    expect(await me({ cookie: first })).toBeNull();
  });

  test('mySessions lists them; revokeSession ends one of them, and only one of your own', async () => {
    const user = await createUser(t, 'STAFF');
    const laptop = await bearerSignIn(user);
    const phone = await bearerSignIn(user);
    expect(laptop).not.toBe(phone);
    const list = await t.gql(SESSIONS, {}, { authorization: `Bearer ${laptop}` });
    const sessions = list.data?.mySessions ?? [];
    expect(sessions).toHaveLength(3); // createUser's own sign-in, the laptop and the phone
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(new Set(sessions.map((s) => s.kind))).toEqual(new Set(['BEARER']));
    const other = sessions.filter((s) => !s.current);

    // Another user cannot end them: the same answer as for an id that does not exist.
    const foreign = await t.gql(REVOKE, { id: other[0]!.id }, staff.headers);
    expect(foreign.data?.revokeSession).toBe(false);

    for (const s of other) {
      const revoked = await t.gql(REVOKE, { id: s.id }, { authorization: `Bearer ${laptop}` });
      expect(revoked.data?.revokeSession).toBe(true);
    }
    expect(await me({ authorization: `Bearer ${phone}` })).toBeNull();
    expect(await me(user.headers)).toBeNull();
    expect(await me({ authorization: `Bearer ${laptop}` })).toBe(user.email);
  });
});

describe('named API tokens and signing a user out everywhere', () => {
  test('a named token is listed by its name, ends after its days, and has no idle limit', async () => {
    const user = await createUser(t, 'STAFF');
    const before = Date.now();
    const body = await t.gql(NAMED, {
      e: user.email,
      p: user.password,
      token: true,
      name: '  Nachtelijke export ',
      days: 90,
    });
    expect(body.errors).toBeUndefined();
    const { token, expiresAt } = body.data!.signIn;
    if (!token) throw new Error('no token issued');
    const days = (Date.parse(expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
    const list = await t.gql(SESSION_NAMES, {}, user.headers);
    // createUser's own sign-in has no name; the token is listed by its name, trimmed.
    expect(list.data?.mySessions.map((s) => s.name).sort()).toEqual(['Nachtelijke export', null]);
    // Unused for two days: an unnamed session would have ended, the named token still works.
    await t.db.driver.executeQuery(
      "MATCH (s:Session) WHERE s.tokenHash IN $h SET s.lastSeenAt = datetime() - duration('P2D')",
      { h: [hashToken(token), hashToken(user.token)] },
    );
    expect(await me({ authorization: `Bearer ${token}` })).toBe(user.email);
    expect(await me(user.headers)).toBeNull();
    // Without a number of days: 30.
    const plain = await t.gql(NAMED, {
      e: user.email,
      p: user.password,
      token: true,
      name: 'Rapport',
    });
    expect((Date.parse(plain.data!.signIn.expiresAt) - Date.now()) / 86_400_000).toBeGreaterThan(
      29.9,
    );
  });

  test('a name without a token, a bad name or a life out of range: refused per field, no session opened', async () => {
    const user = await createUser(t, 'STAFF');
    const cases: [Partial<VariablesOf<typeof NAMED>>, string, string][] = [
      [{ token: false, name: 'Export' }, 'tokenName', 'Alleen voor een API-token'],
      [{ token: true, days: 5 }, 'tokenDays', 'Alleen voor een API-token'],
      [
        { token: true, name: 'Export', days: 0 },
        'tokenDays',
        'Een geheel getal van 1 tot en met 365',
      ],
      [
        { token: true, name: 'Export', days: 400 },
        'tokenDays',
        'Een geheel getal van 1 tot en met 365',
      ],
      [{ token: true, name: '   ' }, 'tokenName', 'Dit veld is verplicht'],
      [{ token: true, name: 'x'.repeat(81) }, 'tokenName', 'Hoogstens 80 tekens'],
    ];
    for (const [variables, field, words] of cases) {
      const body = await t.gql(
        NAMED,
        { e: user.email, p: user.password, ...variables },
        {
          'accept-language': 'nl',
        },
      );
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      const fields = body.errors?.[0]?.extensions?.fieldErrors as {
        field: string;
        message: string;
      }[];
      expect(fields, JSON.stringify(variables)).toEqual([
        expect.objectContaining({ field, message: expect.stringContaining(words) }),
      ]);
    }
    const list = await t.gql(SESSION_IDS, {}, user.headers);
    expect(list.data?.mySessions).toHaveLength(1);
  });

  test('an administrator signs a user out everywhere: every session and token ends, audited', async () => {
    const admin = await createUser(t, 'ADMIN');
    const user = await createUser(t, 'STAFF');
    const token = await bearerSignIn(user);
    const end = END_SESSIONS;
    const refused = await t.gql(end, { id: user.id }, staff.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await me({ authorization: `Bearer ${token}` })).toBe(user.email);

    const body = await t.gql(end, { id: user.id }, admin.headers);
    expect(body.errors).toBeUndefined();
    expect(body.data?.endUserSessions).toBe(2);
    expect(await me({ authorization: `Bearer ${token}` })).toBeNull();
    expect(await me(user.headers)).toBeNull();
    // The account itself still works: a new sign-in does.
    expect(await me({ authorization: `Bearer ${await bearerSignIn(user)}` })).toBe(user.email);
    const { records } = await t.db.driver.executeQuery(
      `MATCH (e:AuditEvent {entityId: $id}) RETURN e.userId AS by, e.changes AS changes`,
      { id: user.id },
    );
    expect(records.map((r) => r.get('by'))).toContain(admin.id);
  });
});

describe('idle timeout', () => {
  test('a session unused for longer than the idle limit (60 minutes here) stops working', async () => {
    const token = await bearerSignIn(staff);
    expect(await me({ authorization: `Bearer ${token}` })).toBe(staff.email);
    await t.db.driver.executeQuery(
      "MATCH (s:Session {tokenHash: $h}) SET s.lastSeenAt = datetime() - duration('PT61M')",
      { h: hashToken(token) },
    );
    expect(await me({ authorization: `Bearer ${token}` })).toBeNull();
  });

  test('last use is written at most once a minute, and keeps a busy session alive', async () => {
    const token = await bearerSignIn(staff);
    const headers = { authorization: `Bearer ${token}` };
    const created = await sessionProps(token);
    await me(headers);
    await me(headers);
    expect(await sessionProps(token)).toEqual(created); // fresh: nothing written

    await t.db.driver.executeQuery(
      "MATCH (s:Session {tokenHash: $h}) SET s.lastSeenAt = datetime() - duration('PT59M')",
      { h: hashToken(token) },
    );
    const old = await sessionProps(token);
    expect(await me(headers)).toBe(staff.email);
    const touched = await sessionProps(token);
    expect(touched?.lastSeen).toBeGreaterThan((old?.lastSeen ?? 0) + 58 * 60_000);
  });
});

describe('purge', () => {
  async function plantExpired(tag: string) {
    await t.db.driver.executeQuery(
      `MATCH (u:User {id: $userId})
       CREATE (:Session {tokenHash: $tag + '-expired', kind: 'bearer', test: true,
                         createdAt: datetime() - duration('P2D'), lastSeenAt: datetime() - duration('PT5M'),
                         expiresAt: datetime() - duration('PT1H')})-[:OF]->(u)
       CREATE (:Session {tokenHash: $tag + '-idle', kind: 'cookie', test: true,
                         createdAt: datetime() - duration('PT3H'), lastSeenAt: datetime() - duration('PT2H'),
                         expiresAt: datetime() + duration('PT9H')})-[:OF]->(u)
       CREATE (:Session {tokenHash: $tag + '-live', kind: 'cookie', test: true,
                         createdAt: datetime(), lastSeenAt: datetime(),
                         expiresAt: datetime() + duration('PT9H')})-[:OF]->(u)
       CREATE (:SignInThrottle {key: $tag + '-old', count: 3, windowStart: datetime() - duration('P1D')})
       CREATE (:SignInThrottle {key: $tag + '-current', count: 3, windowStart: datetime()})
       CREATE (:SignInThrottle {key: $tag + '-known', count: 0, windowStart: datetime() - duration('P1D'),
                                knownUntil: datetime() + duration('P29D')})`,
      { userId: staff.id, tag },
    );
  }

  async function left(tag: string): Promise<string[]> {
    const { records } = await t.db.driver.executeQuery(
      `CALL { MATCH (s:Session) WHERE s.tokenHash STARTS WITH $tag RETURN collect(s.tokenHash) AS a }
       CALL { MATCH (x:SignInThrottle) WHERE x.key STARTS WITH $tag RETURN collect(x.key) AS b }
       RETURN a + b AS keys`,
      { tag },
    );
    return ((records[0]?.get('keys') ?? []) as string[]).map((k) => k.slice(tag.length + 1)).sort();
  }

  test('expired and idle sessions and stale sign-in counters are deleted; the rest stays', async () => {
    const tag = `test-purge-${Date.now()}`;
    await plantExpired(tag);
    expect(await left(tag)).toEqual(['current', 'expired', 'idle', 'known', 'live', 'old']);
    const repos = createRepositories(t.db);
    const auth = new AuthService(
      repos.auth,
      { sessionHours: 12, sessionIdleMinutes: 60, purgeEveryMinutes: 0, secureCookies: false },
      repos.secondFactor,
    );
    const purged = await auth.purgeExpired();
    expect(purged.sessions).toBeGreaterThanOrEqual(2);
    expect(purged.throttles).toBeGreaterThanOrEqual(1);
    expect(await left(tag)).toEqual(['current', 'known', 'live']);
  });

  test('the app purges on its own when it starts (and then on a timer)', async () => {
    const tag = `test-purge-start-${Date.now()}`;
    await plantExpired(tag);
    const repos = createRepositories(t.db);
    createApp({
      config: inProcessConfig({
        auth: {
          sessionHours: 12,
          sessionIdleMinutes: 60,
          purgeEveryMinutes: 60,
          secureCookies: false,
        },
      }),
      db: t.db,
      repos,
    });
    // Waits for the purge the app started (bounded), rather than for a fixed time.
    for (let i = 0; i < 100 && (await left(tag)).length > 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await left(tag)).toEqual(['current', 'known', 'live']);
  });
});
