/**
 * The access-control matrix: every query and mutation of the schema (enumerated from it, so a new
 * operation without a row fails), for every role, with the expected answer: allowed, or refused
 * with UNAUTHENTICATED or FORBIDDEN and nothing changed. A disabled account and an expired session
 * count as anonymous. Every answer to those who may not see personal data is searched for the
 * names, e-mail addresses and phone numbers of every person and for every user's e-mail address.
 */
import { randomBytes } from 'node:crypto';
import { type GraphQLField, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashToken } from '../../server/src/auth/auth.service';
import { schema } from '../../server/src/schema';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { reportFigures } from './support/figures';

type Role =
  | 'anonymous'
  | 'staff'
  | 'coordinatorInScope'
  | 'coordinatorOutOfScope'
  | 'admin'
  | 'disabled'
  | 'expired';
/** allow: answered without an error on the operation; otherwise the error code expected. */
type Expect = 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';

const ROLES: Role[] = [
  'anonymous',
  'disabled',
  'expired',
  'staff',
  'coordinatorOutOfScope',
  'coordinatorInScope',
  'admin',
];
const A = 'allow';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
/** Columns: anonymous, staff, coordinator in scope (Limburg), out of scope (Antwerp), admin. */
type Column = [Expect, Expect, Expect, Expect, Expect];
const PUBLIC: Column = [A, A, A, A, A];
const SIGNED_IN: Column = [U, A, A, A, A];
const COORDINATORS: Column = [U, F, A, A, A];
const IN_SCOPE: Column = [U, F, A, F, A];
const ADMINS: Column = [U, F, F, F, A];

interface Row {
  /** A variant of the operation, e.g. "a person" for contact(id). */
  variant?: string;
  expect: Column;
  /** A disabled account and an expired session are anonymous, unless said otherwise. */
  overrides?: Partial<Record<Role, Expect>>;
  doc: string;
  /** Variables; `fresh` when the call is expected to succeed (and may change its target). */
  vars?: (fresh: boolean) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Headers other than the role's usual session (e.g. a throwaway session for signOut). */
  headers?: (role: Role) => Promise<Record<string, string>>;
  /** A further check of an answer; returns a problem or null. */
  check?: (body: GqlBody<Record<string, unknown>>, role: Role) => string | null;
}

let t: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, TestUser>;
let personData: string[] = [];
let userEmails: string[] = [];
let seq = 0;
const run = randomBytes(3).toString('hex');
const unique = (what: string) => `ZZ Matrix ${what} ${run} ${++seq}`;

async function ok<T = Record<string, { id: string }>>(
  query: string,
  variables: Record<string, unknown> = {},
) {
  const body = await t.gql<T>(query, variables, users.admin.headers);
  if (body.errors?.length) throw new Error(`fixture: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Records in Limburg, made by the administrator: in scope for one coordinator, not the other. */
const fx = {
  async org() {
    const d = await ok(
      'mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }',
      {
        i: {
          name: unique('org'),
          type: 'MUNICIPALITY',
          country: 'BE',
          coverage: ['region-mun-genk'],
        },
      },
    );
    return d.createOrganisation!.id;
  },
  async cp(owner?: string) {
    const d = await ok(
      'mutation($i: ContactPointInput!) { createContactPoint(input: $i) { id } }',
      {
        i: {
          ownerId: owner ?? (await fx.org()),
          name: { nl: unique('meldpunt') },
          kind: 'MAILBOX',
          email: 'meldpunt@zz-matrix.example',
        },
      },
    );
    return d.createContactPoint!.id;
  },
  async person() {
    const lastName = unique('Persoon').replaceAll(' ', '');
    const email = `${lastName.toLowerCase()}@zz-matrix.example`;
    const d = await ok('mutation($i: PersonInput!) { createPerson(input: $i) { id } }', {
      i: {
        firstName: 'Zz',
        lastName,
        email,
        phone: '+32 2 555 77 00',
        workplaceId: await fx.org(),
      },
    });
    personData.push(`Zz ${lastName}`, email);
    return d.createPerson!.id;
  },
  async unit() {
    const d = await ok(
      'mutation($o: ID!, $n: TranslatedTextInput!) { createOrgUnit(organisationId: $o, name: $n) { id } }',
      {
        o: await fx.org(),
        n: { nl: unique('eenheid') },
      },
    );
    return d.createOrgUnit!.id;
  },
  async agreement() {
    const d = await ok(
      'mutation($i: SharingAgreementInput!) { createSharingAgreement(input: $i) { id } }',
      {
        i: {
          fromId: await fx.org(),
          toId: await fx.org(),
          dataCategories: ['ADDRESS_DATA'],
          legalBasisIds: [legalBasis],
        },
      },
    );
    return d.createSharingAgreement!.id;
  },
  async reference(kind: 'Measure' | 'Indicator' | 'Network') {
    const d = await ok(`mutation($i: ReferenceInput!) { create${kind}(input: $i) { id } }`, {
      i: { code: `ZZ_MATRIX_${run}_${++seq}`, name: { nl: unique(kind) }, kind: 'FINANCIAL' },
    });
    return d[`create${kind}`]!.id;
  },
  async report() {
    const cp = await fx.cp();
    await t.gql(
      'mutation($id: ID!) { reportContact(id: $id, message: "Klopt niet meer") }',
      { id: cp },
      users.staff.headers,
    );
    const { records } = await t.db.driver.executeQuery(
      'MATCH (r:ContactReport)-[:ABOUT]->(:Entity {id: $cp}) RETURN r.id AS id',
      { cp },
    );
    return records[0]!.get('id') as string;
  },
  async archived(kind: 'Organisation' | 'Contact') {
    const id = kind === 'Organisation' ? await fx.org() : await fx.cp();
    await ok(`mutation($id: ID!) { archive${kind}(id: $id, version: 1) { id } }`, { id });
    return id;
  },
};

let legalBasis = '';
/** Memoised per row for the calls that must be refused: they all aim at the same record. */
const shared = new Map<string, Promise<Record<string, unknown>>>();

const id =
  (make: () => Promise<string>, extra: Record<string, unknown> = {}) =>
  async () => ({ id: await make(), ...extra });

/** One row per operation (several for variants); the keys are Query.x and Mutation.x. */
const MATRIX: Record<string, Row[]> = {
  'Query.auditLog': [{ expect: ADMINS, doc: '{ auditLog(first: 5) { events { id userEmail } } }' }],
  'Query.backup': [{ expect: ADMINS, doc: '{ backup }' }],
  'Query.barrier': [{ expect: PUBLIC, doc: '{ barrier(code: "HOUSING") { code } }' }],
  'Query.barriers': [{ expect: PUBLIC, doc: '{ barriers { code } }' }],
  'Query.contact': [
    {
      variant: 'a contact point',
      expect: PUBLIC,
      doc: 'query($id: ID!) { contact(id: $id) { id email } }',
      vars: id(() => fx.cp()),
    },
    {
      variant: 'a person',
      expect: SIGNED_IN,
      doc: 'query($id: ID!) { contact(id: $id) { id email phone ... on Person { name } } }',
      vars: id(() => fx.person()),
    },
  ],
  'Query.contactReports': [
    {
      expect: COORDINATORS,
      doc: '{ contactReports(first: 200) { id message userEmail contact { id } } }',
      check: (body, role) =>
        role === 'coordinatorOutOfScope' && JSON.stringify(body).toLowerCase().includes('zz-matrix')
          ? 'a coordinator sees a report outside their scope'
          : null,
    },
  ],
  'Query.exploitationForms': [{ expect: PUBLIC, doc: '{ exploitationForms { code } }' }],
  'Query.exportCsv': [
    { variant: 'organisations', expect: PUBLIC, doc: '{ exportCsv(entity: ORGANISATIONS) }' },
    { variant: 'persons', expect: SIGNED_IN, doc: '{ exportCsv(entity: PERSONS) }' },
  ],
  'Query.importJob': [{ expect: COORDINATORS, doc: '{ importJob(id: "import-none") { id } }' }],
  'Query.indicator': [
    { expect: PUBLIC, doc: '{ indicator(id: "ind-ent-organised-van-transport") { code } }' },
  ],
  'Query.indicators': [{ expect: PUBLIC, doc: '{ indicators { code } }' }],
  'Query.me': [{ expect: PUBLIC, doc: '{ me { email name } }' }],
  'Query.mySessions': [{ expect: SIGNED_IN, doc: '{ mySessions { id kind current } }' }],
  'Query.measure': [{ expect: PUBLIC, doc: '{ measure(id: "measure-address-check") { code } }' }],
  'Query.neighbourhood': [
    {
      expect: PUBLIC,
      doc: '{ neighbourhood(id: "org-stad-genk", depth: 2, limit: 500) { nodes { id type label } } }',
    },
  ],
  'Query.network': [{ expect: PUBLIC, doc: '{ network(id: "net-confine") { name } }' }],
  'Query.organisation': [
    {
      expect: PUBLIC,
      doc: '{ organisation(id: "org-stad-genk") { name people { name email phone } units { people { name } } } }',
    },
  ],
  'Query.organisations': [
    {
      expect: PUBLIC,
      doc: '{ organisations(first: 100) { edges { node { name people { email } } } } }',
    },
  ],
  'Query.overdueContacts': [
    { expect: COORDINATORS, doc: '{ overdueContacts(first: 200) { id email } }' },
  ],
  'Query.path': [
    {
      expect: PUBLIC,
      doc: 'query($id: ID!) { path(from: $id, to: "org-stad-genk") { nodes { id label } } }',
      vars: id(() => fx.person()),
    },
  ],
  'Query.region': [{ expect: PUBLIC, doc: '{ region(id: "region-mun-genk") { name } }' }],
  'Query.regions': [{ expect: PUBLIC, doc: '{ regions(type: PROVINCE) { id } }' }],
  'Query.search': [
    {
      expect: PUBLIC,
      doc: 'query($q: String!) { search(query: $q, first: 50) { node { __typename ... on Person { name email phone } } } }',
      vars: async () => ({ q: personData.find((p) => p.startsWith('Zz ')) ?? 'Zz' }),
    },
  ],
  'Query.sectors': [{ expect: PUBLIC, doc: '{ sectors { code } }' }],
  'Query.users': [{ expect: ADMINS, doc: '{ users { email } }' }],
  'Query.vcard': [
    {
      variant: 'a contact point',
      expect: PUBLIC,
      doc: 'query($id: ID!) { vcard(contactId: $id) }',
      vars: async () => ({ id: await fx.cp() }),
    },
    {
      variant: 'a person',
      expect: SIGNED_IN,
      doc: 'query($id: ID!) { vcard(contactId: $id) }',
      vars: async () => ({ id: await fx.person() }),
    },
  ],
  'Query.whoToCall': [
    {
      expect: PUBLIC,
      doc: '{ whoToCall(input: {barrier: "HOUSING", region: "region-mun-genk", limit: 100}) { personsHidden entries { contacts { contact { id email ... on Person { name } } } } } }',
    },
  ],
  'Query.whoToCallVcard': [
    { expect: PUBLIC, doc: '{ whoToCallVcard(barrier: "HOUSING", region: "region-mun-genk") }' },
  ],

  'Mutation.addPersonTie': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!, $w: ID!) { addPersonTie(id: $id, version: 1, workplaceId: $w, from: "2024-01-01") { id } }',
      vars: async () => ({ id: await fx.person(), w: await fx.org() }),
    },
  ],
  'Mutation.archiveContact': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { archiveContact(id: $id, version: 1) { id } }',
      vars: id(() => fx.cp()),
    },
  ],
  'Mutation.archiveOrganisation': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { archiveOrganisation(id: $id, version: 1) { id } }',
      vars: id(() => fx.org()),
    },
  ],
  'Mutation.confirmContact': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { confirmContact(id: $id, version: 1) { id } }',
      vars: id(() => fx.cp()),
    },
  ],
  'Mutation.createContactPoint': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($i: ContactPointInput!) { createContactPoint(input: $i) { id } }',
      vars: async () => ({
        i: { ownerId: await fx.org(), name: { nl: unique('meldpunt') }, kind: 'DESK' },
      }),
    },
  ],
  'Mutation.createIndicator': [
    {
      expect: COORDINATORS,
      doc: 'mutation($i: ReferenceInput!) { createIndicator(input: $i) { id } }',
      vars: () => ({
        i: {
          code: `ZZ_MATRIX_${run}_${++seq}`,
          name: { nl: unique('signaal') },
          kind: 'FINANCIAL',
        },
      }),
    },
  ],
  'Mutation.createMeasure': [
    {
      expect: COORDINATORS,
      doc: 'mutation($i: ReferenceInput!) { createMeasure(input: $i) { id } }',
      vars: () => ({ i: { code: `ZZ_MATRIX_${run}_${++seq}`, name: { nl: unique('maatregel') } } }),
    },
  ],
  'Mutation.createNetwork': [
    {
      expect: COORDINATORS,
      doc: 'mutation($i: ReferenceInput!) { createNetwork(input: $i) { id } }',
      vars: () => ({ i: { code: `ZZ_MATRIX_${run}_${++seq}`, name: { nl: unique('netwerk') } } }),
    },
  ],
  'Mutation.createOrgUnit': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($o: ID!, $n: TranslatedTextInput!) { createOrgUnit(organisationId: $o, name: $n) { id } }',
      vars: async () => ({ o: await fx.org(), n: { nl: unique('eenheid') } }),
    },
  ],
  'Mutation.createOrganisation': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }',
      vars: () => ({
        i: { name: unique('org'), type: 'POLICE', country: 'BE', coverage: ['region-mun-genk'] },
      }),
    },
  ],
  'Mutation.createPerson': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($i: PersonInput!) { createPerson(input: $i) { id } }',
      vars: async () => ({
        i: {
          firstName: 'Zz',
          lastName: unique('nieuw').replaceAll(' ', ''),
          workplaceId: await fx.org(),
        },
      }),
    },
  ],
  'Mutation.createSharingAgreement': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($i: SharingAgreementInput!) { createSharingAgreement(input: $i) { id } }',
      vars: async () => ({
        i: {
          fromId: await fx.org(),
          toId: await fx.org(),
          dataCategories: ['PERMIT_DATA'],
          legalBasisIds: [legalBasis],
        },
      }),
    },
  ],
  'Mutation.createUser': [
    {
      expect: ADMINS,
      doc: 'mutation($i: AccountInput!) { createUser(input: $i) { account { id } } }',
      vars: () => ({
        i: {
          email: `zz-matrix-${run}-${++seq}@example.org`,
          name: 'Zz Matrix Account',
          role: 'STAFF',
        },
      }),
    },
  ],
  'Mutation.deleteEntity': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { deleteEntity(id: $id, reason: "Matrix test deletion") }',
      vars: id(() => fx.org()),
    },
  ],
  'Mutation.endPersonTie': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { endPersonTie(id: $id, version: 1, to: "2024-12-31") { id } }',
      vars: id(() => fx.person()),
    },
  ],
  'Mutation.endSharingAgreement': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { endSharingAgreement(id: $id, version: 1) { id } }',
      vars: id(() => fx.agreement()),
    },
  ],
  'Mutation.importCommit': [
    {
      // Past the access check, a wrong checksum is the only thing wrong.
      expect: [U, F, 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
      doc: 'mutation($csv: String!) { importCommit(csv: $csv, dryRunChecksum: "0000") { id } }',
      vars: () => ({ csv: 'organisation_name;organisation_type\nZZ Matrix import;POLICE\n' }),
    },
  ],
  'Mutation.importDryRun': [
    {
      expect: COORDINATORS,
      doc: 'mutation($csv: String!) { importDryRun(csv: $csv) { totals { rows } } }',
      vars: () => ({ csv: 'organisation_name;organisation_type\nZZ Matrix import;POLICE\n' }),
    },
  ],
  'Mutation.reportContact': [
    {
      expect: SIGNED_IN,
      doc: 'mutation($id: ID!) { reportContact(id: $id, message: "Dit nummer klopt niet") }',
      vars: id(() => fx.cp()),
    },
  ],
  'Mutation.resolveContactReport': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { resolveContactReport(id: $id) }',
      vars: id(() => fx.report()),
    },
  ],
  'Mutation.restoreContact': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { restoreContact(id: $id, version: 2) { id } }',
      vars: id(() => fx.archived('Contact')),
    },
  ],
  'Mutation.restoreOrganisation': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { restoreOrganisation(id: $id, version: 2) { id } }',
      vars: id(() => fx.archived('Organisation')),
    },
  ],
  'Mutation.setContactResponsibilities': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { setContactResponsibilities(id: $id, version: 1, responsibilities: [{barrier: "HOUSING", role: INSPECT, priority: PRIMARY}]) { id } }',
      vars: id(() => fx.cp()),
    },
  ],
  'Mutation.setOrganisationCounterparts': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { setOrganisationCounterparts(id: $id, version: 1, ids: ["org-stad-genk"]) { id } }',
      vars: id(() => fx.org()),
    },
  ],
  'Mutation.setOrganisationCoverage': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { setOrganisationCoverage(id: $id, version: 1, ids: ["region-mun-hasselt"]) { id } }',
      vars: id(() => fx.org()),
    },
  ],
  'Mutation.setOrganisationNetworks': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { setOrganisationNetworks(id: $id, version: 1, ids: ["net-confine"]) { id } }',
      vars: id(() => fx.org()),
    },
  ],
  'Mutation.setOrganisationRoles': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { setOrganisationRoles(id: $id, version: 1, roles: [{barrier: "HOUSING", role: INSPECT}]) { id } }',
      vars: id(() => fx.org()),
    },
  ],
  'Mutation.revokeSession': [
    // Someone else's or an unknown session id: false, never an error that tells them apart.
    { expect: SIGNED_IN, doc: 'mutation { revokeSession(id: "no-such-session") }' },
  ],
  'Mutation.signIn': [
    {
      expect: [U, A, A, A, A],
      // A disabled account cannot sign in; a user whose session expired simply signs in again.
      overrides: { disabled: U, expired: A },
      doc: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { user { email } } }',
      headers: async () => ({}),
    },
  ],
  'Mutation.signOut': [
    {
      expect: PUBLIC,
      doc: 'mutation { signOut }',
      headers: async (role) =>
        ['staff', 'coordinatorInScope', 'coordinatorOutOfScope', 'admin'].includes(role)
          ? freshSession(role)
          : sessionOf(role),
      check: (body, role) => {
        const signedIn = !['anonymous', 'disabled', 'expired'].includes(role);
        return body.data?.signOut === signedIn
          ? null
          : `signOut answered ${String(body.data?.signOut)}`;
      },
    },
  ],
  'Mutation.updateContactPoint': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { updateContactPoint(id: $id, version: 1, patch: {hours: {nl: "9-17"}}) { id } }',
      vars: id(() => fx.cp()),
    },
  ],
  'Mutation.updateIndicator': [
    {
      expect: COORDINATORS,
      doc: 'mutation($id: ID!) { updateIndicator(id: $id, version: 1, patch: {name: {nl: "Zz gewijzigd"}}) { id } }',
      vars: id(() => fx.reference('Indicator')),
    },
  ],
  'Mutation.updateMeasure': [
    {
      expect: COORDINATORS,
      doc: 'mutation($id: ID!) { updateMeasure(id: $id, version: 1, patch: {name: {nl: "Zz gewijzigd"}}) { id } }',
      vars: id(() => fx.reference('Measure')),
    },
  ],
  'Mutation.updateNetwork': [
    {
      expect: COORDINATORS,
      doc: 'mutation($id: ID!) { updateNetwork(id: $id, version: 1, patch: {name: {nl: "Zz gewijzigd"}}) { id } }',
      vars: id(() => fx.reference('Network')),
    },
  ],
  'Mutation.updateOrgUnit': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { updateOrgUnit(id: $id, version: 1, name: {nl: "Zz gewijzigd"}) { id } }',
      vars: id(() => fx.unit()),
    },
  ],
  'Mutation.updateOrganisation': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { updateOrganisation(id: $id, version: 1, patch: {shortName: "ZZ"}) { id } }',
      vars: id(() => fx.org()),
    },
  ],
  'Mutation.updatePerson': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { updatePerson(id: $id, version: 1, patch: {phone: "+32 2 555 77 01"}) { id } }',
      vars: id(() => fx.person()),
    },
  ],
  'Mutation.updateSharingAgreement': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { updateSharingAgreement(id: $id, version: 1, patch: {mutual: true}) { id } }',
      vars: id(() => fx.agreement()),
    },
  ],
  'Mutation.updateUser': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { updateUser(id: $id, patch: {name: "Zz Hernoemd"}) { id } }',
      vars: async () => ({ id: (await createUser(t, 'STAFF')).id }),
    },
  ],
};

/** Fields below the root that carry their own access rule, with a query that reaches each. */
const FIELDS: Record<string, Row> = Object.fromEntries(
  (
    [
      [
        'ContactPoint',
        'query($id: ID!) { contact(id: $id) { ... on ContactPoint { history { id } } } }',
        () => fx.cp(),
      ],
      [
        'Person',
        'query($id: ID!) { contact(id: $id) { ... on Person { history { id } } } }',
        () => fx.person(),
      ],
      [
        'Organisation',
        'query($id: ID!) { organisation(id: $id) { history { id } } }',
        () => fx.org(),
      ],
      [
        'OrgUnit',
        'query($id: ID!) { organisation(id: $id) { units { history { id } } } }',
        async () => {
          const unit = await fx.unit();
          const { records } = await t.db.driver.executeQuery(
            'MATCH (:OrgUnit {id: $unit})-[:PART_OF]->(o) RETURN o.id AS id',
            { unit },
          );
          return records[0]!.get('id') as string;
        },
      ],
      [
        'Measure',
        'query($id: ID!) { measure(id: $id) { history { id } } }',
        () => fx.reference('Measure'),
      ],
      [
        'Indicator',
        'query($id: ID!) { indicator(id: $id) { history { id } } }',
        () => fx.reference('Indicator'),
      ],
      [
        'Network',
        'query($id: ID!) { network(id: $id) { history { id } } }',
        () => fx.reference('Network'),
      ],
      [
        'SharingAgreement',
        'query($id: ID!) { organisation(id: $id) { agreements { history { id } } } }',
        async () => {
          const agreement = await fx.agreement();
          const { records } = await t.db.driver.executeQuery(
            'MATCH (:SharingAgreement {id: $agreement})-[:FROM]->(o) RETURN o.id AS id',
            { agreement },
          );
          return records[0]!.get('id') as string;
        },
      ],
    ] as [string, string, () => Promise<string>][]
  ).map(([type, doc, make]) => [
    `${type}.history`,
    { expect: COORDINATORS, doc, vars: async () => ({ id: await make() }) },
  ]),
);

function sessionOf(role: Role): Promise<Record<string, string>> {
  return Promise.resolve(role === 'anonymous' ? {} : users[role].headers);
}
async function freshSession(role: Role) {
  const user = users[role as Exclude<Role, 'anonymous'>];
  const body = await t.gql<{ signIn: { token: string } }>(
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
    { e: user.email, p: user.password },
  );
  return { authorization: `Bearer ${body.data!.signIn.token}` };
}

function expectationOf(row: Row, role: Role): Expect {
  const override = row.overrides?.[role];
  if (override) return override;
  const column = {
    anonymous: 0,
    disabled: 0,
    expired: 0,
    staff: 1,
    coordinatorInScope: 2,
    coordinatorOutOfScope: 3,
    admin: 4,
  }[role];
  return row.expect[column]!;
}

/** 'allow', or the code of the error on the operation itself (or on any field, for FIELDS). */
function outcomeOf(body: GqlBody<Record<string, unknown>>, field: string | null): string {
  const errors = (body.errors ?? []).filter(
    (e) => field === null || !e.path || e.path[0] === field,
  );
  if (errors.length === 0) return 'allow';
  return String(errors[0]?.extensions?.code ?? errors[0]?.message);
}

async function fingerprint() {
  const { records } = await t.db.driver.executeQuery(
    `CALL { MATCH (n) WHERE NOT n:Session AND NOT n:SignInThrottle RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (n:Entity) RETURN sum(coalesce(n.version, 0)) AS versions }
     CALL { MATCH (n:ContactReport) RETURN collect(n.status) AS reports }
     CALL { MATCH (u:User) RETURN collect([u.name, u.role, u.disabled]) AS accounts }
     RETURN nodes, rels, versions, reports, accounts`,
  );
  return JSON.stringify(records[0]!.toObject());
}

/** Personal data found in an answer that `role` may not see, or null. */
function leak(text: string, role: Role): string | null {
  const anonymous = role === 'anonymous' || role === 'disabled' || role === 'expired';
  // Signing in answers with one's own account, whatever the role.
  const own = role === 'anonymous' ? null : users[role].email;
  if (anonymous) {
    if (text.includes('"Person"')) return 'a Person';
    for (const p of personData) if (text.includes(p)) return p;
  }
  if (anonymous || role === 'staff') {
    for (const e of userEmails) if (e !== own && text.includes(e)) return `the account ${e}`;
  }
  return null;
}

const figures = { cases: 0, refusals: 0, leakChecks: 0 };

beforeAll(async () => {
  t = await createTestApp();
  users.staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  users.coordinatorInScope = await createUser(t, 'COORDINATOR', {
    scopeRegionIds: ['region-prov-limburg-be'],
  });
  users.coordinatorOutOfScope = await createUser(t, 'COORDINATOR', {
    scopeRegionIds: ['region-prov-antwerpen'],
  });
  users.admin = await createUser(t, 'ADMIN');
  // An administrator whose account was disabled, and one whose session has expired: both still
  // send their bearer token.
  users.disabled = await createUser(t, 'ADMIN');
  await t.db.driver.executeQuery('MATCH (u:User {id: $id}) SET u.disabled = true', {
    id: users.disabled.id,
  });
  users.expired = await createUser(t, 'ADMIN');
  await t.db.driver.executeQuery(
    "MATCH (s:Session {tokenHash: $hash}) SET s.expiresAt = datetime() - duration('PT1M')",
    { hash: hashToken(users.expired.token) },
  );
  const { records: legal } = await t.db.driver.executeQuery(
    'MATCH (l:LegalBasis) RETURN l.id AS id ORDER BY id LIMIT 1',
  );
  legalBasis = legal[0]!.get('id') as string;
  const { records: people } = await t.db.driver.executeQuery(
    `MATCH (p:Person) RETURN p.firstName + ' ' + p.lastName AS name, p.email AS email, p.phone AS phone`,
  );
  personData = people.flatMap((r) =>
    [r.get('name'), r.get('email'), r.get('phone')].filter(
      (x): x is string => typeof x === 'string' && x.length > 4,
    ),
  );
  const { records: accounts } = await t.db.driver.executeQuery(
    'MATCH (u:User) RETURN u.email AS email',
  );
  userEmails = accounts.map((r) => r.get('email') as string);
  // A report about a contact in Limburg, for the contactReports row.
  await fx.report();
}, 180_000);

afterAll(async () => {
  const ids = Object.values(users).map((u) => u.id);
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent {action: 'CREATE'}) WHERE e.userId IN $ids
     MATCH (n {id: e.entityId}) WHERE n:Entity OR n:User
     DETACH DELETE n`,
    { ids },
  );
  await t.db.driver.executeQuery(
    'MATCH (n) WHERE (n:ContactReport OR n:ImportJob) AND n.userId IN $ids DETACH DELETE n',
    { ids },
  );
  await t.db.driver.executeQuery('MATCH (e:AuditEvent) WHERE e.userId IN $ids DETACH DELETE e', {
    ids,
  });
  await removeTestUsers(t);
  await t.close();
});

/** Runs one row for every role; returns what differs from the table. */
async function runRow(name: string, row: Row, field: string | null): Promise<string[]> {
  const problems: string[] = [];
  const mutation = name.startsWith('Mutation.');
  const order = [...ROLES].sort(
    (a, b) => Number(expectationOf(row, a) === 'allow') - Number(expectationOf(row, b) === 'allow'),
  );
  // Refused calls come first, all aimed at one shared record; the database is compared before the
  // first and after the last of them. Allowed mutations each get a record of their own.
  const refused = order.filter((role) => expectationOf(row, role) !== 'allow');
  let before: string | null = null;
  for (const [index, role] of order.entries()) {
    const expected = expectationOf(row, role);
    const fresh = mutation && expected === 'allow';
    const key = `${name}/${row.variant ?? ''}`;
    let variables: Record<string, unknown> = {};
    if (row.vars) {
      if (fresh) variables = await row.vars(true);
      else {
        if (!shared.has(key)) shared.set(key, Promise.resolve(row.vars(false)));
        variables = await shared.get(key)!;
      }
    }
    if (name === 'Mutation.signIn') {
      const user = role === 'anonymous' ? null : users[role];
      variables = {
        e: user?.email ?? `nobody-${run}@example.org`,
        p: user?.password ?? 'not-the-password',
      };
    }
    const headers = row.headers ? await row.headers(role) : await sessionOf(role);
    if (mutation && index === 0 && refused.length > 0) before = await fingerprint();
    const body = await t.gql(row.doc, variables, headers);
    figures.cases++;
    const actual = outcomeOf(body, field);
    const label = `${name}${row.variant ? ` (${row.variant})` : ''} as ${role}`;
    if (actual !== expected)
      problems.push(
        `${label}: expected ${expected}, got ${actual} ${JSON.stringify(body.errors?.[0]?.message ?? '')}`,
      );
    if (expected !== 'allow') figures.refusals++;
    if (before !== null && index === refused.length - 1 && (await fingerprint()) !== before)
      problems.push(`${name}: a refused call (as ${refused.join(', ')}) changed the database`);
    const text = JSON.stringify(body);
    figures.leakChecks++;
    const leaked = leak(text, role);
    if (leaked) problems.push(`${label}: the answer holds ${leaked}`);
    const extra = row.check?.(body, role);
    if (extra) problems.push(`${label}: ${extra}`);
  }
  return problems;
}

function rootOperations(): string[] {
  return [schema.getQueryType()!, schema.getMutationType()!]
    .flatMap((root) => Object.keys(root.getFields()).map((f) => `${root.name}.${f}`))
    .sort();
}

function protectedFields(): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      !isObjectType(type) ||
      type.name.startsWith('__') ||
      ['Query', 'Mutation'].includes(type.name)
    )
      continue;
    for (const f of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const options = f.extensions?.pothosOptions as { authScopes?: unknown } | undefined;
      if (options?.authScopes) found.push(`${type.name}.${f.name}`);
    }
  }
  return found.sort();
}

test('every operation of the schema, and every field with its own access rule, has a row in the matrix', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(rootOperations());
  expect(Object.keys(FIELDS).sort()).toEqual(protectedFields());
});

describe.each(Object.entries(MATRIX))('%s', (name, rows) => {
  test.each(rows.map((row) => [row.variant ?? 'every role', row] as const))(
    '%s',
    async (_variant, row) => {
      expect(await runRow(name, row, name.split('.')[1]!)).toEqual([]);
    },
    120_000,
  );
});

describe.each(Object.entries(FIELDS))('%s', (name, row) => {
  test('every role', async () => {
    expect(await runRow(name, row, null)).toEqual([]);
  }, 120_000);
});

afterAll(async () => {
  await reportFigures('access control', {
    operations: Object.keys(MATRIX).length,
    protectedFields: Object.keys(FIELDS).length,
    roles: ROLES.length,
    cases: figures.cases,
    refusalsVerified: figures.refusals,
    leakChecks: figures.leakChecks,
  });
});
