/**
 * Error payloads hold only what the API itself exposes. Every mutation that takes a `version` is
 * sent a version that never matches (-1, as the edit forms' access probe does) on a stored entity
 * of each kind it accepts: its CONFLICT carries the entity's state, and every property of that
 * state must be a field of the entity's GraphQL type (a `name(lang)` field may appear as nameNl,
 * nameFr, nameEn) or the `version` the mutation itself takes. DUPLICATE and validation errors
 * name fields of the type or input they are about. Nothing is written: the version check comes
 * before any change.
 */
import {
  type GraphQLField,
  type GraphQLInputObjectType,
  GraphQLNonNull,
  type GraphQLObjectType,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PUBLIC_STATE } from '../../server/src/audit/public-state';
import { schema } from '../../server/src/schema';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

let t: TestApp;
let admin: TestUser;
/** One stored id per kind of entity. */
const ids = new Map<string, string>();

const LABELS = [
  'Organisation',
  'ContactPoint',
  'Person',
  'OrgUnit',
  'SharingAgreement',
  'Measure',
  'Indicator',
  'Network',
  'Sector',
  'ExploitationForm',
  'Region',
  'AuthoredScenario',
  'SsoClaimMapping',
];

/** An identity provider of this file's app: configured only, never reached. */
const IDP = {
  id: 'payload-idp',
  name: 'Payload',
  issuer: 'https://idp.example.org',
  clientId: 'confine',
  clientSecret: 'not-a-secret',
  scopes: ['openid'],
  endSession: true,
};
const MAPPING_INPUT = {
  provider: IDP.id,
  claim: 'groups',
  value: `zz-payload-${Date.now()}`,
  role: 'STAFF',
  createAccounts: false,
};

/** A valid authored scenario (the database holds none of its own until a coordinator writes one). */
const SCENARIO_INPUT = {
  title: { nl: 'ZZ Payload-scenario' },
  story: { nl: 'Een verhaal.' },
  barrier: 'HOUSING',
  questions: [
    {
      text: { nl: 'Vraag?' },
      feedback: { nl: 'Uitleg.' },
      choices: [
        { text: { nl: 'Ja' }, right: true },
        { text: { nl: 'Nee' }, right: false },
      ],
    },
  ],
};

beforeAll(async () => {
  t = await createTestApp(undefined, { sso: { providers: [IDP] } });
  admin = await createUser(t, 'ADMIN');
  await t.gql(
    'mutation($i: SsoClaimMappingInput!) { createSsoClaimMapping(input: $i) { id } }',
    { i: MAPPING_INPUT },
    admin.headers,
  );
  await t.gql(
    'mutation($i: AuthoredScenarioInput!) { createAuthoredScenario(input: $i) { id } }',
    { i: SCENARIO_INPUT },
    admin.headers,
  );
  for (const label of LABELS) {
    const { records } = await t.db.driver.executeQuery(
      `MATCH (n:${label}) WHERE n.version IS NOT NULL RETURN n.id AS id ORDER BY n.id LIMIT 1`,
    );
    const id = records[0]?.get('id') as string | undefined;
    if (id) ids.set(label, id);
  }
});
afterAll(async () => {
  await t.db.driver.executeQuery(
    "MATCH (s:AuthoredScenario {titleNl: 'ZZ Payload-scenario'}) DETACH DELETE s",
  );
  await t.db.driver.executeQuery('MATCH (m:SsoClaimMapping {value: $v}) DETACH DELETE m', {
    v: MAPPING_INPUT.value,
  });
  await removeTestUsers(t);
  await t.close();
});

const LANGUAGE_SUFFIX = /^(.+)(Nl|Fr|En)$/;

/** The properties of `value` that are not fields of `type` (nor a translated field, nor version). */
function notInType(type: GraphQLObjectType, value: Record<string, unknown>): string[] {
  const fields = type.getFields();
  return Object.keys(value).filter((key) => {
    if (key === 'version' || fields[key]) return false;
    const translated = LANGUAGE_SUFFIX.exec(key);
    const field: GraphQLField<unknown, unknown> | undefined = translated
      ? fields[translated[1]!]
      : undefined;
    return !field?.args.some((a) => a.name === 'lang');
  });
}

/** A value for a required argument other than id and version; the version check comes first. */
function argument(name: string, type: GraphQLNonNull<never>): unknown {
  const named = getNamedType(type);
  if (isListType(type.ofType)) return [];
  if (name === 'workplaceId') return ids.get('Organisation');
  if (named.name === 'Date') return '2026-01-01';
  if (named.name === 'AuthoredScenarioInput') return SCENARIO_INPUT;
  if (named.name === 'SsoClaimMappingInput') return MAPPING_INPUT;
  if (isInputObjectType(named)) return {};
  throw new Error(`no value for argument ${name}: ${String(type)}`);
}

/** The kinds of entity a mutation returning `typeName` works on. */
function kindsFor(mutation: string, typeName: string): string[] {
  if (typeName === 'VocabularyTerm') return ['Indicator', 'Sector', 'ExploitationForm'];
  if (/SsoClaimMapping$/.test(mutation)) return ['SsoClaimMapping'];
  if (typeName !== 'Contact') return [typeName];
  if (/PersonTie|Person$/.test(mutation)) return ['Person'];
  if (mutation === 'updateContactPoint') return ['ContactPoint'];
  return ['ContactPoint', 'Person'];
}

test('every CONFLICT carries only fields of the entity’s GraphQL type (no search text, no internals)', async () => {
  const mutationType = schema.getMutationType()!;
  const versioned = Object.values(mutationType.getFields()).filter((f) =>
    f.args.some((a) => a.name === 'version'),
  );
  expect(versioned.length).toBeGreaterThan(15);
  const problems: string[] = [];
  const covered = new Set<string>();
  for (const mutation of versioned) {
    const returned = getNamedType(mutation.type);
    for (const kind of kindsFor(mutation.name, returned.name)) {
      const id = ids.get(kind);
      if (!id) {
        problems.push(`${mutation.name}: no stored ${kind} to try it on`);
        continue;
      }
      const variables: Record<string, unknown> = { id, version: -1 };
      for (const arg of mutation.args) {
        if (arg.name in variables || !(arg.type instanceof GraphQLNonNull)) continue;
        variables[arg.name] = argument(arg.name, arg.type as GraphQLNonNull<never>);
      }
      const declared = mutation.args
        .filter((a) => a.name in variables)
        .map((a) => `$${a.name}: ${String(a.type)}`)
        .join(', ');
      const passed = mutation.args
        .filter((a) => a.name in variables)
        .map((a) => `${a.name}: $${a.name}`)
        .join(', ');
      const body = await t.gql(
        `mutation(${declared}) { ${mutation.name}(${passed})${isLeafType(returned) ? '' : ' { __typename }'} }`,
        variables,
        admin.headers,
      );
      const error = body.errors?.[0];
      const where = `${mutation.name} on a ${kind}`;
      if (error?.extensions?.code !== 'CONFLICT') {
        problems.push(`${where}: expected CONFLICT, got ${JSON.stringify(body).slice(0, 300)}`);
        continue;
      }
      covered.add(kind);
      const extra = Object.keys(error.extensions).filter(
        (k) => !['code', 'entity', 'id', 'current'].includes(k),
      );
      if (extra.length) problems.push(`${where}: unexpected extensions ${extra.join(', ')}`);
      const current = error.extensions.current as Record<string, unknown>;
      if (typeof current?.version !== 'number') problems.push(`${where}: no current version`);
      const type = schema.getType(kind);
      if (!isObjectType(type)) throw new Error(`${kind} is not a GraphQL object type`);
      const leaked = notInType(type, current ?? {});
      if (leaked.length) problems.push(`${where}: not fields of ${kind}: ${leaked.join(', ')}`);
    }
  }
  expect(problems).toEqual([]);
  expect([...covered].sort()).toEqual([...LABELS].sort());
});

test('the public state of each kind lists only fields of its GraphQL type', () => {
  for (const [label, fields] of Object.entries(PUBLIC_STATE)) {
    const type = schema.getType(label);
    expect(isObjectType(type), label).toBe(true);
    const sample = Object.fromEntries(fields.map((f) => [f, null]));
    expect(notInType(type as GraphQLObjectType, sample), label).toEqual([]);
  }
});

test('DUPLICATE and validation errors name fields of the type or input they are about', async () => {
  const { records } = await t.db.driver.executeQuery(
    `MATCH (o:Organisation) WITH o ORDER BY o.id LIMIT 1
     MATCH (m:Measure) WITH o, m ORDER BY m.id LIMIT 1
     RETURN o.name AS name, m.code AS code`,
  );
  const name = records[0]!.get('name') as string;
  const code = records[0]!.get('code') as string;
  const cases: {
    query: string;
    variables: Record<string, unknown>;
    code: string;
    type: string;
  }[] = [
    {
      query: `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
      variables: { input: { name, type: 'OTHER', country: 'BE', coverage: [] } },
      code: 'DUPLICATE',
      type: 'Organisation',
    },
    {
      query: `mutation($input: ReferenceInput!) { createMeasure(input: $input) { id } }`,
      variables: { input: { code, name: { nl: 'ZZ dubbel' } } },
      code: 'DUPLICATE',
      type: 'Measure',
    },
    {
      query: `mutation($input: AccountInput!) { createUser(input: $input) { __typename } }`,
      variables: { input: { email: admin.email, name: 'ZZ dubbel', role: 'STAFF' } },
      code: 'DUPLICATE',
      type: 'User',
    },
    {
      query: `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
      variables: {
        input: { name: ' ', type: 'OTHER', country: 'BE', website: 'not a site', coverage: [] },
      },
      code: 'BAD_USER_INPUT',
      type: 'OrganisationInput',
    },
  ];
  const problems: string[] = [];
  for (const c of cases) {
    const body = await t.gql(c.query, c.variables, admin.headers);
    const ext = body.errors?.[0]?.extensions ?? {};
    if (ext.code !== c.code) {
      problems.push(`${c.type}: expected ${c.code}, got ${JSON.stringify(body).slice(0, 300)}`);
      continue;
    }
    const type = schema.getType(c.type) as GraphQLObjectType | GraphQLInputObjectType;
    const fields = type.getFields();
    const named =
      c.code === 'DUPLICATE'
        ? [String(ext.field)]
        : (ext.fieldErrors as { field: string }[]).map((e) => e.field.split('.')[0]!);
    for (const f of named)
      if (!fields[f]) problems.push(`${c.type}: ${f} is not one of its fields`);
    const allowed = c.code === 'DUPLICATE' ? ['code', 'entity', 'field'] : ['code', 'fieldErrors'];
    const extra = Object.keys(ext).filter((k) => !allowed.includes(k));
    if (extra.length) problems.push(`${c.type}: unexpected extensions ${extra.join(', ')}`);
  }
  expect(problems).toEqual([]);
});
