/**
 * Administrators maintain the geography: create, rename, set PART_OF, merge, archive. A merger of
 * two municipalities keeps every organisation's coverage (now on the successor), every history
 * entry and every old name and code (they resolve to the municipality in force), and the audit
 * log has one event per changed entity. Bad input is refused per field with nothing written;
 * coordinators and staff are refused. The test's regions are its own (codes 99xxx, which Statbel
 * never gave) and are removed afterwards.
 */
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type DocumentNode,
  documentText,
  graphql,
  type ResultOf,
  type TadaDocumentNode,
} from '../../client/src/lib/documents';
import { createRepositories } from '../../server/src/repositories';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

let t: TestApp;
let admin: TestUser;
let coordinator: TestUser;
let staff: TestUser;
const used = new Set<string>();
/** A five-digit code no Belgian municipality has (99000–99899), fresh per call. */
function code(): string {
  for (;;) {
    const c = String(randomInt(99_000, 99_900));
    if (!used.has(c)) {
      used.add(c);
      return c;
    }
  }
}
const LIMBURG = 'region-prov-limburg-be';

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
  coordinator = await createUser(t, 'COORDINATOR', { scopeRegionIds: [LIMBURG] });
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
});

afterAll(async () => {
  // Everything the test's administrator created (regions, organisations) and every event it wrote.
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent {action: 'CREATE', userId: $id})
     MATCH (n:Entity {id: e.entityId}) DETACH DELETE n`,
    { id: admin.id },
  );
  await t.db.driver.executeQuery('MATCH (e:AuditEvent {userId: $id}) DETACH DELETE e', {
    id: admin.id,
  });
  await removeTestUsers(t);
  await t.close();
});

const REGION_FIELDS = graphql(`
  fragment MaintainedRegion on Region { id code version validTo type name(lang: NL) parents { id } }
`);
type Region = ResultOf<typeof REGION_FIELDS>;
type FieldError = { field: string; code: string; message: string };

/**
 * A request as `user` that may be refused: the variables are often wrong on purpose, so they are
 * not typed; a typed document is sent as its text.
 */
async function as<T>(
  user: TestUser | null,
  query: string | DocumentNode,
  variables: Record<string, unknown> = {},
  lang = 'nl',
): Promise<GqlBody<T>> {
  const text = typeof query === 'string' ? query : documentText(query);
  return t.gql<T>(text, variables, { ...(user?.headers ?? {}), 'accept-language': lang });
}

/** The administrator's request, which must succeed; its data, typed from the document. */
async function ok<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const body = await t.gql(document, variables, { ...admin.headers, 'accept-language': 'nl' });
  expect(body.errors).toBeUndefined();
  return body.data as Result;
}

const CREATE = graphql(
  `mutation($i: RegionInput!) { createRegion(input: $i) { ...MaintainedRegion } }`,
  [REGION_FIELDS],
);
const MERGE = graphql(
  `mutation($i: MergeRegionsInput!) { mergeRegions(input: $i) { ...MaintainedRegion } }`,
  [REGION_FIELDS],
);
const CREATE_ORGANISATION = graphql(
  'mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }',
);
const COVERAGE = graphql('query($id: ID!) { organisation(id: $id) { coverage { id } } }');
const HISTORY = graphql('query($id: ID!) { organisation(id: $id) { history { id } } }');
const TWO_REGIONS = graphql(
  `query($a: ID!, $b: ID!) { a: region(id: $a) { ...MaintainedRegion } b: region(id: $b) { ...MaintainedRegion } }`,
  [REGION_FIELDS],
);
const MUNICIPALITIES_BE = graphql('{ regions(type: MUNICIPALITY, country: BE) { id } }');
const PLACES = graphql(
  'query($q: String!) { searchPlaces(query: $q) { matches { region { id } formerName } } }',
);
const AUDIT = graphql(
  'query($u: ID!, $from: DateTime!) { auditLog(userId: $u, from: $from, first: 50) { events { entityId action changes { field to } } } }',
);
const RENAME = graphql(
  `mutation($id: ID!, $code: String!) { updateRegion(id: $id, version: 1, patch: {name: {nl: "ZZ Politiezone Nieuw"}, code: $code}) { ...MaintainedRegion } }`,
  [REGION_FIELDS],
);
const SET_PARENTS = graphql(
  `mutation($id: ID!, $p: [ID!]!, $version: Int!) { setRegionParents(id: $id, version: $version, parentIds: $p) { ...MaintainedRegion } }`,
  [REGION_FIELDS],
);
const ARCHIVE = graphql(
  `mutation($id: ID!) { archiveRegion(id: $id, version: 2, since: "2026-01-01") { ...MaintainedRegion } }`,
  [REGION_FIELDS],
);

async function municipality(name: string, parentIds = [LIMBURG]): Promise<Region> {
  const data = await ok(CREATE, {
    i: { type: 'MUNICIPALITY', country: 'BE', name: { nl: name }, code: code(), parentIds },
  });
  return data.createRegion;
}

async function organisation(name: string, coverage: string[]): Promise<string> {
  const data = await ok(CREATE_ORGANISATION, {
    i: { name, type: 'MUNICIPALITY', country: 'BE', coverage },
  });
  return data.createOrganisation.id;
}

async function coverageOf(id: string): Promise<string[]> {
  const data = await ok(COVERAGE, { id });
  return (data.organisation?.coverage ?? []).map((r) => r.id).sort();
}

async function historyOf(id: string): Promise<string[]> {
  const data = await ok(HISTORY, { id });
  return (data.organisation?.history ?? []).map((e) => e.id);
}

/** What a refused request must not change: nodes, relationships, versions, audit events. */
async function fingerprint(): Promise<string> {
  const { records } = await t.db.driver.executeQuery(
    `CALL { MATCH (n) WHERE NOT n:Session AND NOT n:SignInThrottle RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (n:Entity) RETURN sum(coalesce(n.version, 0)) AS versions }
     CALL { MATCH (r:Region) RETURN collect([r.id, r.nameNl, r.code, toString(r.validTo)]) AS regions }
     RETURN nodes, rels, versions, regions`,
  );
  return JSON.stringify(records[0]!.toObject());
}

function fieldErrors(body: GqlBody<unknown>): { field: string; code: string }[] {
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return ((body.errors?.[0]?.extensions?.fieldErrors ?? []) as FieldError[]).map(
    ({ field, code }) => ({ field, code }),
  );
}

describe('merging two municipalities', () => {
  test('moves every coverage and scope to the successor, keeps history, old names and codes resolve, one audit event per changed entity', async () => {
    const stamp = Date.now().toString(36);
    const a = await municipality(`Zzoudegem ${stamp}`);
    const b = await municipality(`Zzniewkerke ${stamp}`);
    const codeA = a.code!;
    const onlyA = await organisation(`ZZ Gemeente Oudegem ${stamp}`, [a.id, 'region-mun-genk']);
    const onlyB = await organisation(`ZZ Gemeente Niewkerke ${stamp}`, [b.id]);
    const both = await organisation(`ZZ Politie Oudegem-Niewkerke ${stamp}`, [a.id, b.id]);
    await ok(
      graphql(
        'mutation($id: ID!) { updateOrganisation(id: $id, version: 1, patch: {shortName: "ZZO"}) { id } }',
      ),
      {
        id: onlyA,
      },
    );
    const historyBefore = await historyOf(onlyA);
    expect(historyBefore).toHaveLength(2);
    const scoped = await createUser(t, 'COORDINATOR', { scopeRegionIds: [a.id] });
    const started = new Date().toISOString();

    const successorCode = code();
    const merged = await ok(MERGE, {
      i: {
        type: 'MUNICIPALITY',
        formerIds: [a.id, b.id],
        successor: {
          name: { nl: `Zznieuwstad ${stamp}`, fr: `Zzvilleneuve ${stamp}` },
          code: successorCode,
        },
        since: '2026-01-01',
      },
    });
    const c = merged.mergeRegions;
    expect(c).toMatchObject({
      id: `region-be-nis-${successorCode}`,
      code: successorCode,
      type: 'MUNICIPALITY',
      validTo: null,
      name: `Zznieuwstad ${stamp}`,
    });
    // The successor is part of what the merged municipalities were part of.
    expect(c.parents.map((p) => p.id)).toEqual([LIMBURG]);

    // Every organisation still covers the place, now as the successor, once.
    expect(await coverageOf(onlyA)).toEqual([c.id, 'region-mun-genk'].sort());
    expect(await coverageOf(onlyB)).toEqual([c.id]);
    expect(await coverageOf(both)).toEqual([c.id]);
    // History kept, with the merger added.
    const historyAfter = await historyOf(onlyA);
    expect(historyAfter).toHaveLength(3);
    expect(historyAfter.slice(1)).toEqual(historyBefore);

    // The former municipalities stay, ended the day before, replaced by the successor.
    const former = await ok(TWO_REGIONS, { a: a.id, b: b.id });
    expect(former.a?.validTo).toBe('2025-12-31');
    expect(former.b?.validTo).toBe('2025-12-31');
    const inForce = await ok(MUNICIPALITIES_BE, {});
    const ids = inForce.regions.map((r) => r.id);
    expect(ids).toContain(c.id);
    expect(ids).not.toContain(a.id);
    expect(ids).not.toContain(b.id);

    // Old codes and old names resolve to the municipality in force.
    const { regions } = createRepositories(t.db);
    expect(await regions.inForceByCode(codeA)).toBe(c.id);
    expect(await regions.inForceByCode(b.code!)).toBe(c.id);
    const found = await ok(PLACES, { q: `Zzoudegem ${stamp}` });
    expect(found.searchPlaces.matches[0]).toEqual({
      region: { id: c.id },
      formerName: `Zzoudegem ${stamp}`,
    });

    // The coordinator of a merged municipality now coordinates its successor.
    const { records } = await t.db.driver.executeQuery(
      'MATCH (:User {id: $id})-[:COORDINATES]->(r) RETURN collect(r.id) AS ids',
      { id: scoped.id },
    );
    expect(records[0]!.get('ids')).toEqual([c.id]);

    // One audit event per changed entity: the two former municipalities, the successor, the
    // three organisations and the coordinator's account.
    const log = await ok(AUDIT, { u: admin.id, from: started });
    const events = log.auditLog.events;
    expect(events.map((e) => e.entityId).sort()).toEqual(
      [a.id, b.id, c.id, onlyA, onlyB, both, scoped.id].sort(),
    );
    const changesOf = (id: string) =>
      Object.fromEntries(
        (events.find((e) => e.entityId === id)?.changes ?? []).map((x) => [
          x.field,
          JSON.parse(x.to ?? 'null'),
        ]),
      );
    expect(events.find((e) => e.entityId === a.id)?.action).toBe('ARCHIVE');
    expect(changesOf(a.id)).toEqual({ validTo: '2025-12-31', replacedBy: c.id });
    expect(events.find((e) => e.entityId === c.id)?.action).toBe('CREATE');
    expect(changesOf(c.id)).toMatchObject({ replaces: [a.id, b.id], since: '2026-01-01' });
    expect(changesOf(onlyB)).toEqual({ coverage: [c.id] });
    expect(changesOf(scoped.id)).toEqual({ scopeIds: [c.id] });
  });

  test('into an existing municipality: the old one resolves to it, and the merged one is no longer offered', async () => {
    const keep = await municipality(`Zzblijft ${Date.now().toString(36)}`);
    const gone = await municipality(`Zzverdwijnt ${Date.now().toString(36)}`);
    const org = await organisation(`ZZ Dienst ${Date.now().toString(36)}`, [gone.id]);
    const merged = await ok(MERGE, {
      i: { type: 'MUNICIPALITY', formerIds: [gone.id], into: keep.id, since: '2026-07-01' },
    });
    expect(merged.mergeRegions.id).toBe(keep.id);
    expect(merged.mergeRegions.version).toBe(keep.version + 1);
    expect(await coverageOf(org)).toEqual([keep.id]);
    const { regions } = createRepositories(t.db);
    expect(await regions.inForceByCode(gone.code!)).toBe(keep.id);
  });
});

describe('the other maintenance', () => {
  test('create, rename and recode, set PART_OF, archive: each audited, each bumps the version', async () => {
    const zone = await ok(CREATE, {
      i: {
        type: 'POLICE_ZONE',
        country: 'BE',
        name: { nl: 'ZZ Politiezone Test', fr: 'ZZ Zone de police Test' },
        code: `PZ_ZZ_${code()}`,
        parentIds: [LIMBURG],
      },
    });
    const z = zone.createRegion;
    expect(z.id).toBe(`region-be-police-zone-${z.code!.toLowerCase().replaceAll('_', '-')}`);
    const m = await municipality(`Zzdorp ${Date.now().toString(36)}`);
    const renamed = await ok(RENAME, { id: z.id, code: `pz_zz_new_${z.code}` });
    expect(renamed.updateRegion).toMatchObject({
      name: 'ZZ Politiezone Nieuw',
      code: `PZ_ZZ_NEW_${z.code}`,
      version: 2,
    });
    const moved = await ok(SET_PARENTS, { id: m.id, p: [LIMBURG, z.id], version: 1 });
    expect(moved.setRegionParents.parents.map((p) => p.id).sort()).toEqual([LIMBURG, z.id].sort());
    expect(moved.setRegionParents.version).toBe(2);
    // The zone is in use (a municipality is part of it): archiving is refused until it is not.
    const refused = await as(
      admin,
      'mutation($id: ID!) { archiveRegion(id: $id, version: 2, since: "2026-01-01") { id } }',
      { id: z.id },
    );
    expect(fieldErrors(refused)).toEqual([{ field: 'id', code: 'region_in_use' }]);
    await ok(SET_PARENTS, { id: m.id, p: [LIMBURG], version: 2 });
    const archived = await ok(ARCHIVE, { id: z.id });
    expect(archived.archiveRegion).toMatchObject({ validTo: '2025-12-31', version: 3 });
    const { records } = await t.db.driver.executeQuery(
      'MATCH (e:AuditEvent) WHERE e.entityId IN $ids RETURN e.entityId AS id, e.action AS action ORDER BY e.at',
      { ids: [z.id, m.id] },
    );
    expect(
      records.map((r) => [r.get('id') === z.id ? 'zone' : 'municipality', r.get('action')]),
    ).toEqual([
      ['zone', 'CREATE'],
      ['municipality', 'CREATE'],
      ['zone', 'UPDATE'],
      ['municipality', 'UPDATE'],
      ['municipality', 'UPDATE'],
      ['zone', 'ARCHIVE'],
    ]);
  });
});

describe('bad input is refused per field, with nothing written', () => {
  test('unknown parent, empty name, taken code, a loop, a merger into itself, the wrong type, two successors', async () => {
    const a = await municipality(`Zzfout ${Date.now().toString(36)}`);
    const b = await municipality(`Zzfout twee ${Date.now().toString(36)}`);
    const before = await fingerprint();

    const created = await as(admin, CREATE, {
      i: {
        type: 'MUNICIPALITY',
        country: 'BE',
        name: { nl: '  ' },
        code: '71016',
        parentIds: ['region-does-not-exist', 'region-nl'],
      },
    });
    expect(fieldErrors(created)).toEqual([
      { field: 'nameNl', code: 'required' },
      { field: 'parentIds.0', code: 'unknown_reference' },
      { field: 'parentIds.1', code: 'other_country' },
      { field: 'code', code: 'duplicate' },
    ]);

    const renamed = await as(
      admin,
      'mutation($id: ID!, $c: String!) { updateRegion(id: $id, version: 1, patch: {code: $c, name: {nl: ""}}) { id } }',
      { id: a.id, c: b.code },
    );
    expect(fieldErrors(renamed)).toEqual([
      { field: 'nameNl', code: 'required' },
      { field: 'code', code: 'duplicate' },
    ]);

    // Limburg would become part of a municipality that is part of Limburg.
    const loop = await as(
      admin,
      'mutation($p: [ID!]!) { setRegionParents(id: "region-prov-limburg-be", version: 1, parentIds: $p) { id } }',
      { p: ['region-be', a.id] },
    );
    expect(fieldErrors(loop)).toEqual([{ field: 'parentIds.1', code: 'part_of_cycle' }]);
    const self = await as(
      admin,
      'mutation($id: ID!) { setRegionParents(id: $id, version: 1, parentIds: [$id]) { id } }',
      { id: a.id },
    );
    expect(fieldErrors(self)).toEqual([{ field: 'parentIds.0', code: 'part_of_cycle' }]);

    const intoItself = await as(admin, MERGE, {
      i: { type: 'MUNICIPALITY', formerIds: [a.id, b.id], into: a.id, since: '2026-01-01' },
    });
    expect(fieldErrors(intoItself)).toEqual([{ field: 'into', code: 'merge_into_itself' }]);

    const wrongType = await as(
      admin,
      MERGE,
      { i: { type: 'MUNICIPALITY', formerIds: [a.id, LIMBURG], into: b.id, since: '2026-01-01' } },
      'en',
    );
    expect(fieldErrors(wrongType)).toEqual([{ field: 'formerIds.1', code: 'wrong_region_type' }]);
    expect(JSON.stringify(wrongType.errors)).toContain('Is not a municipality');

    const twoSuccessors = await as(admin, MERGE, {
      i: {
        type: 'MUNICIPALITY',
        formerIds: [a.id, 'region-mun-antwerpen'],
        into: b.id,
        successor: { name: { nl: 'Zz' }, code: code() },
        since: '2026-01-01',
      },
    });
    expect(fieldErrors(twoSuccessors)).toEqual([{ field: 'into', code: 'one_successor' }]);

    const gone = await as(admin, MERGE, {
      i: {
        type: 'MUNICIPALITY',
        formerIds: ['region-be-nis-73040'],
        into: a.id,
        since: '2026-01-01',
      },
    });
    expect(fieldErrors(gone)).toEqual([{ field: 'formerIds.0', code: 'region_not_in_force' }]);

    const newWithBadParent = await as(admin, MERGE, {
      i: {
        type: 'MUNICIPALITY',
        formerIds: [a.id, b.id],
        successor: { name: { nl: 'Zz nieuw' }, code: 'not a code!', parentIds: [a.id] },
        since: '2026-01-01',
      },
    });
    expect(fieldErrors(newWithBadParent)).toEqual([
      { field: 'successor.code', code: 'invalid_region_code' },
      { field: 'successor.parentIds.0', code: 'parent_merged' },
    ]);

    expect(await fingerprint()).toBe(before);
  });
});

describe('only administrators change the geography', () => {
  test('coordinators, staff and anonymous callers are refused, and nothing changes', async () => {
    const a = await municipality(`Zzrecht ${Date.now().toString(36)}`);
    const b = await municipality(`Zzrecht twee ${Date.now().toString(36)}`);
    const before = await fingerprint();
    const attempts: [string | DocumentNode, Record<string, unknown>][] = [
      [CREATE, { i: { type: 'MUNICIPALITY', country: 'BE', name: { nl: 'Zz' }, code: code() } }],
      [
        'mutation($id: ID!) { updateRegion(id: $id, version: 1, patch: {name: {nl: "Zz x"}}) { id } }',
        { id: a.id },
      ],
      [
        'mutation($id: ID!) { setRegionParents(id: $id, version: 1, parentIds: []) { id } }',
        { id: a.id },
      ],
      [MERGE, { i: { type: 'MUNICIPALITY', formerIds: [a.id], into: b.id, since: '2026-01-01' } }],
      [
        'mutation($id: ID!) { archiveRegion(id: $id, version: 1, since: "2026-01-01") { id } }',
        { id: a.id },
      ],
    ];
    for (const [who, expected] of [
      [coordinator, 'FORBIDDEN'],
      [staff, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      for (const [query, variables] of attempts) {
        const body = await as(who, query, variables);
        const text = typeof query === 'string' ? query : documentText(query);
        expect(body.errors?.[0]?.extensions?.code, text).toBe(expected);
      }
    }
    expect(await fingerprint()).toBe(before);
  });
});
