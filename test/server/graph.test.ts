import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentText, graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';

const NEIGHBOURHOOD = graphql(`query($id: ID!, $depth: Int, $limit: Int, $filter: GraphFilter) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, filter: $filter) {
    truncated nodes { id type label country } edges { id type source target role crossBorder legalBases { code } } } }`);
const PATH_ACROSS = graphql(`query($from: ID!, $to: ID!) { path(from: $from, to: $to) {
  nodes { id type label country } edges { id type source target crossBorder legalBases { code } } truncated } }`);
const PATH = graphql(`query($from: ID!, $to: ID!, $via: [GraphLinkKind!]) {
  path(from: $from, to: $to, via: $via) { nodes { id type country } edges { id type source target } } }`);
const PATH_ONE_HOP = graphql(
  'query($to: ID!) { path(from: "org-stad-genk", to: $to, maxHops: 1) { nodes { id } } }',
);

let t: TestApp;
let riecZwb: string;
beforeAll(async () => {
  t = await createTestApp();
  const { records } = await t.db.driver.executeQuery(
    "MATCH (o:Organisation) WHERE o.name CONTAINS 'Zeeland-West-Brabant' AND o.type = 'EXPERTISE_CENTRE' RETURN o.id AS id",
  );
  riecZwb = records[0]?.get('id');
});
afterAll(() => t.close());

describe('neighbourhood', () => {
  test('shows an organisation with its barriers, regions and partners, every edge between shown nodes', async () => {
    const body = await t.gql(NEIGHBOURHOOD, { id: 'org-stad-genk' });
    const slice = body.data!.neighbourhood!;
    const types = new Set(slice.nodes.map((n) => n.type));
    expect(types).toContain('Barrier');
    expect(types).toContain('Region');
    expect(types).not.toContain('Person');
    const ids = new Set(slice.nodes.map((n) => n.id));
    for (const e of slice.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    const sharing = slice.edges.filter((e) => e.type === 'SHARES_WITH');
    expect(sharing.length).toBeGreaterThan(0);
    expect(sharing[0]!.legalBases.length).toBeGreaterThan(0);
    expect(slice.edges.some((e) => e.type === 'HAS_ROLE' && e.role)).toBe(true);
  });

  test('caps a hub instead of returning a hairball, and says so', async () => {
    const { records } = await t.db.driver.executeQuery(
      "MATCH (c:Region {type: 'COUNTRY', country: 'BE'}) RETURN c.id AS id",
    );
    const body = await t.gql(NEIGHBOURHOOD, {
      id: records[0]?.get('id'),
      depth: 3,
      limit: 25,
    });
    const slice = body.data!.neighbourhood!;
    expect(slice.nodes.length).toBeLessThanOrEqual(25);
    expect(slice.truncated).toBe(true);
  });

  test('filters by node type and country', async () => {
    const body = await t.gql(NEIGHBOURHOOD, {
      id: 'org-ariec-limburg',
      depth: 2,
      filter: { nodeTypes: ['Organisation'], country: 'NL' },
    });
    const others = body.data!.neighbourhood!.nodes.filter((n) => n.id !== 'org-ariec-limburg');
    expect(others.length).toBeGreaterThan(0);
    for (const n of others) {
      expect(n.type).toBe('Organisation');
      expect(n.country).toBe('NL');
    }
  });

  test('the country filter applies to contact points and units too: by their organisation', async () => {
    const all = await t.gql(NEIGHBOURHOOD, {
      id: 'org-stad-genk',
      depth: 2,
    });
    const contacts = all.data!.neighbourhood!.nodes.filter((n) => n.type === 'ContactPoint');
    expect(contacts.length).toBeGreaterThan(0);
    // Each carries its organisation's country (other tests may add Dutch partners nearby).
    expect(contacts.every((n) => n.country === 'BE' || n.country === 'NL')).toBe(true);
    expect(contacts.some((n) => n.country === 'BE')).toBe(true);
    const dutch = await t.gql(NEIGHBOURHOOD, {
      id: 'org-stad-genk',
      depth: 2,
      filter: { country: 'NL' },
    });
    const others = dutch.data!.neighbourhood!.nodes.filter((n) => n.id !== 'org-stad-genk');
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((n) => n.country === 'BE')).toEqual([]);
  });

  test('rejects a depth over 3 and returns null for an unknown id or an agreement', async () => {
    const deep = await t.gql(NEIGHBOURHOOD, { id: 'org-stad-genk', depth: 9 });
    expect(deep.errors?.[0]?.message).toBe('depth must be between 1 and 3');
    const unknown = await t.gql(NEIGHBOURHOOD, { id: 'org-nope' });
    expect(unknown.data?.neighbourhood).toBeNull();
    // An agreement is an edge of the picture, not a place to start from.
    const { records } = await t.db.driver.executeQuery(
      'MATCH (a:SharingAgreement) RETURN a.id AS id LIMIT 1',
    );
    const agreement = await t.gql(NEIGHBOURHOOD, {
      id: records[0]!.get('id') as string,
    });
    expect(agreement).toEqual({ data: { neighbourhood: null } });
  });
});

describe('path', () => {
  test('connects Stad Genk to RIEC Zeeland-West-Brabant across the border', async () => {
    const body = await t.gql(PATH_ACROSS, { from: 'org-stad-genk', to: riecZwb });
    expect(body.errors).toBeUndefined();
    const slice = body.data!.path;
    const ids = slice.nodes.map((n) => n.id);
    expect(ids).toContain('org-stad-genk');
    expect(ids).toContain(riecZwb);
    expect(new Set(slice.nodes.map((n) => n.country).filter(Boolean))).toEqual(
      new Set(['BE', 'NL']),
    );
    // An agreement is an edge of the path, never one of its nodes.
    const { records } = await t.db.driver.executeQuery(
      'MATCH (a:SharingAgreement) RETURN collect(a.id) AS ids',
    );
    const agreementIds = new Set(records[0]!.get('ids') as string[]);
    expect(agreementIds.size).toBeGreaterThan(0);
    expect(ids.filter((id) => agreementIds.has(id))).toEqual([]);
    const idSet = new Set(ids);
    for (const e of slice.edges) expect(idSet.has(e.source) && idSet.has(e.target)).toBe(true);
  });

  test('between two partners avoids geography when the reader leaves it out', async () => {
    // With every kind of tie, the shortest way runs through areas (organisation → country → …).
    const anyway = await t.gql(PATH, { from: 'org-stad-genk', to: riecZwb });
    expect(anyway.data!.path.nodes.some((n) => n.type === 'Region')).toBe(true);

    const body = await t.gql(PATH, {
      from: 'org-stad-genk',
      to: riecZwb,
      via: ['AGREEMENT', 'COUNTERPART', 'STRUCTURE'],
    });
    expect(body.errors).toBeUndefined();
    const slice = body.data!.path;
    const ids = slice.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['org-stad-genk', riecZwb]));
    expect(slice.nodes.filter((n) => n.type === 'Region')).toEqual([]);
    expect(slice.edges.length).toBeGreaterThan(0);
    for (const e of slice.edges) {
      expect(['SHARES_WITH', 'COUNTERPART_OF', 'PART_OF', 'BELONGS_TO', 'WORKS_AT']).toContain(
        e.type,
      );
    }

    // Agreements only: no counterpart on the way; nothing allowed: nothing found.
    const agreements = await t.gql(PATH, {
      from: 'org-stad-genk',
      to: riecZwb,
      via: ['AGREEMENT'],
    });
    expect(agreements.data!.path.edges.every((e) => e.type === 'SHARES_WITH')).toBe(true);
    const none = await t.gql(PATH, {
      from: 'org-stad-genk',
      to: riecZwb,
      via: [],
    });
    expect(none.data!.path.nodes).toEqual([]);
    // Only the listed kinds exist: a relationship type is not a kind.
    // Sent as text: HAS_ROLE is not a GraphLinkKind, which the typed variables would not allow.
    const wrong = await t.gql(documentText(PATH), {
      from: 'org-stad-genk',
      to: riecZwb,
      via: ['HAS_ROLE'],
    });
    expect(wrong.errors?.[0]?.message).toMatch(/GraphLinkKind/);
  });

  test('is empty when nothing connects within maxHops', async () => {
    const body = await t.gql(PATH_ONE_HOP, { to: riecZwb });
    expect(body.data?.path.nodes).toEqual([]);
  });
});
