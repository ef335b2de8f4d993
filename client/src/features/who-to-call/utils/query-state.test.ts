import { describe, expect, test } from 'vitest';
import { mergeContacts } from './contacts';
import { parseQuery, toSearch } from './query-state';

describe('the question in the URL', () => {
  test('round-trips in a stable order', () => {
    const query = { region: 'region-mun-genk', form: 'LABOUR', barrier: 'HOUSING' };
    expect(toSearch(query)).toBe('?barrier=HOUSING&region=region-mun-genk&form=LABOUR');
    expect(parseQuery(toSearch(query))).toEqual(query);
    expect(toSearch({})).toBe('');
  });

  test('values of the wrong shape are left out', () => {
    expect(parseQuery('?barrier=<script>&region=Genk&indicator=ind-hou-overcrowding')).toEqual({
      indicator: 'ind-hou-overcrowding',
    });
  });
});

describe('contacts of an answer', () => {
  const point = (id: string) => ({
    __typename: 'ContactPoint' as const,
    id,
    name: id,
    kind: 'DESK' as const,
    hours: null,
    email: null,
    phone: null,
    languages: [],
    lastVerifiedAt: null,
    unit: null,
  });

  test('one line per contact with all its roles, primary contacts first', () => {
    const merged = mergeContacts([
      { priority: 'BACKUP', role: 'SIGNAL', roles: ['SIGNAL'], stale: false, contact: point('a') },
      {
        priority: 'PRIMARY',
        role: 'REFER',
        roles: ['REFER', 'SIGNAL'],
        stale: false,
        contact: point('b'),
      },
      { priority: 'PRIMARY', role: 'INSPECT', roles: [], stale: true, contact: point('a') },
    ]);
    expect(merged.map((c) => [c.contact.id, c.priority, c.roles, c.stale])).toEqual([
      ['a', 'PRIMARY', ['SIGNAL', 'INSPECT'], true],
      ['b', 'PRIMARY', ['REFER', 'SIGNAL'], false],
    ]);
  });
});
