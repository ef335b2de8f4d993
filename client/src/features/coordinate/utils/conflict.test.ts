/** Comparing the user's version with the one stored meanwhile, and merging the user's choices. */
import { describe, expect, test } from 'vitest';
import {
  changedFields,
  changedMeanwhile,
  differences,
  fromFlags,
  merge,
  same,
  toFlags,
} from './conflict';

const fields = ['name', 'shortName', 'website', 'languages'] as const;
const base = {
  name: 'Stad Genk',
  shortName: 'Genk',
  website: 'https://www.genk.be',
  languages: ['nl'],
};

describe('conflicts', () => {
  test('empty, null and missing are the same; lists compare as sets', () => {
    expect(same('', null)).toBe(true);
    expect(same(undefined, false)).toBe(true);
    expect(same(' Genk ', 'Genk')).toBe(true);
    expect(same(['nl', 'fr'], ['fr', 'nl'])).toBe(true);
    expect(same([], null)).toBe(true);
    expect(same('Genk', 'genk')).toBe(false);
    expect(same('+32 89 55 50 99', '+3289555099')).toBe(true);
    expect(same('+32 89 55 50 99', '+3289555098')).toBe(false);
  });

  test('fields only one side changed come with a suggestion; both changed wait for the user', () => {
    const mine = { ...base, shortName: 'Genk (mine)', name: 'Stad Genk (both, mine)' };
    const theirs = { ...base, website: 'https://genk.be/nieuw', name: 'Stad Genk (both, theirs)' };
    const found = differences(fields, base, mine, theirs);
    expect(found.map((d) => [d.field, d.suggestion])).toEqual([
      ['name', null],
      ['shortName', 'mine'],
      ['website', 'theirs'],
    ]);
    expect(changedMeanwhile(fields, base, theirs)).toBe(true);
  });

  test('merging keeps both edits: theirs by default, mine where chosen', () => {
    const mine = { ...base, shortName: 'GNK' };
    const theirs = { ...base, website: 'https://genk.be/nieuw', version: 3 };
    const merged = merge(fields, mine, theirs, { shortName: 'mine', website: 'theirs' });
    expect(merged).toMatchObject({ shortName: 'GNK', website: 'https://genk.be/nieuw' });
    // What to send on top of theirs: only the user's own change.
    expect(changedFields(fields, theirs, merged)).toEqual(['shortName']);
  });

  test('a version bump by a change elsewhere is not a conflict in this form', () => {
    expect(changedMeanwhile(fields, base, { ...base, version: 7 })).toBe(false);
  });

  test('lists become flags, so each entry is compared and chosen on its own', () => {
    const baseRoles = toFlags(['HOUSING:INSPECT']);
    const mine = toFlags(['HOUSING:INSPECT', 'WORK:SIGNAL']);
    const theirs = toFlags(['FINANCES:SCREEN']);
    const keys = [...new Set([baseRoles, mine, theirs].flatMap((v) => Object.keys(v)))];
    const found = differences(keys, baseRoles, mine, theirs);
    expect(found.map((d) => [d.field, d.suggestion])).toEqual([
      ['HOUSING:INSPECT', 'theirs'],
      ['WORK:SIGNAL', 'mine'],
      ['FINANCES:SCREEN', 'theirs'],
    ]);
    const merged = merge(keys, mine, theirs, { 'WORK:SIGNAL': 'mine' });
    expect(fromFlags(merged).sort()).toEqual(['FINANCES:SCREEN', 'WORK:SIGNAL']);
  });
});
