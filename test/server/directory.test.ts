import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('barriers', () => {
  test('lists the six barriers of the model, in Dutch', async () => {
    const body = await t.gql<{ barriers: { code: string; name: string }[] }>(
      '{ barriers { code name(lang: NL) } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.barriers).toEqual([
      { code: 'RECRUITMENT', name: 'Werving' },
      { code: 'ENTRY', name: 'Binnenkomst en vervoer' },
      { code: 'IDENTITY', name: 'Identiteit en registratie' },
      { code: 'HOUSING', name: 'Huisvesting' },
      { code: 'WORK', name: 'Werk en exploitatie' },
      { code: 'FINANCES', name: 'Financiën' },
    ]);
  });

  test('one barrier, by code, in French and English with guidance in each language', async () => {
    const body = await t.gql<{ barrier: Record<string, string> }>(
      `{ barrier(code: "housing") { code fr: name(lang: FR) en: name(lang: EN)
           gNl: guidance(lang: NL) gFr: guidance(lang: FR) gEn: guidance(lang: EN) } }`,
    );
    const b = body.data?.barrier;
    expect(b?.fr).toBe('Logement');
    expect(b?.en).toBe('Housing');
    expect(new Set([b?.gNl, b?.gFr, b?.gEn]).size).toBe(3);
    for (const text of [b?.gNl, b?.gFr, b?.gEn]) expect(text?.length).toBeGreaterThan(40);
  });

  test('an unknown barrier is null, not an error', async () => {
    const body = await t.gql('{ barrier(code: "NOPE") { code } }');
    expect(body).toEqual({ data: { barrier: null } });
  });
});

describe('organisations', () => {
  const PAGE = `query($after: String, $country: Country) {
    organisations(first: 7, after: $after, country: $country) {
      totalCount edges { cursor node { id name country } } pageInfo { hasNextPage endCursor } } }`;
  type Page = {
    organisations: {
      totalCount: number;
      edges: { node: { id: string; name: string; country: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  test('pages through every organisation once, in name order', async () => {
    const seen: string[] = [];
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const body: Awaited<ReturnType<typeof t.gql<Page>>> = await t.gql<Page>(PAGE, { after });
      expect(body.errors).toBeUndefined();
      const page = body.data!.organisations;
      total = page.totalCount;
      for (const e of page.edges) {
        seen.push(e.node.id);
        names.push(e.node.name);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
  });

  test('filters by country', async () => {
    const body = await t.gql<Page>(PAGE, { country: 'NL' });
    const page = body.data!.organisations;
    expect(page.totalCount).toBeGreaterThan(5);
    expect(page.edges.every((e) => e.node.country === 'NL')).toBe(true);
  });

  test('one organisation by id, and a clear error for a forged cursor or a huge page', async () => {
    const one = await t.gql<{ organisation: { name: string; type: string } }>(
      '{ organisation(id: "org-stad-genk") { name type } }',
    );
    expect(one.data?.organisation).toEqual({ name: 'Stad Genk', type: 'MUNICIPALITY' });

    const forged = await t.gql('{ organisations(after: "bm9wZQ") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0]?.message).toContain('after');

    const large = await t.gql('{ organisations(first: 101) { totalCount } }');
    expect(large.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(large.errors?.[0]?.message).toBe('first must be between 1 and 100');

    // Far too large is stopped earlier, by the query cost limit, before any resolver runs.
    const huge = await t.gql('{ organisations(first: 500000) { totalCount } }');
    expect(huge.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(huge.errors?.[0]?.message).toMatch(/Query Cost limit of \d+ exceeded/);
  });
});
