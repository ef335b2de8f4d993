/** Password hashing with scrypt (memory-hard), in a self-describing format. */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

/**
 * Current parameters: N=2^17, r=8, p=1 (OWASP's scrypt guidance) costs 128 MiB and a few hundred
 * ms per hash. Each hash stores its own parameters, so older hashes keep verifying and are
 * re-hashed with these on the next successful sign-in.
 */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
// scrypt needs 128 * N * r bytes; Node's default limit (32 MiB) refuses anything above N=2^14.
const MAXMEM = 256 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N: n, r, p, maxmem: MAXMEM },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url parts). */
export async function hashPassword(
  password: string,
  params: { N: number; r: number; p: number } = SCRYPT,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, params.N, params.r, params.p);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a stored hash was made with other parameters than the current ones. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return (
    scheme !== 'scrypt' ||
    Number(n) !== SCRYPT.N ||
    Number(r) !== SCRYPT.r ||
    Number(p) !== SCRYPT.p
  );
}

/** A hash of a random password: verifying against it costs the same as a real one. */
export const DUMMY_HASH_PROMISE = hashPassword(randomBytes(16).toString('hex'));
