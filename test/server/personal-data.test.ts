import { type GraphQLNamedType, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { schema } from '../../server/src/schema';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CONTACT = graphql('query($id: ID!) { contact(id: $id) { ... on Person { name email } } }');
const ORGANISATION = graphql('query($id: ID!) { organisation(id: $id) { people { name } } }');

/**
 * Every field whose type can carry a person (or a user account), and an anonymous query that
 * reaches it. A new such field fails the first test until it is added here and shown to be safe.
 */
const QUERIES: Record<string, string> = {
  'Query.contact': '{ contact(id: "$PERSON") { id } }',
  'Query.me': '{ me { name email } }',
  'Query.search':
    '{ search(query: "$LASTNAME", first: 50) { node { __typename ... on Person { name email phone } } } }',
  'Query.whoToCall': `{ whoToCall(input: {barrier: "$BARRIER"}) { entries { contacts { contact {
      __typename email phone ... on Person { name function } } } } } }`,
  'Organisation.people': '{ organisation(id: "$ORG") { people { name email phone } } }',
  'OrgUnit.people': '{ organisation(id: "$ORG") { units { people { name email } } } }',
  'WhoToCallContact.contact': `{ whoToCall(input: {barrier: "$BARRIER"}) { entries { contacts { contact { __typename email } } } } }`,
  'FirstCall.contact': `{ whoToCall(input: {barrier: "$BARRIER"}) { firstCall { contact {
      __typename email phone ... on Person { name } } } ownColleagues { contact { __typename email phone } } } }`,
  'SearchHit.node': '{ search(query: "$LASTNAME") { node { __typename } } }',
  'SignInPayload.user':
    'mutation { signIn(email: "nobody@example.org", password: "x") { user { email } } }',
  'Query.neighbourhood':
    '{ neighbourhood(id: "$ORG", depth: 2, limit: 500) { nodes { id type label } } }',
  'Query.path': '{ path(from: "$PERSON", to: "$ORG") { nodes { id label } } }',
  'Query.overdueContacts': '{ overdueContacts { id email phone ... on Person { name } } }',
  'ContactReport.contact': '{ contactReports { contact { id email ... on Person { name } } } }',
  // Mutations answer with the contact they changed: anonymous callers are refused before that.
  'Mutation.addPersonTie':
    'mutation { addPersonTie(id: "$PERSON", version: 1, workplaceId: "$ORG", from: "2024-01-01") { email } }',
  'Mutation.archiveContact': 'mutation { archiveContact(id: "$PERSON", version: 1) { email } }',
  'Mutation.confirmContact': 'mutation { confirmContact(id: "$PERSON", version: 1) { email } }',
  'Mutation.createContactPoint':
    'mutation { createContactPoint(input: {ownerId: "$ORG", name: {nl: "x y"}, kind: MAILBOX}) { email } }',
  'Mutation.createPerson':
    'mutation { createPerson(input: {firstName: "A", lastName: "B", workplaceId: "$ORG"}) { email } }',
  'Mutation.endPersonTie':
    'mutation { endPersonTie(id: "$PERSON", version: 1, to: "2024-01-01") { email } }',
  'Mutation.restoreContact': 'mutation { restoreContact(id: "$PERSON", version: 1) { email } }',
  'Mutation.setContactResponsibilities':
    'mutation { setContactResponsibilities(id: "$PERSON", version: 1, responsibilities: []) { email } }',
  'Mutation.updateContactPoint':
    'mutation { updateContactPoint(id: "$PERSON", version: 1, patch: {}) { email } }',
  'Mutation.updatePerson':
    'mutation { updatePerson(id: "$PERSON", version: 1, patch: {}) { email } }',
};

/** Types that hold personal data, and the types that can contain them (interfaces, unions). */
const PERSONAL_TYPES = new Set(['Person', 'User', 'Contact', 'SearchResult']);

function fieldsReaching(types: Set<string>): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (types.has(getNamedType(field.type).name)) found.push(`${type.name}.${field.name}`);
    }
  }
  // Entry points that return persons inside a wrapper (hits, answers, graph slices).
  return [...found, 'Query.search', 'Query.whoToCall', 'Query.neighbourhood', 'Query.path'].sort();
}

let t: TestApp;
let staff: TestUser;
let person: {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  orgId: string;
  barrier: string;
};
let allPersons: {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}[];

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF');
  const { records } = await t.db.driver.executeQuery(
    `MATCH (p:Person)-[w:WORKS_AT]->(o:Organisation), (p)-[:CONTACT_FOR]->(b:Barrier)
     WHERE w.to IS NULL AND EXISTS { (u:OrgUnit)-[:PART_OF]->(o) }
     RETURN p {.id, .firstName, .lastName, .email, .phone, orgId: o.id, barrier: b.code} AS p LIMIT 1`,
  );
  person = records[0]?.get('p');
  const all = await t.db.driver.executeQuery(
    'MATCH (p:Person) RETURN p {.firstName, .lastName, .email, .phone} AS p',
  );
  allPersons = all.records.map((r) => r.get('p'));
});
afterAll(async () => {
  await removeTestUsers(t);
  await t.close();
});

function fill(query: string) {
  return query
    .replaceAll('$PERSON', person.id)
    .replaceAll('$LASTNAME', person.lastName)
    .replaceAll('$ORG', person.orgId)
    .replaceAll('$BARRIER', person.barrier);
}

test('every field that can expose a person or an account is covered by this test', () => {
  expect(fieldsReaching(PERSONAL_TYPES)).toEqual(Object.keys(QUERIES).sort());
});

describe.each(Object.entries(QUERIES))('%s', (_field, query) => {
  test('gives anonymous callers no name, e-mail or phone of any person', async () => {
    const body = JSON.stringify(await t.gql(fill(query)));
    expect(body).not.toContain('"Person"');
    for (const p of allPersons) {
      if (p.email) expect(body).not.toContain(p.email);
      if (p.phone) expect(body).not.toContain(p.phone);
      expect(body).not.toContain(`${p.firstName} ${p.lastName}`);
    }
  });
});

test('signed-in users do see contact persons', async () => {
  const body = await t.gql(CONTACT, { id: person.id }, staff.headers);
  expect(body.data?.contact).toEqual({
    name: `${person.firstName} ${person.lastName}`,
    email: person.email,
  });

  const people = await t.gql(ORGANISATION, { id: person.orgId }, staff.headers);
  expect(people.data?.organisation?.people.map((p) => p.name)).toContain(
    `${person.firstName} ${person.lastName}`,
  );
});

test('an anonymous request for a person says to sign in', async () => {
  const body = await t.gql('query($id: ID!) { contact(id: $id) { id } }', { id: person.id });
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(body.errors?.[0]?.message).toBe('Sign in to see contact persons');
});
