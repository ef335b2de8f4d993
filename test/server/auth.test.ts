import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const ME = graphql('{ me { email } }');

let t: TestApp;
let staff: TestUser;
const SIGN_IN = `mutation($e: String!, $p: String!, $token: Boolean) {
  signIn(email: $e, password: $p, issueToken: $token) { token expiresAt user { email role } } }`;

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
});
afterAll(async () => {
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

describe('sign-in', () => {
  test('a wrong password and an unknown address get the same answer', async () => {
    const wrong = await t.gql(SIGN_IN, { e: staff.email, p: 'not-the-password' });
    const unknown = await t.gql(SIGN_IN, { e: 'nobody@example.org', p: 'whatever' });
    for (const body of [wrong, unknown]) {
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toBe('Unknown e-mail address or wrong password');
    }
  });

  test('passwords are stored as scrypt hashes, never as given', async () => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (u:User {email: $e}) RETURN u.passwordHash AS h',
      {
        e: staff.email,
      },
    );
    const hash = records[0]?.get('h') as string;
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(hash).not.toContain(staff.password);
  });

  test('a browser gets an HttpOnly, SameSite session cookie that me, then signOut, use', async () => {
    const response = await post({
      query: SIGN_IN,
      variables: { e: staff.email, p: staff.password },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^confine_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // local http://localhost; production sets Secure
    const body = (await response.json()) as { data: { signIn: { token: string | null } } };
    expect(body.data.signIn.token).toBeNull();

    const session = cookie.split(';')[0] ?? '';
    const me = await post(
      { query: '{ me { email role organisation { name } } }' },
      { cookie: session },
    );
    expect(await me.json()).toEqual({
      data: { me: { email: staff.email, role: 'STAFF', organisation: { name: 'Stad Genk' } } },
    });

    await post({ query: 'mutation { signOut }' }, { cookie: session });
    const after = await post({ query: '{ me { email } }' }, { cookie: session });
    expect(await after.json()).toEqual({ data: { me: null } });
  });

  test('API clients use a bearer token, which a second server instance accepts too', async () => {
    const other = await createTestApp(); // another process behind a load balancer, or after a restart
    try {
      const body = await other.gql(ME, {}, staff.headers);
      expect(body.data?.me?.email).toBe(staff.email);
    } finally {
      await other.close();
    }
  });

  test('after five failures from one address, it waits, even with the right password', async () => {
    const victim = await createUser(t, 'STAFF');
    for (let i = 0; i < 5; i++) await t.gql(SIGN_IN, { e: victim.email, p: `wrong-${i}` });
    const locked = await t.gql(SIGN_IN, { e: victim.email, p: victim.password, token: true });
    expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(locked.errors?.[0]?.message).toMatch(/try again in \d+ seconds/);
  });

  test('a disabled account cannot sign in, and its sessions stop working', async () => {
    const user = await createUser(t, 'STAFF');
    await t.db.driver.executeQuery('MATCH (u:User {id: $id}) SET u.disabled = true', {
      id: user.id,
    });
    const me = await t.gql(ME, {}, user.headers);
    expect(me.data?.me).toBeNull();
    const again = await t.gql(SIGN_IN, { e: user.email, p: user.password, token: true });
    expect(again.errors?.[0]?.message).toBe('This account is disabled; ask an administrator');
  });
});

describe('CSRF protection for cookie sessions', () => {
  test('a form post or a cross-site request carrying the cookie is refused; bearer tokens are not affected', async () => {
    const signIn = await post({ query: SIGN_IN, variables: { e: staff.email, p: staff.password } });
    const session = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const form = await t.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session },
      body: 'query=mutation%7BsignOut%7D',
    });
    expect(form.status).toBe(403);

    const crossSite = await post(
      { query: 'mutation { signOut }' },
      { cookie: session, origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    expect(
      ((await crossSite.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN');

    const sameSite = await post(
      { query: '{ me { email } }' },
      { cookie: session, origin: 'http://test' },
    );
    expect(await sameSite.json()).toEqual({ data: { me: { email: staff.email } } });

    const bearer = await t.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${staff.token}`,
        origin: 'https://tool.example',
      },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(bearer.status).toBe(200);
  });
});
