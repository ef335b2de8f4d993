import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type ResultOf } from '../../client/src/lib/documents';
import { createRepositories } from '../../server/src/repositories';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('barriers', () => {
  test('lists the six barriers of the model, in Dutch', async () => {
    const body = await t.gql(graphql('{ barriers { code name(lang: NL) } }'));
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
    const body = await t.gql(
      graphql(`{ barrier(code: "housing") { code fr: name(lang: FR) en: name(lang: EN)
           gNl: guidance(lang: NL) gFr: guidance(lang: FR) gEn: guidance(lang: EN) } }`),
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
  const PAGE = graphql(`query($after: String, $country: Country) {
    organisations(first: 7, after: $after, country: $country) {
      totalCount edges { cursor node { id name country } } pageInfo { hasNextPage endCursor } } }`);

  test('pages through every organisation once, in name order', async () => {
    const seen: string[] = [];
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const body: GqlBody<ResultOf<typeof PAGE>> = await t.gql(PAGE, { after });
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
    const body = await t.gql(PAGE, { country: 'NL' });
    const page = body.data!.organisations;
    expect(page.totalCount).toBeGreaterThan(5);
    expect(page.edges.every((e) => e.node.country === 'NL')).toBe(true);
  });

  test('one organisation by id, and a clear error for a forged cursor or a huge page', async () => {
    const one = await t.gql(graphql('{ organisation(id: "org-stad-genk") { name type } }'));
    expect(one.data?.organisation).toEqual({ name: 'Stad Genk', type: 'MUNICIPALITY' });

    const forged = await t.gql('{ organisations(after: "bm9wZQ") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0]?.message).toContain('after');

    const large = await t.gql('{ organisations(first: 101) { totalCount } }');
    expect(large.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(large.errors?.[0]?.message).toBe('first must be between 1 and 100');

    // Far too large gets the same answer: the query cost counts a page at its largest (100),
    // and the resolver refuses the size before asking the database.
    const huge = await t.gql('{ organisations(first: 500000) { edges { node { name } } } }');
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0]?.message).toBe('first must be between 1 and 100');
  });

  test('the page query gives each row exactly as its own feature loads it', async () => {
    const repos = createRepositories(t.db);
    const { records } = await t.db.driver.executeQuery('MATCH (o:Organisation) RETURN o.id AS id');
    const all = { roles: true, coverage: true, units: true, contactPoints: true };
    const parts = { ...all, agreements: true, counterparts: true };
    const byId = <T extends { id: string }>(rows: (T | null)[]) =>
      rows.filter((r): r is T => r !== null).sort((a, b) => a.id.localeCompare(b.id));
    let withAgreements = 0;
    for (const record of records) {
      const page = (await repos.organisations.withRelated(record.get('id'), parts))!;
      const o = page.organisation;
      expect([o]).toEqual(await repos.organisations.byIds([o.id]));
      expect(byId(page.regions)).toEqual(byId(await repos.regions.byIds(o.coverageIds)));
      expect(byId(page.units)).toEqual(byId(await repos.organisations.unitsByIds(o.unitIds)));
      expect(byId(page.contactPoints)).toEqual(
        byId(await repos.contacts.pointsByIds(o.contactPointIds)),
      );
      expect(byId(page.agreements)).toEqual(
        byId(await repos.sharing.agreementsByIds(o.agreementIds)),
      );
      const bases = [...new Set(page.agreements.flatMap((a) => a.legalBasisIds))];
      expect(byId(page.legalBases)).toEqual(byId(await repos.sharing.legalBasesByIds(bases)));
      const refs = [
        ...new Set([...o.counterpartIds, ...page.agreements.flatMap((a) => [a.fromId, a.toId])]),
      ];
      expect(byId(page.organisations)).toEqual(byId(await repos.organisations.refsByIds(refs)));
      const codes = [
        ...new Set([
          ...o.roles.map((r) => r.barrierCode),
          ...page.contactPoints.flatMap((c) => c.responsibilities.map((r) => r.barrierCode)),
        ]),
      ];
      const barriers = (await repos.barriers.byCodes(codes)).filter((b) => b !== null);
      const byCode = (rows: { code: string }[]) =>
        [...rows].sort((a, b) => a.code.localeCompare(b.code));
      expect(byCode(page.barriers)).toEqual(byCode(barriers));
      if (page.agreements.length > 0) withAgreements++;
    }
    expect(withAgreements).toBeGreaterThan(5);
    // A list the request does not ask for is not read.
    const bare = await repos.organisations.withRelated('org-stad-genk', {
      roles: false,
      coverage: false,
      units: false,
      contactPoints: false,
      agreements: false,
      counterparts: false,
    });
    expect(bare?.organisation.agreementIds.length).toBeGreaterThan(0);
    expect([bare?.regions, bare?.units, bare?.agreements, bare?.barriers]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(await repos.organisations.withRelated('org-nope', parts)).toBeNull();
  });
});
