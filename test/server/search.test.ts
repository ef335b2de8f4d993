import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type ResultOf, type VariablesOf } from '../../client/src/lib/documents';
import { toLuceneQuery, toNearestQuery } from '../../server/src/search/lucene';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const SEARCH = graphql(`query($q: String!, $types: [SearchType!], $first: Int) {
  search(query: $q, types: $types, first: $first) { type score node {
    ... on Organisation { id name } ... on OrgUnit { id orgUnitName: name unitOf: organisation { name } }
    ... on ContactPoint { id cpName: name organisation { name } } ... on Person { id personName: name }
    ... on Indicator { id indicatorName: name } ... on Measure { id measureName: name(lang: FR) } } } }`);

type Hit = ResultOf<typeof SEARCH>['search'][number];

/** An organisation's name (the only hit selected with `name` unaliased). */
const nameOf = (h: Hit) => ('name' in h.node ? h.node.name : undefined);

let t: TestApp;
let staff: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF');
});
afterAll(async () => {
  await removeTestUsers(t);
  await t.close();
});

async function search(
  q: string,
  extra: Omit<VariablesOf<typeof SEARCH>, 'q'> = {},
  headers: Record<string, string> = {},
) {
  const body = await t.gql(SEARCH, { q, ...extra }, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

describe('search', () => {
  test('finds by prefix while typing', async () => {
    const hits = await search('payo');
    expect(hits[0] && nameOf(hits[0])).toBe('Payoke');
  });

  test('ignores accents: "Surya" finds "Sürya"', async () => {
    const hits = await search('Surya');
    expect(hits.map(nameOf)).toContain('Sürya');
  });

  test('tolerates a typo', async () => {
    const hits = await search('Eindhovn');
    expect(hits.some((h) => String(nameOf(h) ?? '').includes('Eindhoven'))).toBe(true);
  });

  test('combines words: "huisvesting Genk" finds partners for housing in Genk, Stad Genk among the first', async () => {
    const hits = await search('huisvesting Genk', { first: 20 });
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.slice(0, 3).map(nameOf)).toContain('Stad Genk');
    // Every hit is about both words: in its own texts or in what it is linked to (its search context).
    const { records } = await t.db.driver.executeQuery(
      `MATCH (n:Entity) WHERE n.id IN $ids
       RETURN n.id AS id, toLower(reduce(s = '', k IN ['name', 'nameNl', 'context', 'descriptionNl', 'descriptionFr',
         'descriptionEn'] | s + ' ' + coalesce(n[k], ''))) AS text`,
      { ids: hits.map((h) => h.node.id) },
    );
    expect(records).toHaveLength(hits.length);
    for (const r of records) {
      expect(r.get('text')).toContain('genk');
      expect(r.get('text')).toContain('huisvesting');
    }
  });

  test('searches in French and English too', async () => {
    const fr = await search('logement', { types: ['MEASURE', 'INDICATOR'], first: 5 });
    expect(fr.length).toBeGreaterThan(0);
    const en = await search('overcrowding', { types: ['INDICATOR'] });
    expect(en[0]?.type).toBe('INDICATOR');
  });

  test('results are typed and ranked best first', async () => {
    const hits = await search('genk', { first: 15 });
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(hits.map((h) => h.type)).size).toBeGreaterThan(1);
    const orgsOnly = await search('genk', { types: ['ORGANISATION'] });
    expect(orgsOnly.every((h) => h.type === 'ORGANISATION')).toBe(true);
  });

  test('persons are found only by signed-in users', async () => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (p:Person) RETURN p.lastName AS n LIMIT 1',
    );
    const lastName = records[0]?.get('n') as string;
    const anonymous = await search(lastName, { types: ['PERSON'] });
    expect(anonymous).toEqual([]);
    const signedIn = await search(lastName, { types: ['PERSON'] }, staff.headers);
    expect(signedIn.length).toBeGreaterThan(0);
    expect(signedIn[0]?.type).toBe('PERSON');
  });

  test('Lucene syntax in the input never causes an error', async () => {
    for (const q of [
      '"',
      'AND',
      'a:b',
      '(((',
      '*',
      '~',
      'genk~~',
      '\\',
      '[0 TO 9]',
      '+-&&||!(){}[]^"~*?:\\/',
      'OR NOT',
    ]) {
      const body = await t.gql(SEARCH, { q });
      expect(body.errors, q).toBeUndefined();
    }
  });

  test('any string becomes a Lucene query without syntax, or none at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const q = toLuceneQuery(input);
        if (q === null) return;
        // Only our own operators remain: +( … ) groups of [field:]term, term*, term~1 with boosts.
        for (const group of q.split(/(?<=\)) /)) {
          expect(group).toMatch(/^\+\(.*\)$/);
          for (const token of group.slice(2, -1).split(' ')) {
            expect(token).toMatch(
              /^(?:(?:name|shortName|lastName|nameNl|nameFr|nameEn):)?[^\s()+:"\\[\]{}^~*]+(?:\*|~1)?(?:\^\d)?$/u,
            );
          }
        }
      }),
      { numRuns: 2000 },
    );
    // The pickers' fallback ("nearest"): any word, as a prefix or within two typos.
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const q = toNearestQuery(input);
        if (q === null) return;
        for (const token of q.split(' ')) {
          expect(token).toMatch(/^[^\s()+:"\\[\]{}^~*]+(?:\*\^2|~2)$/u);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('rejects a page size over 50 with a clear message', async () => {
    const body = await t.gql(SEARCH, { q: 'genk', first: 500 });
    expect(body.errors?.[0]?.message).toBe('first must be between 1 and 50');
  });
});
