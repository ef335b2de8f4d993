/**
 * Single sign-on against a real OpenID Provider (oidc-provider on loopback, its own login and
 * consent forms) and the real Neo4j: the browser's walk is driven with fetch, following every
 * redirect and posting the provider's forms. Who gets in (a pre-created account, a claim mapping,
 * JIT only where allowed), who is refused (and that nothing is created), tampered state and nonce,
 * sign-out at the provider, and a deployment without password sign-in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type VariablesOf } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import {
  CookieJar,
  startIdentityProvider,
  type TestClaims,
  type TestIdentityProvider,
} from '../support/identity-provider';
import { startSeededNeo4j } from '../support/own-neo4j';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const APP = 'http://test';
let idp: TestIdentityProvider;
let t: TestApp;
let admin: TestUser;
const run = randomBytes(4).toString('hex');
const createdEmails: string[] = [];

interface Walk {
  /** Where the app sent the browser at the end: the page to land on, or the sign-in page. */
  landing: URL;
  jar: CookieJar;
}

/** Hidden inputs of a form, plus login and password where the form asks for them. */
function formBody(html: string, login: string): URLSearchParams {
  const body = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    body.set(m[1] ?? '', m[2] ?? '');
  }
  if (/name="login"/.test(html)) {
    body.set('login', login);
    body.set('password', 'any');
  }
  return body;
}

/**
 * Walks a browser through /auth/sso/<id>/start: the provider's redirects and forms, back to the
 * app's callback, until the app sends it to a page. `tamper` may change the request to the
 * provider (`authorize`) or the callback (`callback`) on the way.
 */
async function signInThrough(
  login: string,
  tamper: { authorize?: (url: URL) => void; callback?: (url: URL) => void } = {},
  returnTo = '/netwerk',
): Promise<Walk> {
  const jar = new CookieJar();
  let url = `${APP}/auth/sso/${idp.config.id}/start?returnTo=${encodeURIComponent(returnTo)}`;
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    const headers = new Headers(init.headers);
    const cookie = jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const request = { ...init, headers, redirect: 'manual' as const };
    const response = url.startsWith(APP)
      ? await t.app.fetch(url, request)
      : await fetch(url, request);
    jar.store(url, response);
    init = {};
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(APP) && !next.pathname.startsWith('/auth/')) {
        return { landing: next, jar };
      }
      if (next.href.startsWith(idp.issuer) && next.pathname === '/auth') tamper.authorize?.(next);
      if (next.href.startsWith(APP) && next.pathname.endsWith('/callback')) tamper.callback?.(next);
      url = next.href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action) {
      throw new Error(`unexpected answer ${response.status} at ${url}: ${html.slice(0, 300)}`);
    }
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody(html, login).toString(),
    };
    url = new URL(action, url).href;
  }
  throw new Error('too many redirects');
}

/** A fictional person at the identity provider, with a fresh subject and e-mail address. */
function person(claims: Partial<TestClaims> = {}): TestClaims {
  const sub = `sub-${randomBytes(6).toString('hex')}`;
  const email = `sso-${sub}@example.org`;
  createdEmails.push(email);
  const account = { sub, email, email_verified: true, name: 'Eva Voorbeeld', ...claims };
  idp.addAccount(account);
  return account;
}

const ME = graphql('{ me { id email role } }');

async function me(jar: CookieJar) {
  const body = await t.gql(ME, {}, { cookie: jar.header(APP) });
  return body.data?.me ?? null;
}

async function usersWithEmail(email: string): Promise<number> {
  const { records } = await t.db.driver.executeQuery(
    'MATCH (u:User) WHERE toLower(u.email) = $email RETURN count(u) AS n',
    { email: email.toLowerCase() },
  );
  return Number(records[0]?.get('n'));
}

async function auditOf(entityId: string) {
  const { records } = await t.db.driver.executeQuery(
    'MATCH (e:AuditEvent {entityId: $entityId}) RETURN e.action AS action, e.userId AS by, e.changes AS changes ORDER BY e.at',
    { entityId },
  );
  return records.map((r) => ({
    action: r.get('action') as string,
    by: r.get('by') as string,
    changes: JSON.stringify(r.get('changes')),
  }));
}

const MAPPING = graphql(`mutation($input: SsoClaimMappingInput!) {
  createSsoClaimMapping(input: $input) { id version role scopeIds createAccounts provider claim value }
}`);
const UPDATE_MAPPING = graphql(`mutation($id: ID!, $v: Int!, $input: SsoClaimMappingInput!) {
  updateSsoClaimMapping(id: $id, version: $v, input: $input) { version role }
}`);
const DELETE_MAPPING = graphql(
  'mutation($id: ID!, $v: Int!) { deleteSsoClaimMapping(id: $id, version: $v) }',
);
const USERS = graphql('{ users { id name scopeIds } }');
const SIGN_OUT = graphql('mutation { signOutWithProvider { signedOut providerSignOutUrl } }');
const SIGN_IN_OPTIONS = graphql('{ signInOptions { passwordSignIn providers { id name } } }');
const PASSWORD_SIGN_IN_ON = graphql('{ signInOptions { passwordSignIn } }');
const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }',
);
const REQUEST_RESET = graphql('mutation($e: String!) { requestPasswordReset(email: $e) }');
const ACCEPT_INVITATION = graphql(
  'mutation { acceptInvitation(token: "abcdefghijklmnopqrstuvwxyz", password: "x") { expiresAt } }',
);
const REQUIRE_FOR_STAFF = graphql('mutation { setSecondFactorRoles(roles: [STAFF]) }');
const SIGN_IN_SETUP = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { secondFactorSetupRequired } }',
);
const REGIONS = graphql('{ regions(lang: NL) { id } }');

async function addMapping(
  input: Pick<
    VariablesOf<typeof MAPPING>['input'],
    'value' | 'role' | 'createAccounts' | 'scopeIds'
  >,
) {
  const body = await t.gql(
    MAPPING,
    { input: { provider: idp.config.id, claim: 'groups', ...input } },
    admin.headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.createSsoClaimMapping;
}

beforeAll(async () => {
  idp = await startIdentityProvider({ appUrl: APP });
  t = await createTestApp(undefined, {
    mail: { publicUrl: APP },
    sso: { providers: [idp.config] },
  });
  admin = await createUser(t, 'ADMIN');
}, 120_000);

afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (m:SsoClaimMapping) WHERE m.value ENDS WITH $run DETACH DELETE m
     WITH count(*) AS _
     MATCH (u:User) WHERE u.email IN $emails
     OPTIONAL MATCH (s:Session)-[:OF]->(u) OPTIONAL MATCH (i:SsoIdentity)-[:OF]->(u)
     DETACH DELETE s, i, u`,
    { run, emails: createdEmails },
  );
  await removeTestUsers(t);
  await t.close();
  await idp.close();
});

/** How many "a provider now signs you in" notices were sent to `email` (by its stored hash). */
async function noticesTo(email: string): Promise<number> {
  const { records } = await t.db.driver.executeQuery(
    "MATCH (m:MailMessage {kind: 'sso-linked', recipient: $recipient}) RETURN count(m) AS n",
    { recipient: createHash('sha256').update(email.trim().toLowerCase()).digest('hex') },
  );
  return Number(records[0]?.get('n'));
}

describe('who gets in', () => {
  test('an account an administrator made for the e-mail address signs in and is linked', async () => {
    const staff = await createUser(t, 'STAFF');
    // The provider writes the address in other capitals: matched case-insensitively.
    const claims = person({ email: staff.email.toUpperCase() });
    const { landing, jar } = await signInThrough(claims.sub);
    expect(landing.pathname).toBe('/netwerk');
    expect(landing.searchParams.get('sso_error')).toBeNull();
    expect(await me(jar)).toMatchObject({ id: staff.id, role: 'STAFF' });
    expect(await usersWithEmail(staff.email)).toBe(1);
    const events = await auditOf(staff.id);
    expect(events.some((e) => e.changes.includes('ssoIdentity'))).toBe(true);
    // The account holder is told of the new way in (a mail of its own kind, to their address).
    expect(await noticesTo(staff.email)).toBe(1);
    // The same subject signs in again through the link, whatever the e-mail now says.
    idp.addAccount({ ...claims, email: `changed-${claims.email}` });
    const again = await signInThrough(claims.sub);
    expect(await me(again.jar)).toMatchObject({ id: staff.id });
    // Already linked: no second notice.
    expect(await noticesTo(staff.email)).toBe(1);
  });

  test('a claim mapping that may create accounts lands a newcomer with its role and scope', async () => {
    const group = `coordinators-${run}`;
    const mapping = await addMapping({
      value: group,
      role: 'COORDINATOR',
      createAccounts: true,
      scopeIds: ['region-prov-limburg-be'],
    });
    const claims = person({ groups: ['everyone', group] });
    expect(await usersWithEmail(claims.email!)).toBe(0);
    const { landing, jar } = await signInThrough(claims.sub);
    expect(landing.pathname).toBe('/netwerk');
    const viewer = await me(jar);
    expect(viewer).toMatchObject({ email: claims.email, role: 'COORDINATOR' });
    const users = await t.gql(USERS, {}, admin.headers);
    const made = users.data?.users.find((u) => u.id === viewer?.id);
    expect(made).toMatchObject({ name: 'Eva Voorbeeld', scopeIds: ['region-prov-limburg-be'] });
    const events = await auditOf(viewer!.id);
    expect(events[0]).toMatchObject({ action: 'CREATE', by: viewer!.id });
    expect(events[0]?.changes).toContain(mapping.id);
  });

  test('a mapping without account creation gives no account, and nothing is created', async () => {
    const group = `staff-${run}`;
    await addMapping({ value: group, role: 'STAFF', createAccounts: false });
    const claims = person({ groups: [group] });
    const { landing, jar } = await signInThrough(claims.sub);
    expect(landing.pathname).toBe('/sign-in');
    expect(landing.searchParams.get('sso_error')).toBe('sso_no_account');
    expect(jar.get(APP, 'confine_session')).toBeUndefined();
    expect(await usersWithEmail(claims.email!)).toBe(0);
    // The same mapping gives its role to an account that does exist (made by an administrator).
    const coordinator = await createUser(t, 'COORDINATOR');
    const known = person({ email: coordinator.email, groups: [group] });
    const signedIn = await signInThrough(known.sub);
    expect(await me(signedIn.jar)).toMatchObject({ id: coordinator.id, role: 'STAFF' });
  });

  test('an unknown person without a mapping is refused, audited, and nothing is created', async () => {
    const claims = person({ groups: ['nobody-maps-this'] });
    const { landing, jar } = await signInThrough(claims.sub);
    expect(landing.searchParams.get('sso_error')).toBe('sso_no_account');
    expect(jar.get(APP, 'confine_session')).toBeUndefined();
    expect(await usersWithEmail(claims.email!)).toBe(0);
    const events = await auditOf(`sso:${idp.config.id}:${claims.sub}`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'SIGN_IN_REFUSED' });
    expect(events[0]?.changes).toContain(claims.email);
  });

  test('a disabled account is refused', async () => {
    const staff = await createUser(t, 'STAFF');
    await t.db.driver.executeQuery('MATCH (u:User {id: $id}) SET u.disabled = true', {
      id: staff.id,
    });
    const { landing, jar } = await signInThrough(person({ email: staff.email }).sub);
    expect(landing.searchParams.get('sso_error')).toBe('sso_disabled');
    expect(jar.get(APP, 'confine_session')).toBeUndefined();
  });
});

describe('tampering', () => {
  test('a callback whose state was changed is refused and opens no session', async () => {
    const staff = await createUser(t, 'STAFF');
    const claims = person({ email: staff.email });
    const { landing, jar } = await signInThrough(claims.sub, {
      callback: (url) => url.searchParams.set('state', 'forged-state-value'),
    });
    expect(landing.searchParams.get('sso_error')).toBe('sso_failed');
    expect(jar.get(APP, 'confine_session')).toBeUndefined();
  });

  test('a request whose nonce was changed on the way to the provider is refused', async () => {
    const staff = await createUser(t, 'STAFF');
    const claims = person({ email: staff.email });
    const { landing, jar } = await signInThrough(claims.sub, {
      authorize: (url) => url.searchParams.set('nonce', 'forged-nonce-value'),
    });
    expect(landing.searchParams.get('sso_error')).toBe('sso_failed');
    expect(jar.get(APP, 'confine_session')).toBeUndefined();
  });

  test('a callback without the browser that started it is refused', async () => {
    const response = await t.app.fetch(
      `${APP}/auth/sso/${idp.config.id}/callback?code=abc&state=def`,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sign-in?sso_error=sso_failed');
  });

  test('returnTo cannot send the browser to another site', async () => {
    const staff = await createUser(t, 'STAFF');
    const { landing } = await signInThrough(
      person({ email: staff.email }).sub,
      {},
      '//evil.example/x',
    );
    expect(landing.href).toBe(`${APP}/`);
  });
});

describe('sign-out and settings', () => {
  test("signing out ends the session and names the provider's end-session address", async () => {
    const staff = await createUser(t, 'STAFF');
    const { jar } = await signInThrough(person({ email: staff.email }).sub);
    const body = await t.gql(SIGN_OUT, {}, { cookie: jar.header(APP) });
    expect(body.data?.signOutWithProvider.signedOut).toBe(true);
    const url = new URL(body.data?.signOutWithProvider.providerSignOutUrl ?? '');
    expect(url.href.startsWith(idp.issuer)).toBe(true);
    expect(url.searchParams.get('id_token_hint')).toBeTruthy();
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/`);
    expect(await me(jar)).toBeNull();
    // The provider answers the address with its own sign-out page.
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(200);
  });

  test('a password session signs out without a provider address', async () => {
    const staff = await createUser(t, 'STAFF');
    const body = await t.gql(SIGN_OUT, {}, staff.headers);
    expect(body.data?.signOutWithProvider.providerSignOutUrl).toBeNull();
  });

  test('the sign-in page learns the providers (id and name only) without signing in', async () => {
    const body = await t.gql(SIGN_IN_OPTIONS);
    expect(body.data?.signInOptions).toEqual({
      passwordSignIn: true,
      providers: [{ id: idp.config.id, name: idp.config.name }],
    });
  });

  test('mappings are checked per field, versioned and audited', async () => {
    const bad = await t.gql(
      MAPPING,
      {
        input: {
          provider: 'no-such-provider',
          claim: 'has space',
          value: '',
          role: 'STAFF',
          createAccounts: false,
          scopeIds: ['region-nowhere'],
        },
      },
      { ...admin.headers, 'accept-language': 'nl' },
    );
    const fields = (bad.errors?.[0]?.extensions?.fieldErrors ?? []) as { field: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['claim', 'provider', 'scopeIds.0', 'value']);
    expect(JSON.stringify(fields)).toContain('zonder spaties');

    const made = await addMapping({ value: `edit-${run}`, role: 'STAFF', createAccounts: false });
    const duplicate = await t.gql(
      MAPPING,
      {
        input: {
          provider: idp.config.id,
          claim: 'groups',
          value: `edit-${run}`,
          role: 'ADMIN',
          createAccounts: true,
        },
      },
      admin.headers,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const UPDATE = UPDATE_MAPPING;
    const input = {
      provider: idp.config.id,
      claim: 'groups',
      value: `edit-${run}`,
      role: 'COORDINATOR',
      createAccounts: false,
    } as const;
    const updated = await t.gql(UPDATE, { id: made.id, v: made.version, input }, admin.headers);
    expect(updated.data?.updateSsoClaimMapping).toEqual({ version: 2, role: 'COORDINATOR' });
    const stale = await t.gql(UPDATE, { id: made.id, v: made.version, input }, admin.headers);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const DELETE = DELETE_MAPPING;
    expect(
      (await t.gql(DELETE, { id: made.id, v: 1 }, admin.headers)).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect((await t.gql(DELETE, { id: made.id, v: 2 }, admin.headers)).data).toEqual({
      deleteSsoClaimMapping: true,
    });
    expect((await auditOf(made.id)).map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });
});

describe('a deployment with password sign-in off', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await createTestApp(undefined, {
      mail: { publicUrl: APP },
      sso: { providers: [idp.config] },
      passwordSignIn: false,
    });
  });
  afterAll(() => off.close());

  test('refuses password sign-in, reset and invitations with a clear message', async () => {
    const staff = await createUser(t, 'STAFF');
    const signIn = await off.gql(
      SIGN_IN,
      { e: staff.email, p: staff.password },
      { 'accept-language': 'nl' },
    );
    expect(signIn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(signIn.errors?.[0]?.message).toContain('Aanmelden met een wachtwoord staat uit');
    const reset = await off.gql(REQUEST_RESET, { e: staff.email });
    expect(reset.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invitation = await off.gql(ACCEPT_INVITATION);
    expect(invitation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const options = await off.gql(PASSWORD_SIGN_IN_ON);
    expect(options.data?.signInOptions.passwordSignIn).toBe(false);
  });
});

describe('the second factor a role requires', () => {
  // Its own Neo4j: requiring a second factor for a role would reach every file running beside it.
  let own: Awaited<ReturnType<typeof startSeededNeo4j>> | undefined;
  let strict: TestApp;
  beforeAll(async () => {
    own = await startSeededNeo4j();
    strict = await createTestApp(own.uri, {
      mail: { publicUrl: APP },
      sso: { providers: [idp.config] },
    });
  }, 600_000);
  afterAll(async () => {
    await strict?.close();
    await own?.dispose();
  });

  test('applies to password sign-in only: the identity provider does its own', async () => {
    const strictAdmin = await createUser(strict, 'ADMIN');
    const set = await strict.gql(REQUIRE_FOR_STAFF, {}, strictAdmin.headers);
    expect(set.errors).toBeUndefined();
    const staff = await createUser(strict, 'STAFF');
    // With a password, the role's requirement holds: only enrolment is open.
    const withPassword = await strict.gql(SIGN_IN_SETUP, { e: staff.email, p: staff.password });
    expect(withPassword.data?.signIn.secondFactorSetupRequired).toBe(true);
    // Through the provider, the same account works at once.
    const previous = t;
    t = strict;
    try {
      const { jar } = await signInThrough(person({ email: staff.email }).sub);
      const search = await strict.gql(REGIONS, {}, { cookie: jar.header(APP) });
      expect(search.errors).toBeUndefined();
      expect(await me(jar)).toMatchObject({ id: staff.id });
    } finally {
      t = previous;
    }
  }, 120_000);
});
