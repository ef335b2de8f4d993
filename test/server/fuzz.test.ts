import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

/**
 * Hostile input to the mutations and search: wrong types, huge strings, control characters,
 * Cypher and Lucene syntax, unicode. Never an internal error; a rejected request changes nothing.
 */
let t: TestApp;
let admin: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
});
afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id CONTAINS 'fuzz' OR n.name STARTS WITH 'Fuzz ' DETACH DELETE n`,
  );
  await removeTestUsers(t);
  await t.close();
});

const hostile = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    "'; MATCH (n) DETACH DELETE n //",
    '") RETURN 1 UNION MATCH (n) RETURN n //',
    '$' + '{jndi:ldap://x}',
    '<script>alert(1)</script>',
    '\u0000\u0007\u001b[2J',
    'a'.repeat(5000),
    '+-&&||!(){}[]^"~*?:\\/',
    'Sürya 😀 \u202e',
    '',
    '   ',
  ),
);
const anyValue = fc.oneof(
  hostile,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostile, { maxLength: 3 }),
);

async function fingerprint() {
  const { records } = await t.db.driver.executeQuery(
    `CALL { MATCH (n) WHERE NOT n:AuditEvent AND NOT n:Session AND NOT n:SignInThrottle RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (n:Entity) RETURN sum(coalesce(n.version, 0)) AS versions }
     CALL { MATCH (e:AuditEvent) RETURN count(e) AS events }
     RETURN nodes, rels, versions, events`,
  );
  return records[0]!.toObject();
}

const MUTATIONS: [string, (v: unknown) => Record<string, unknown>][] = [
  [
    'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
    (v) => ({
      input: {
        name: v,
        type: 'POLICE',
        country: 'BE',
        website: v,
        shortName: v,
        description: { nl: v },
      },
    }),
  ],
  [
    'mutation($id: ID!, $v: Int!, $p: OrganisationPatch!) { updateOrganisation(id: $id, version: $v, patch: $p) { id } }',
    (v) => ({ id: 'org-stad-genk', v: 999, p: { name: v, website: v } }),
  ],
  [
    'mutation($input: ContactPointInput!) { createContactPoint(input: $input) { id } }',
    (v) => ({
      input: {
        ownerId: v,
        name: { nl: v, fr: v },
        kind: 'MAILBOX',
        email: v,
        phone: v,
        languages: [v],
      },
    }),
  ],
  [
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    (v) => ({
      input: {
        firstName: v,
        lastName: v,
        email: v,
        phone: v,
        workplaceId: v,
        function: v,
        from: v,
      },
    }),
  ],
  [
    'mutation($id: ID!, $r: [ResponsibilityInput!]!) { setContactResponsibilities(id: $id, version: 999, responsibilities: $r) { id } }',
    (v) => ({ id: v, r: [{ barrier: v, role: 'INSPECT', priority: 'PRIMARY' }] }),
  ],
  [
    'mutation($input: SharingAgreementInput!) { createSharingAgreement(input: $input) { id } }',
    (v) => ({
      input: {
        fromId: v,
        toId: 'org-stad-genk',
        dataCategories: ['ADDRESS_DATA'],
        legalBasisIds: [v],
        conditions: { nl: v },
      },
    }),
  ],
  [
    'mutation($id: ID!, $m: String!) { reportContact(id: $id, message: $m) }',
    (v) => ({ id: v, m: v }),
  ],
  ['query($q: String!) { search(query: $q) { score } }', (v) => ({ q: v })],
  [
    'query($b: String, $r: ID) { whoToCall(input: {barrier: $b, region: $r}) { entries { rank } } }',
    (v) => ({ b: v, r: v }),
  ],
];

test('hostile input never causes an internal error, and a rejected mutation changes nothing', async () => {
  let tried = 0;
  let rejected = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: MUTATIONS.length - 1 }), anyValue, async (i, value) => {
      const [query, variables] = MUTATIONS[i]!;
      const before = await fingerprint();
      const body = await t.gql(query, variables(value), admin.headers);
      tried++;
      for (const error of body.errors ?? []) {
        expect(error.extensions?.code, `${error.message} for ${JSON.stringify(value)}`).not.toBe(
          'INTERNAL_SERVER_ERROR',
        );
      }
      if (body.errors?.length && query.startsWith('mutation')) {
        rejected++;
        expect(await fingerprint()).toEqual(before);
      }
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 300), interruptAfterTimeLimit: 60_000 },
  );
  console.log(
    `fuzz: ${tried} hostile requests, ${rejected} rejected mutations, no internal error, nothing changed by a rejection`,
  );
  expect(tried).toBeGreaterThan(50);
}, 120_000);
