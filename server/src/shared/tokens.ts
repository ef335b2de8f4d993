/**
 * The secrets the server hands out (session tokens, account and contact mail links): 256 random
 * bits as base64url, of which only a SHA-256 hash is ever stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../errors';

/**
 * The longest text taken as a token or a mail link's token (a real one has 43 characters): a
 * longer one is refused before it is hashed or looked up.
 */
export const TOKEN_MAX_LENGTH = 200;

/** A token as newToken makes it: anything else is not one (checked before any lookup). */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A fresh token: 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Refuses a mail link's token longer than any link, before it is hashed. */
export function checkLinkToken(token: string): string {
  if (token.length > TOKEN_MAX_LENGTH)
    throw new UserError('BAD_USER_INPUT', 'The link is too long');
  return token;
}
