/**
 * Sign-in throttling under attack: concurrent guesses, a spray over many accounts from one address,
 * and an attacker trying to lock someone else (an administrator) out.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { THROTTLE } from '../../server/src/auth/auth.service';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
);

let t: TestApp;
const used: string[] = [];
// Each checked password costs one scrypt at N=2^17 (0.3 s idle, 2-3 s on a busy 2-core machine):
// a bound for the tests that check 20-25 of them, not a time any of them is expected to take.
const SLOW = 300_000;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await removeTestUsers(t);
  await t.db.driver.executeQuery(
    'MATCH (x:SignInThrottle) WHERE any(a IN $addresses WHERE x.key ENDS WITH a) DETACH DELETE x',
    { addresses: used },
  );
  await t.close();
});

/** A documentation address of its own (2001:db8::/32), so tests never share counters. */
function address(): string {
  const a = `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
  used.push(a);
  return a;
}

/** Signs in from `from` (the test app trusts X-Forwarded-For); the error code, or 'OK'. */
async function signIn(email: string, password: string, from: string): Promise<string> {
  const body = await t.gql(SIGN_IN, { e: email, p: password }, { 'x-forwarded-for': from });
  if (body.data?.signIn.token) return 'OK';
  return String(body.errors?.[0]?.extensions?.code);
}

function tally(codes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe('concurrent guesses (finding 4)', () => {
  test(
    '20 wrong passwords at once for one account: 5 are checked, the other 15 are refused',
    async () => {
      const victim = await createUser(t, 'STAFF');
      const from = address();
      const codes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => signIn(victim.email, `wrong-guess-${i}`, from)),
      );
      expect(tally(codes)).toEqual({ UNAUTHENTICATED: 5, TOO_MANY_REQUESTS: 15 });
      // From that address even the right password waits for the window to end.
      expect(await signIn(victim.email, victim.password, from)).toBe('TOO_MANY_REQUESTS');
    },
    SLOW,
  );

  test(
    'concurrent guesses at many accounts from one address stop at the address limit',
    async () => {
      const from = address();
      const codes = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          signIn(`nobody-${i}-${randomBytes(3).toString('hex')}@example.org`, 'guess-guess', from),
        ),
      );
      expect(tally(codes)).toEqual({ UNAUTHENTICATED: 20, TOO_MANY_REQUESTS: 10 });
    },
    SLOW,
  );
});

describe('a spray from one address (finding 5)', () => {
  test(
    '4 failures on other accounts and 1 success on its own, over and over, is throttled',
    async () => {
      const own = await createUser(t, 'STAFF');
      const from = address();
      const codes: string[] = [];
      for (let round = 0; round < 6; round++) {
        for (let i = 0; i < 4; i++) {
          codes.push(
            await signIn(`sprayed-${round}-${i}-${own.id}@example.org`, 'Summer2024!', from),
          );
        }
        codes.push(await signIn(own.email, own.password, from));
      }
      // A success does not wipe the address's failures: after 20 of them the address waits.
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(THROTTLE.perAddress);
      expect(codes.slice(25)).toEqual(Array(5).fill('TOO_MANY_REQUESTS'));
      // Other addresses, the owner's among them, are not affected.
      expect(await signIn(own.email, own.password, address())).toBe('OK');
    },
    SLOW,
  );
});

describe('locking someone else out (finding 6)', () => {
  let admin: TestUser;
  beforeAll(async () => {
    admin = await createUser(t, 'ADMIN');
  }, SLOW);

  test(
    "a burst of wrong passwords from an attacker's address does not lock the owner out",
    async () => {
      const attacker = address();
      const codes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => signIn(admin.email, `guess-${i}`, attacker)),
      );
      expect(codes).toContain('TOO_MANY_REQUESTS');
      expect(await signIn(admin.email, admin.password, attacker)).toBe('TOO_MANY_REQUESTS');
      // The administrator, at their own address, signs in with the right password as usual.
      expect(await signIn(admin.email, admin.password, address())).toBe('OK');
    },
    SLOW,
  );

  test(
    'attacks from many addresses close the account to new addresses only, not to the owner',
    async () => {
      const owner = await createUser(t, 'ADMIN');
      const home = address();
      expect(await signIn(owner.email, owner.password, home)).toBe('OK'); // a known address
      const attackers = Array.from({ length: 5 }, () => address());
      const codes = await Promise.all(
        attackers.flatMap((from) =>
          Array.from({ length: 5 }, (_, i) => signIn(owner.email, `guess-${i}`, from)),
        ),
      );
      expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeGreaterThanOrEqual(
        THROTTLE.perAccount,
      );
      // A sixth attacking address gets no guess at all...
      expect(await signIn(owner.email, 'one-more-guess', address())).toBe('TOO_MANY_REQUESTS');
      // ...while the owner, from an address they signed in from before, still gets in.
      expect(await signIn(owner.email, owner.password, home)).toBe('OK');
    },
    SLOW,
  );

  test(
    'the refusal says how long to wait',
    async () => {
      const victim = await createUser(t, 'STAFF');
      const from = address();
      for (let i = 0; i < THROTTLE.perAccountAndAddress; i++) {
        await signIn(victim.email, `wrong-${i}`, from);
      }
      const body = await t.gql(
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }',
        { e: victim.email, p: victim.password },
        { 'x-forwarded-for': from },
      );
      const retryAfter = Number(body.errors?.[0]?.extensions?.retryAfter);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(THROTTLE.windowMinutes * 60 + 1);
      expect(body.errors?.[0]?.message).toBe(
        `Too many failed sign-in attempts; try again in ${retryAfter} seconds`,
      );
    },
    SLOW,
  );
});
