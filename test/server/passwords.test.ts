/** Password rules for new accounts, and scrypt hashes that follow current guidance. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { hashPassword, SCRYPT, verifyPassword } from '../../server/src/auth/password';
import { passwordProblem } from '../../server/src/auth/password-rules';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

describe('what a new password must not be', () => {
  test.each([
    ['short', 'too_short'],
    ['aaaaaaaaaaaa', 'password_repeated'],
    ['abcabcabcabc', 'password_repeated'],
    ['abcdefghijkl', 'password_sequence'],
    ['123456789012', 'password_sequence'],
    ['qwertyuiop12', 'password_common'],
    ['password1234', 'password_common'],
    ['welkom123456', 'password_common'],
    ['iloveyou1234', 'password_common'],
    ['jan.janssens2024', 'password_personal'],
    ['Janssens-Jan-1', 'password_personal'],
  ])('%s: %s', (password, code) => {
    expect(
      passwordProblem(password, { email: 'jan.janssens@example.org', name: 'Jan Janssens' }),
    ).toMatchObject({ code });
  });

  test.each([
    'correct horse battery staple',
    'Vier losse woorden: fiets, wolk, lepel, tram',
    randomBytes(15).toString('base64url'),
    `pw-${randomBytes(8).toString('hex')}`,
  ])('%s is accepted', (password) => {
    expect(
      passwordProblem(password, { email: 'jan.janssens@example.org', name: 'Jan Janssens' }),
    ).toBeNull();
  });
});

type FieldErrors = { field: string; code: string; message: string }[];
function fieldErrors(body: { errors?: { extensions?: Record<string, unknown> }[] }): FieldErrors {
  return (body.errors?.[0]?.extensions?.fieldErrors ?? []) as FieldErrors;
}

describe('accounts and hashes in the database', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createUser(t, 'ADMIN');
  });
  afterAll(async () => {
    await t.db.driver.executeQuery(
      "MATCH (u:User) WHERE u.email STARTS WITH 'weak-' AND u.email ENDS WITH '@example.org' SET u.test = true",
    );
    await removeTestUsers(t);
    await t.close();
  });

  const CREATE = graphql(`mutation($email: String!, $password: String) {
    createUser(input: {email: $email, name: "Weak Test", role: STAFF, password: $password}) {
      account { email } password } }`);

  test('an administrator is told, in their language, what to fix in a weak password', async () => {
    const email = `weak-${randomBytes(4).toString('hex')}@example.org`;
    const messages: Record<string, string> = {};
    for (const lang of ['nl', 'fr', 'en']) {
      const body = await t.gql(
        CREATE,
        { email, password: 'aaaaaaaaaaaa' },
        { ...admin.headers, 'accept-language': lang },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const [fieldError] = fieldErrors(body);
      expect(fieldError).toMatchObject({ field: 'password', code: 'password_repeated' });
      messages[lang] = fieldError?.message ?? '';
    }
    expect(messages.nl).toMatch(/dezelfde tekens/);
    expect(messages.fr).toMatch(/mêmes caractères/);
    expect(messages.en).toMatch(/same characters/);

    const common = await t.gql(CREATE, { email, password: 'password1234' }, admin.headers);
    expect(fieldErrors(common)[0]?.code).toBe('password_common');
    const personal = await t.gql(
      CREATE,
      { email, password: `${email.split('@')[0]}!` },
      admin.headers,
    );
    expect(fieldErrors(personal)[0]?.code).toBe('password_personal');

    const good = await t.gql(
      CREATE,
      { email, password: 'correct horse battery staple' },
      admin.headers,
    );
    expect(good.data?.createUser.account.email).toBe(email);
  });

  test('new hashes use scrypt N=2^17, r=8, p=1', async () => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (u:User {id: $id}) RETURN u.passwordHash AS h',
      { id: admin.id },
    );
    const hash = records[0]?.get('h') as string;
    expect(SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(hash).not.toContain(admin.password);
  });

  test('a hash with older parameters still verifies and is replaced on the next sign-in', async () => {
    const user = await createUser(t, 'STAFF');
    const old = await hashPassword(user.password, { N: 2 ** 15, r: 8, p: 1 });
    expect(old).toMatch(/^scrypt\$32768\$8\$1\$/);
    await t.db.driver.executeQuery('MATCH (u:User {id: $id}) SET u.passwordHash = $old', {
      id: user.id,
      old,
    });
    const signIn = graphql(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
    );
    const first = await t.gql(signIn, {
      e: user.email,
      p: user.password,
    });
    expect(first.data?.signIn.token).toBeTruthy();
    const { records } = await t.db.driver.executeQuery(
      'MATCH (u:User {id: $id}) RETURN u.passwordHash AS h',
      { id: user.id },
    );
    const rehashed = records[0]?.get('h') as string;
    expect(rehashed).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(user.password, rehashed)).toBe(true);
    const again = await t.gql(signIn, {
      e: user.email,
      p: user.password,
    });
    expect(again.data?.signIn.token).toBeTruthy();
  });
});
