/**
 * The second factor against the real Neo4j: enrol with an authenticator app (the test computes
 * its codes with otplib from the secret the enrolment returns), sign in with a code or a recovery
 * code, refusals that open nothing, the per-role requirement and an administrator's reset.
 */
import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';
import { startSeededNeo4j } from '../support/own-neo4j';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

let t: TestApp;
let admin: TestUser;

const SIGN_IN = graphql(`mutation($e: String!, $p: String!, $c: String, $r: String) {
  signIn(email: $e, password: $p, issueToken: true, code: $c, recoveryCode: $r) {
    token secondFactorSetupRequired
  }
}`);
const START = graphql('mutation { startSecondFactorEnrolment { secret uri qrCode } }');
const START_SECRET = graphql('mutation { startSecondFactorEnrolment { secret } }');
const CONFIRM = graphql(
  'mutation($c: String!) { confirmSecondFactorEnrolment(code: $c) { recoveryCodes } }',
);
const STATUS = graphql('{ mySecondFactor { enabled required recoveryCodesLeft } }');
const CODES_LEFT = graphql('{ mySecondFactor { recoveryCodesLeft } }');
const REQUIRED_ENABLED = graphql('{ mySecondFactor { required enabled } }');
const DISABLE = graphql('mutation($c: String!) { disableSecondFactor(code: $c) }');
const SET_ROLES = graphql('mutation($r: [UserRole!]!) { setSecondFactorRoles(roles: $r) }');
const NO_ROLES = graphql('mutation { setSecondFactorRoles(roles: []) }');
const ROLES = graphql('{ secondFactorRoles }');
const RESET = graphql('mutation($id: ID!) { resetSecondFactor(id: $id) }');
const ME = graphql('{ me { email } }');
const BARRIERS = graphql('{ barriers { code } }');
const SESSIONS_VIA_FRAGMENT = graphql('query { ...F } fragment F on Query { mySessions { id } }');
const USERS = graphql('{ users { id secondFactor } }');

/** Each test signs in from its own address, so the throttling of one never touches another. */
const addressOf = () => ({
  'x-forwarded-for': `198.51.100.${1 + ((randomBytes(1)[0] ?? 0) % 250)}`,
});

/** The code the app shows `ahead` time steps from now (a later step than one already used). */
const codeAt = (secret: string, ahead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 });

const codeOf = (body: GqlBody<unknown>) => body.errors?.[0]?.extensions?.code;

async function sessionsOf(userId: string): Promise<number> {
  const { records } = await t.db.driver.executeQuery(
    'MATCH (s:Session)-[:OF]->(:User {id: $userId}) RETURN count(s) AS n',
    { userId },
  );
  return Number(records[0]?.get('n'));
}

async function auditOf(userId: string): Promise<{ by: string; changes: string }[]> {
  const { records } = await t.db.driver.executeQuery(
    'MATCH (e:AuditEvent {entityId: $userId}) RETURN e.userId AS by, e.changes AS changes ORDER BY e.at',
    { userId },
  );
  return records.map((r) => ({ by: r.get('by'), changes: JSON.stringify(r.get('changes')) }));
}

function signIn(user: TestUser, vars: { c?: string; r?: string } = {}, headers = addressOf()) {
  return t.gql(SIGN_IN, { e: user.email, p: user.password, ...vars }, headers);
}

/** Enrols a user through the API; answers the secret and the recovery codes. */
async function enrol(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await t.gql(START, {}, user.headers);
  expect(started.errors).toBeUndefined();
  const secret = started.data!.startSecondFactorEnrolment.secret;
  const confirmed = await t.gql(CONFIRM, { c: await codeAt(secret) }, user.headers);
  expect(confirmed.errors).toBeUndefined();
  return { secret, recoveryCodes: confirmed.data!.confirmSecondFactorEnrolment.recoveryCodes };
}

let own: Awaited<ReturnType<typeof startSeededNeo4j>> | undefined;
beforeAll(async () => {
  // Its own Neo4j: requiring a second factor for a role would reach every file running beside it.
  own = await startSeededNeo4j();
  t = await createTestApp(own.uri);
  admin = await createUser(t, 'ADMIN');
}, 600_000);
afterAll(async () => {
  await t.gql(NO_ROLES, {}, admin.headers);
  await removeTestUsers(t);
  await t.close();
  await own?.dispose();
}, 120_000);

describe('enrolment', () => {
  test('a pending secret with a QR code; a wrong code is refused per field; a right one turns it on with ten recovery codes, audited', async () => {
    const user = await createUser(t, 'STAFF');
    const started = await t.gql(START, {}, user.headers);
    const { secret, uri, qrCode } = started.data!.startSecondFactorEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toMatch(/^otpauth:\/\/totp\/CONFINE:/);
    expect(uri).toContain(`secret=${secret}`);
    expect(Buffer.from(qrCode.split(',')[1]!, 'base64').toString()).toContain('<svg');
    // Pending: sign-in does not ask for a code yet.
    expect((await signIn(user)).data?.signIn.token).toBeTruthy();
    const status = STATUS;
    expect((await t.gql(status, {}, user.headers)).data).toEqual({
      mySecondFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
    });

    const confirm = CONFIRM;
    const badFormat = await t.gql(
      confirm,
      { c: '12ab' },
      { ...user.headers, 'accept-language': 'nl' },
    );
    expect(codeOf(badFormat)).toBe('BAD_USER_INPUT');
    expect(badFormat.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'code', code: 'second_factor_format' }),
    ]);
    const right = await codeAt(secret);
    const wrong = right === '000000' ? '111111' : '000000';
    const refused = await t.gql(confirm, { c: wrong }, user.headers);
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'code', code: 'second_factor_wrong' }),
    ]);
    expect((await t.gql(status, {}, user.headers)).data?.mySecondFactor).toMatchObject({
      enabled: false,
    });

    const confirmed = await t.gql(confirm, { c: right }, user.headers);
    expect(confirmed.errors).toBeUndefined();
    const codes = confirmed.data!.confirmSecondFactorEnrolment.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await t.gql(status, {}, user.headers)).data?.mySecondFactor).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    // Only hashes are kept: no recovery code is stored as it was shown.
    const { records } = await t.db.driver.executeQuery(
      'MATCH (u:User {id: $id}) RETURN u.totpRecoveryHashes AS hashes',
      { id: user.id },
    );
    const stored = JSON.stringify(records[0]?.get('hashes'));
    for (const c of codes) expect(stored).not.toContain(c);
    expect((await auditOf(user.id)).map((e) => e.changes).join()).toContain('secondFactor');
    // Enrolling again while it is on is refused: turn it off first.
    const again = await t.gql(START_SECRET, {}, user.headers);
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
  });
});

describe('sign-in with a second factor', () => {
  test('a right password alone opens nothing and asks for the code; a wrong code is refused; the right one signs in, once', async () => {
    const user = await createUser(t, 'STAFF');
    const { secret } = await enrol(user);
    const before = await sessionsOf(user.id);

    const asked = await signIn(user);
    expect(codeOf(asked)).toBe('SECOND_FACTOR_REQUIRED');
    expect(asked.data?.signIn ?? null).toBeNull();
    const next = await codeAt(secret, 1);
    const wrong = next === '000000' ? '111111' : '000000';
    const refused = await signIn(user, { c: wrong });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.extensions?.field).toBe('code');
    // A right code with a wrong password is no way in either.
    const wrongPassword = await t.gql(
      SIGN_IN,
      { e: user.email, p: 'not the password', c: next },
      addressOf(),
    );
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(await sessionsOf(user.id)).toBe(before);

    const signedIn = await signIn(user, { c: next });
    expect(signedIn.errors).toBeUndefined();
    const token = signedIn.data!.signIn.token;
    const me = await t.gql(ME, {}, { authorization: `Bearer ${token}` });
    expect(me.data?.me?.email).toBe(user.email);
    expect(await sessionsOf(user.id)).toBe(before + 1);

    // The same code again (its time step is used up): refused, nothing opens.
    const replay = await signIn(user, { c: next });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    // And so is the code of the step before it (an earlier step than the one used).
    expect(codeOf(await signIn(user, { c: await codeAt(secret, 0) }))).toBe('UNAUTHENTICATED');
    expect(await sessionsOf(user.id)).toBe(before + 1);
  });

  test('wrong codes are throttled like wrong passwords; asking for the code costs no attempt', async () => {
    const user = await createUser(t, 'STAFF');
    const { secret } = await enrol(user);
    const from = addressOf();
    // Six password-only steps from one address: each one gives its attempt back.
    for (let i = 0; i < 6; i++)
      expect(codeOf(await signIn(user, {}, from))).toBe('SECOND_FACTOR_REQUIRED');
    const right = await codeAt(secret, 1);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      expect(codeOf(await signIn(user, { c: wrong }, from))).toBe('UNAUTHENTICATED');
    const locked = await signIn(user, { c: right }, from);
    expect(codeOf(locked)).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.errors?.[0]?.extensions?.retryAfter)).toBeGreaterThan(0);
    // The owner at another address is not affected.
    expect((await signIn(user, { c: right }, addressOf())).errors).toBeUndefined();
  });

  test('a recovery code signs in once, in any case and with or without its dash', async () => {
    const user = await createUser(t, 'STAFF');
    const { recoveryCodes } = await enrol(user);
    const [first, second] = recoveryCodes as [string, string];
    expect((await signIn(user, { r: first.toLowerCase() })).errors).toBeUndefined();
    const again = await signIn(user, { r: first });
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    expect(again.errors?.[0]?.extensions?.field).toBe('recoveryCode');
    expect((await signIn(user, { r: second.replace('-', ' ') })).errors).toBeUndefined();
    const status = await t.gql(CODES_LEFT, {}, user.headers);
    expect(status.data?.mySecondFactor.recoveryCodesLeft).toBe(8);
  });

  test('a user turns it off with a current code (audited); a wrong code changes nothing', async () => {
    const user = await createUser(t, 'COORDINATOR');
    const { secret } = await enrol(user);
    const off = DISABLE;
    const right = await codeAt(secret, 1);
    const refused = await t.gql(off, { c: right === '000000' ? '111111' : '000000' }, user.headers);
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'code', code: 'second_factor_wrong' }),
    ]);
    expect(codeOf(await signIn(user))).toBe('SECOND_FACTOR_REQUIRED');
    const done = await t.gql(off, { c: right }, user.headers);
    expect(done.data?.disableSecondFactor).toBe(true);
    expect((await signIn(user)).errors).toBeUndefined();
    const events = await auditOf(user.id);
    expect(events.filter((e) => e.changes.includes('secondFactor'))).toHaveLength(2);
  });
});

describe('required per role', () => {
  test('an administrator requires it for staff (audited): a staff user without it can only enrol, then works as before; they cannot turn it off', async () => {
    const staff = await createUser(t, 'STAFF');
    const coordinator = await createUser(t, 'COORDINATOR');
    const set = SET_ROLES;
    expect(codeOf(await t.gql(set, { r: ['STAFF'] }, coordinator.headers))).toBe('FORBIDDEN');
    try {
      const body = await t.gql(set, { r: ['STAFF'] }, admin.headers);
      expect(body.data?.setSecondFactorRoles).toEqual(['STAFF']);
      const roles = await t.gql(ROLES, {}, admin.headers);
      expect(roles.data?.secondFactorRoles).toEqual(['STAFF']);
      const { records } = await t.db.driver.executeQuery(
        "MATCH (e:AuditEvent {entityId: 'auth-policy'}) RETURN e.userId AS by ORDER BY e.at DESC LIMIT 1",
      );
      expect(records[0]?.get('by')).toBe(admin.id);

      // The session the staff user already had is held to enrolment; so is a new sign-in.
      const refused = await t.gql(BARRIERS, {}, staff.headers);
      expect(codeOf(refused)).toBe('SECOND_FACTOR_SETUP_REQUIRED');
      expect(refused.data ?? null).toBeNull();
      const signedIn = await signIn(staff);
      expect(signedIn.data?.signIn.secondFactorSetupRequired).toBe(true);
      const fresh = { authorization: `Bearer ${signedIn.data!.signIn.token}` };
      const viaFragment = await t.gql(SESSIONS_VIA_FRAGMENT, {}, fresh);
      expect(codeOf(viaFragment)).toBe('SECOND_FACTOR_SETUP_REQUIRED');
      expect((await t.gql(ME, {}, fresh)).data?.me?.email).toBe(staff.email);
      const status = await t.gql(REQUIRED_ENABLED, {}, fresh);
      expect(status.data).toEqual({ mySecondFactor: { required: true, enabled: false } });
      // The coordinator's role is not required: nothing changes for them.
      expect((await t.gql(BARRIERS, {}, coordinator.headers)).errors).toBeUndefined();

      const { secret } = await enrol({ ...staff, headers: fresh });
      expect((await t.gql(BARRIERS, {}, fresh)).errors).toBeUndefined();
      const off = await t.gql(DISABLE, { c: await codeAt(secret, 1) }, fresh);
      expect(codeOf(off)).toBe('FORBIDDEN');
      expect(codeOf(await signIn(staff))).toBe('SECOND_FACTOR_REQUIRED');
    } finally {
      await t.gql(set, { r: [] }, admin.headers);
    }
  });
});

describe('lost device', () => {
  test('an administrator resets it (audited): the user is signed out everywhere and signs in with the password alone', async () => {
    const user = await createUser(t, 'STAFF');
    const other = await createUser(t, 'STAFF');
    const { secret } = await enrol(user);
    const session = await signIn(user, { c: await codeAt(secret, 1) });
    const token = session.data!.signIn.token;
    const reset = RESET;
    const refused = await t.gql(reset, { id: user.id }, other.headers);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(codeOf(await signIn(user))).toBe('SECOND_FACTOR_REQUIRED');

    const done = await t.gql(reset, { id: user.id }, admin.headers);
    expect(done.data?.resetSecondFactor).toBe(true);
    expect(await sessionsOf(user.id)).toBe(0);
    const me = await t.gql(ME, {}, { authorization: `Bearer ${token}` });
    expect(me.data).toEqual({ me: null });
    const event = (await auditOf(user.id)).at(-1)!;
    expect(event.by).toBe(admin.id);
    expect(event.changes).toContain('secondFactor');
    expect(event.changes).toContain('sessions');
    expect((await signIn(user)).errors).toBeUndefined();
    // Nothing to reset any more: false, and no event.
    const count = (await auditOf(user.id)).length;
    expect((await t.gql(reset, { id: user.id }, admin.headers)).data).toEqual({
      resetSecondFactor: false,
    });
    expect(await auditOf(user.id)).toHaveLength(count);
    const accounts = await t.gql(USERS, {}, admin.headers);
    expect(accounts.data?.users.find((u) => u.id === user.id)?.secondFactor).toBe(false);
  });
});
