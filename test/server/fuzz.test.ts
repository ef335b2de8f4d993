import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_PERSON = graphql(
  'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
);

/**
 * Hostile input to the mutations and search: wrong types, huge strings, control characters,
 * Cypher and Lucene syntax, unicode. Never an internal error; a rejected request changes nothing.
 */
let t: TestApp;
let admin: TestUser;
/** A person whose ties the date fuzz adds and ends. */
let person: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
  const created = await t.gql(
    CREATE_PERSON,
    { input: { firstName: 'Fuzz', lastName: 'Kalender', workplaceId: 'org-stad-genk' } },
    admin.headers,
  );
  person = created.data!.createPerson.id;
});
afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id CONTAINS 'fuzz' OR n.name STARTS WITH 'Fuzz ' OR n.id = $person
     DETACH DELETE n`,
    { person },
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
/** YYYY-MM-DD near the end of a month: 31 February, 29 February of a common year, or real. */
const calendarLike = fc
  .tuple(
    fc.constantFrom(1900, 2000, 2021, 2023, 2024),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 28, max: 31 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const anyValue = fc.oneof(
  hostile,
  calendarLike,
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
}, 300_000);

test('a well-formed date is stored or refused as BAD_USER_INPUT, never reaches Neo4j as an impossible one', async () => {
  const version = async () => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (p:Person {id: $id}) RETURN p.version AS v',
      { id: person },
    );
    return Number(records[0]!.get('v'));
  };
  const ops = [
    'mutation($id: ID!, $v: Int!, $d: Date!) { addPersonTie(id: $id, version: $v, workplaceId: "org-stad-genk", from: $d) { id } }',
    'mutation($id: ID!, $v: Int!, $d: Date!) { endPersonTie(id: $id, version: $v, to: $d) { id } }',
  ];
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: ops.length - 1 }), calendarLike, async (i, date) => {
      const before = await fingerprint();
      const body = await t.gql(ops[i]!, { id: person, v: await version(), d: date }, admin.headers);
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      if (real) {
        expect(body.errors, date).toBeUndefined();
      } else {
        refused++;
        expect(body.errors?.[0]?.extensions?.code, date).toBe('BAD_USER_INPUT');
        expect(await fingerprint()).toEqual(before);
      }
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 300) / 5, interruptAfterTimeLimit: 60_000 },
  );
  expect(refused).toBeGreaterThan(0);
}, 300_000);

/** Header values a browser would never send, or a forger would. */
const HEADER_VALUES = {
  origin: [
    'x',
    'null',
    'http://',
    '://',
    'http://[::1',
    'javascript:alert(1)',
    'https://evil.example',
    'http://test',
  ],
  cookie: [
    'confine_session=%E0%A4%A',
    'confine_session=%',
    'confine_session="',
    'confine_session=',
    `confine_session=${'x'.repeat(5000)}`,
    'confine_session=a; confine_session=b',
    '=; ;;=confine_session',
  ],
  authorization: [
    'Bearer',
    'Bearer ',
    'Bearer  %E0%A4%A',
    'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
    'bearer x y',
    'Negotiate',
  ],
  'content-type': [
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=',
    'text/plain',
    'application/json; charset=utf-42',
    'application/graphql-response+json',
  ],
  'accept-language': ['*', 'fr-BE;q=x', ',,,', 'xx'],
} as const;
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
const headerValue = (pool: readonly string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: printable });
const LEAK = /\n\s+at |at \w+ \(|node_modules|\.ts:\d+|server\/src|Neo4jError|Cypher/;

test('malformed headers and cookies on any path are never a 500, and every answer has the security headers', async () => {
  const paths = [
    ['POST', '/graphql'],
    ['GET', '/graphql?query=%7Bme%7Bemail%7D%7D'],
    ['GET', '/export/persons.csv'],
    ['GET', '/export/backup.json'],
    ['GET', '/export/contacts/org-stad-genk.vcf'],
    ['GET', '/'],
  ] as const;
  const headers = fc.record(
    Object.fromEntries(
      Object.entries(HEADER_VALUES).map(([name, pool]) => [name, headerValue(pool)]),
    ) as Record<keyof typeof HEADER_VALUES, fc.Arbitrary<string>>,
    { requiredKeys: [] },
  );
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...paths), headers, async ([method, path], sent) => {
      const response = await t.app.fetch(`http://test${path}`, {
        method,
        headers: sent,
        body: method === 'POST' ? JSON.stringify({ query: '{ me { email } }' }) : undefined,
      });
      tried++;
      const where = `${method} ${path} ${JSON.stringify(sent)}`;
      expect(response.status, where).toBeLessThan(500);
      expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(await response.text(), where).not.toMatch(LEAK);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 300), interruptAfterTimeLimit: 60_000 },
  );
  expect(tried).toBeGreaterThan(50);
}, 300_000);
