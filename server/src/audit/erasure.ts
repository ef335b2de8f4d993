/**
 * Erasure that erases: when a person is deleted for good, the values they were known by (name,
 * e-mail, phone, position, now or in any past version) are replaced by a pseudonym wherever a
 * copy of them is kept: in every audit event about them (the events stay, with their fields'
 * names, so the trail still shows that and when something changed), and in any audit event,
 * contact report or import job whose text holds one of those values. Their own node, its search
 * text and the reports about them go with the deletion itself (audit/delete-entity.cypher).
 * Their id, made from their name, becomes `erased-<hash>` in the events (their entityId) and
 * wherever else it was copied.
 */
import { createHash } from 'node:crypto';
import type { Change } from './audit.queries';

const shortHash = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 8);

/** The stable stand-in for an erased person: the same person always gets the same one. */
export function pseudonymOf(id: string): string {
  return `verwijderde persoon #${shortHash(id)}`;
}

/** The stable stand-in for a deleted user account, in the actor fields of what it wrote. */
export function userPseudonymOf(id: string): string {
  return `verwijderde gebruiker #${shortHash(id)}`;
}

/**
 * The replacements of a deleted account: its e-mail address and name by its pseudonym. A name
 * shorter than 4 characters is left alone: it would also erase unrelated words.
 */
export function userReplacementsOf(
  id: string,
  user: { email: string; name: string | null },
): Replacement[] {
  const pseudonym = userPseudonymOf(id);
  return [user.email, user.email.toLowerCase(), user.name ?? '']
    .map((v) => v.trim())
    .filter((v, i, all) => v.length >= 4 && all.indexOf(v) === i)
    .sort((a, b) => b.length - a.length)
    .map((v) => [v, pseudonym] as const);
}

/**
 * The id their audit events keep: a person's id is made from their name when they are created
 * (person-first-last-…), so it is personal data too and is replaced like the rest.
 */
export function erasedIdOf(id: string): string {
  return `erased-${shortHash(id)}`;
}

/** A text to find and what replaces it. */
export type Replacement = readonly [find: string, by: string];

/** The replacements of an erasure: the id by the erased id, every needle by the pseudonym. */
export function replacementsOf(id: string, needles: readonly string[]): Replacement[] {
  return [[id, erasedIdOf(id)], ...needles.map((n) => [n, pseudonymOf(id)] as const)];
}

/**
 * Fields of a person's audit events whose values say nothing about who they are: kept as they
 * were (with any erased value inside replaced), so the trail still shows a status change or a
 * verification. Every other field's value becomes the pseudonym.
 */
const NOT_PERSONAL = new Set([
  'id',
  'version',
  'status',
  'languages',
  'lastVerifiedAt',
  'exploitationForms',
  'responsibilities',
  'workplaceId',
  'organisationId',
  'unitId',
  'from',
  'to',
  'since',
  'createdAt',
  'updatedAt',
  'reason',
]);

/**
 * The texts to look for elsewhere: the full names, e-mail addresses, phone numbers and positions
 * the person had (now and in their history). A first or last name alone is not searched for: it
 * would also erase other people who share it.
 */
export function needlesOf(current: Record<string, unknown>, history: Change[][]): string[] {
  /** Every value a field had: now, and before and after each change. */
  const valuesOf = (field: string) =>
    new Set(
      [current[field], ...history.flat().flatMap((c) => (c.field === field ? [c.from, c.to] : []))]
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.trim()),
    );
  const found = new Set<string>();
  for (const field of ['email', 'phone', 'function']) for (const v of valuesOf(field)) found.add(v);
  for (const first of valuesOf('firstName'))
    for (const last of valuesOf('lastName')) found.add(`${first} ${last}`);
  return [...found].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
}

/** `text` with every replacement made. */
export function scrubText(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const [find, by] of replacements) out = out.split(find).join(by);
  return out;
}

/** A value with every replacement made inside it (strings, lists, objects). */
function scrubValue(value: unknown, replacements: readonly Replacement[]): unknown {
  if (typeof value === 'string') return scrubText(value, replacements);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, replacements));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, scrubValue(v, replacements)]),
    );
  }
  return value;
}

/** The changes of an event about the erased person: identifying values become the pseudonym. */
export function eraseChanges(
  changes: Change[],
  replacements: readonly Replacement[],
  pseudonym: string,
): Change[] {
  const erase = (field: string, value: unknown) => {
    if (value === null || value === undefined) return value ?? null;
    if (NOT_PERSONAL.has(field)) return scrubValue(value, replacements);
    return pseudonym;
  };
  return changes.map((c) => ({
    field: c.field,
    from: erase(c.field, c.from),
    to: erase(c.field, c.to),
  }));
}

/** The text properties of any other record, with the replacements made; only those changed. */
export function scrubProperties(
  props: Record<string, unknown>,
  replacements: readonly Replacement[],
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (typeof value !== 'string' && !Array.isArray(value)) continue;
    const next = scrubValue(value, replacements);
    if (JSON.stringify(next) !== JSON.stringify(value)) changed[key] = next;
  }
  return changed;
}
