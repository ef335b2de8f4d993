/**
 * The second factor of local accounts: time-based codes (TOTP, RFC 6238, through otplib) from an
 * authenticator app, enrolled with a QR code, and ten single-use recovery codes for a lost device.
 * The secret stays on the server; recovery codes are stored only as SHA-256 hashes (they are
 * random, 50 bits each, so a fast hash is enough: there is nothing to guess from a dictionary).
 */
import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** The name authenticator apps show above the code. */
export const ISSUER = 'CONFINE';
/** How many recovery codes an enrolment gives. */
export const RECOVERY_CODE_COUNT = 10;
/** Clock drift tolerated, in seconds either way: the code before and after the current one. */
const TOLERANCE_SECONDS = 30;

/** A new secret (20 random bytes, base32, as authenticator apps expect). */
export function newSecret(): string {
  return generateSecret();
}

/**
 * What the user needs to add the account to an authenticator app: the otpauth:// URI and the QR
 * code of it as an SVG data URL. The QR code is drawn on the server: the client shows it as an
 * <img> (no markup injected, no QR library in the browser bundle) and the secret never needs a
 * second trip.
 */
export async function enrolmentOf(
  secret: string,
  email: string,
): Promise<{ uri: string; qrCode: string }> {
  const uri = generateURI({ issuer: ISSUER, label: email, secret });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The digits of a code as typed (spaces allowed: apps show "123 456"); null when not 6 digits. */
export function normaliseCode(code: string): string | null {
  const digits = code.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step of a right code, later than `afterStep` (the last one used: a code never works
 * twice), or null when the code is wrong, too old or already used.
 */
export async function verifyCode(
  secret: string,
  code: string,
  afterStep: number,
): Promise<number | null> {
  const token = normaliseCode(code);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep >= 0 ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

// Without 0/O and 1/I/L: the codes are written down and typed back.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Ten new recovery codes (`XXXXX-XXXXX`), shown once, and the hashes that are stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(recoveryHash) };
}

/** The stored hash of a recovery code as typed: case, spaces and dashes do not matter. */
export function recoveryHash(code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]+/g, '');
  return createHash('sha256').update(`recovery:${normalised}`).digest('hex');
}
