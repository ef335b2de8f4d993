/**
 * Three versions of one record: the one the form was based on, the user's (mine) and the one
 * stored meanwhile by someone else (theirs). Pure functions: which fields differ, who changed
 * them, what to suggest, and the merged result of the user's choices.
 */

import { toE164 } from './validation';

export type Values = Record<string, unknown>;
export type Side = 'mine' | 'theirs';

/**
 * Empty text, null, undefined and false are all "nothing"; lists compare as sets; a phone
 * number compares as the server stores it (+32 89 55 50 00 is +3289555000).
 */
export function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === false) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    return /^(\+|00)[\d\s.\-()/]+$/.test(text) ? (toE164(text) ?? text) : text;
  }
  if (Array.isArray(value)) {
    const list = value.map((v) => JSON.stringify(normalise(v))).sort();
    return list.length === 0 ? null : list;
  }
  return value;
}

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

export interface FieldDifference {
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  changedByMe: boolean;
  changedByThem: boolean;
  /** What to keep unless the user says otherwise; null when both changed it (they must choose). */
  suggestion: Side | null;
}

/** The fields where the user's version and the stored one differ. */
export function differences(
  fields: readonly string[],
  base: Values,
  mine: Values,
  theirs: Values,
): FieldDifference[] {
  return fields.flatMap((field) => {
    if (same(mine[field], theirs[field])) return [];
    const changedByMe = !same(base[field], mine[field]);
    const changedByThem = !same(base[field], theirs[field]);
    const suggestion: Side | null =
      changedByMe && changedByThem ? null : changedByMe ? 'mine' : 'theirs';
    return [
      {
        field,
        base: base[field],
        mine: mine[field],
        theirs: theirs[field],
        changedByMe,
        changedByThem,
        suggestion,
      },
    ];
  });
}

/** True when the stored record differs from the base in any of these fields. */
export function changedMeanwhile(fields: readonly string[], base: Values, theirs: Values): boolean {
  return fields.some((field) => !same(base[field], theirs[field]));
}

/** The record after the user's choices: theirs, with "mine" taken where chosen. */
export function merge(
  fields: readonly string[],
  mine: Values,
  theirs: Values,
  choices: Record<string, Side>,
): Values {
  const merged: Values = { ...theirs };
  for (const field of fields) {
    if (same(mine[field], theirs[field])) continue;
    if (choices[field] === 'mine') merged[field] = mine[field];
  }
  return merged;
}

/** The fields whose value in `next` differs from `stored`: what to send. */
export function changedFields(fields: readonly string[], stored: Values, next: Values): string[] {
  return fields.filter((field) => !same(stored[field], next[field]));
}

/** A list of keys as flags, so each entry of a list can be compared and chosen on its own. */
export function toFlags(keys: readonly string[]): Values {
  return Object.fromEntries(keys.map((key) => [key, true]));
}

export function fromFlags(flags: Values): string[] {
  return Object.keys(flags).filter((key) => flags[key] === true);
}
