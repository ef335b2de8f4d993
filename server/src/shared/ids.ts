/** Readable, stable ids: a type prefix and a slug of the name, e.g. org-stad-genk. */
import { randomBytes } from 'node:crypto';

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** An id from a name (deterministic, so the same name collides) or random when the name is empty. */
export function idFor(prefix: string, name: string): string {
  const s = slug(name);
  return `${prefix}-${s || randomBytes(4).toString('hex')}`;
}

/** A random id for things whose names repeat (contact points, persons, agreements). */
export function randomId(prefix: string, name: string): string {
  return `${prefix}-${slug(name).slice(0, 40) || 'x'}-${randomBytes(3).toString('hex')}`;
}
