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
import { graphql } from '../../client/src/lib/documents';
import { schema } from '../../server/src/schema';
import { hashToken } from '../../server/src/shared/tokens';
import { createTestApp, type GqlBody, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { reportFigures } from './support/figures';

const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
);
const WHO_FOR_WORK_IN_ANTWERP = graphql(
  '{ whoToCall(input: {barrier: "WORK", region: "region-mun-antwerpen", limit: 100}) { entries { organisation { id } } } }',
);

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
const B = 'BAD_USER_INPUT';
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

/** An authored scenario's input: set in Genk, one question with a right and a wrong answer. */
const scenarioInput = () => ({
  title: { nl: unique('scenario') },
  story: { nl: 'Een verhaal in Genk.' },
  barrier: 'HOUSING',
  region: 'region-mun-genk',
  questions: [
    {
      text: { nl: 'Wie belt u?' },
      feedback: { nl: 'Omdat het zo is.' },
      choices: [
        { text: { nl: 'Juist' }, right: true },
        { text: { nl: 'Fout' }, right: false },
      ],
    },
  ],
});

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
  /** An authored training scenario set in Genk (Limburg). */
  async scenario() {
    const d = await ok(
      'mutation($i: AuthoredScenarioInput!) { createAuthoredScenario(input: $i) { id } }',
      { i: scenarioInput() },
    );
    return d.createAuthoredScenario!.id;
  },
  /** A municipality in Limburg of the administrator's own (geography maintenance rows). */
  async region() {
    const d = await ok('mutation($i: RegionInput!) { createRegion(input: $i) { id } }', {
      i: {
        type: 'MUNICIPALITY',
        country: 'BE',
        name: { nl: unique('gemeente') },
        code: `ZZ-MATRIX-${run}-${++seq}`,
        parentIds: ['region-prov-limburg-be'],
      },
    });
    return d.createRegion!.id;
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
  async ssoMapping() {
    const d = await ok<{ createSsoClaimMapping: { id: string } }>(
      'mutation($i: SsoClaimMappingInput!) { createSsoClaimMapping(input: $i) { id } }',
      { i: { ...ssoMappingInput(), value: unique('group') } },
    );
    return d.createSsoClaimMapping.id;
  },
  async archived(kind: 'Organisation' | 'Contact') {
    const id = kind === 'Organisation' ? await fx.org() : await fx.cp();
    await ok(`mutation($id: ID!) { archive${kind}(id: $id, version: 1) { id } }`, { id });
    return id;
  },
};

/** An identity provider of the matrix's app: configured only, never reached (discovery is lazy). */
const MATRIX_IDP = {
  id: 'matrix-idp',
  name: 'Matrix',
  issuer: 'https://idp.example.org',
  clientId: 'confine',
  clientSecret: 'not-a-secret',
  scopes: ['openid', 'email'],
  endSession: true,
};
const ssoMappingInput = () => ({
  provider: MATRIX_IDP.id,
  claim: 'groups',
  value: unique('group'),
  role: 'STAFF',
  createAccounts: false,
});

/** A generated training scenario (the first on offer for HOUSING). */
async function trainingScenarioId() {
  const d = await ok<{ trainingScenarios: { id: string }[] }>(
    '{ trainingScenarios(barrier: "HOUSING") { id } }',
  );
  return d.trainingScenarios[0]!.id;
}

let legalBasis = '';
/** Memoised per row for the calls that must be refused: they all aim at the same record. */
const shared = new Map<string, Promise<Record<string, unknown>>>();

const id =
  (make: () => Promise<string>, extra: Record<string, unknown> = {}) =>
  async () => ({ id: await make(), ...extra });

/** One row per operation (several for variants); the keys are Query.x and Mutation.x. */
const MATRIX: Record<string, Row[]> = {
  'Query.accessRequest': [
    {
      // Everything held about one person: administrators only, never a coordinator in scope.
      expect: ADMINS,
      doc: 'query($id: ID!) { accessRequest(personId: $id, lang: FR, format: JSON) }',
      vars: id(() => fx.person()),
      check: (body) =>
        body.data && !JSON.stringify(body).includes('zz-matrix.example')
          ? 'the access request does not hold the person'
          : null,
    },
  ],
  'Query.auditLog': [{ expect: ADMINS, doc: '{ auditLog(first: 5) { events { id userEmail } } }' }],
  'Query.auditLogCsv': [
    { expect: ADMINS, doc: '{ auditLogCsv(from: "2999-01-01T00:00:00Z", lang: EN) }' },
  ],
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
  'Query.contactReportMarkers': [
    {
      expect: SIGNED_IN,
      doc: 'query($ids: [ID!]!) { contactReportMarkers(ids: $ids) { contactId reported } }',
      vars: async () => ({ ids: [await fx.cp()] }),
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
    {
      // Bulk access to persons: administrators, coordinators for their own scope, never staff.
      variant: 'persons',
      expect: COORDINATORS,
      doc: 'query($o: ID) { exportCsv(entity: PERSONS, organisationId: $o) }',
      vars: async () => {
        await fx.person();
        return { o: null };
      },
      check: (body, role) =>
        role === 'coordinatorOutOfScope' && JSON.stringify(body).includes('zz-matrix')
          ? 'the Antwerp coordinator exports a Limburg person'
          : null,
    },
    {
      variant: 'the persons of one Limburg organisation',
      expect: IN_SCOPE,
      doc: 'query($o: ID) { exportCsv(entity: PERSONS, organisationId: $o) }',
      vars: async () => ({ o: await fx.org() }),
    },
  ],
  'Query.exportXlsx': [
    { variant: 'organisations', expect: PUBLIC, doc: '{ exportXlsx(entity: ORGANISATIONS) }' },
    {
      // The same rule as exportCsv (one function decides both).
      variant: 'persons',
      expect: COORDINATORS,
      doc: 'query($o: ID) { exportXlsx(entity: PERSONS, organisationId: $o) }',
      vars: async () => {
        await fx.person();
        return { o: null };
      },
    },
    {
      variant: 'the persons of one Limburg organisation',
      expect: IN_SCOPE,
      doc: 'query($o: ID) { exportXlsx(entity: PERSONS, organisationId: $o) }',
      vars: async () => ({ o: await fx.org() }),
    },
  ],
  'Query.importJob': [{ expect: COORDINATORS, doc: '{ importJob(id: "import-none") { id } }' }],
  'Query.indicator': [
    { expect: PUBLIC, doc: '{ indicator(id: "ind-ent-organised-van-transport") { code } }' },
  ],
  'Query.indicators': [{ expect: PUBLIC, doc: '{ indicators { code } }' }],
  'Query.manual': [
    {
      expect: PUBLIC,
      doc: '{ manual(barrier: "HOUSING", region: "region-mun-genk") { personsHidden barrier { code } } }',
    },
  ],
  'Query.me': [{ expect: PUBLIC, doc: '{ me { email name } }' }],
  'Query.mySessions': [{ expect: SIGNED_IN, doc: '{ mySessions { id kind name current } }' }],
  'Query.mySecondFactor': [
    { expect: SIGNED_IN, doc: '{ mySecondFactor { enabled required recoveryCodesLeft } }' },
  ],
  'Query.secondFactorRoles': [{ expect: ADMINS, doc: '{ secondFactorRoles }' }],
  'Query.myDigestMail': [{ expect: COORDINATORS, doc: '{ myDigestMail }' }],
  'Query.signInOptions': [
    { expect: PUBLIC, doc: '{ signInOptions { passwordSignIn providers { id name } } }' },
  ],
  'Query.ssoClaimMappings': [
    {
      expect: ADMINS,
      doc: '{ ssoClaimMappings { id provider claim value role scopeIds createAccounts version } }',
    },
  ],
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
  'Query.searchPlaces': [
    { expect: PUBLIC, doc: '{ searchPlaces(query: "Tilbrug") { matches { region { name } } } }' },
  ],
  'Query.searchSignals': [
    {
      expect: PUBLIC,
      doc: '{ searchSignals(query: "wasstraat") { matches { id } nearest { id } } }',
    },
  ],
  'Query.sectors': [{ expect: PUBLIC, doc: '{ sectors { code } }' }],
  'Query.retentionPreview': [
    { expect: ADMINS, doc: '{ retentionPreview { months entries { id name eraseOn due } } }' },
  ],
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
  'Query.trainingScenarios': [
    { expect: PUBLIC, doc: '{ trainingScenarios(barrier: "HOUSING") { id indicator { id } } }' },
  ],
  'Query.trainingScenario': [
    {
      expect: PUBLIC,
      doc: 'query($id: ID!) { trainingScenario(id: $id) { id questions { kind choices { id } } } }',
      vars: async () => ({ id: await trainingScenarioId() }),
    },
  ],
  'Query.authoredTrainingScenarios': [
    { expect: PUBLIC, doc: '{ authoredTrainingScenarios { id title questions { number } } }' },
  ],
  'Query.authoredTrainingScenario': [
    {
      expect: PUBLIC,
      doc: 'query($id: ID!) { authoredTrainingScenario(id: $id) { id story questions { choices { text } } } }',
      vars: id(() => fx.scenario()),
    },
  ],
  'Query.authoredScenarios': [
    { expect: COORDINATORS, doc: '{ authoredScenarios { id version needsAttention { reason } } }' },
  ],
  'Query.authoredScenario': [
    {
      expect: COORDINATORS,
      doc: 'query($id: ID!) { authoredScenario(id: $id) { id questions { choices { right } } } }',
      vars: id(() => fx.scenario()),
    },
  ],
  'Query.myTrainingProgress': [
    { expect: SIGNED_IN, doc: '{ myTrainingProgress { barrier { code } done answered } }' },
  ],
  'Query.trainingMistakes': [
    { expect: COORDINATORS, doc: '{ trainingMistakes { barrier { code } question wrong } }' },
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
  'Mutation.archiveRegion': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { archiveRegion(id: $id, version: 1, since: "2026-01-01") { id } }',
      vars: id(() => fx.region()),
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
  'Mutation.createRegion': [
    {
      expect: ADMINS,
      doc: 'mutation($i: RegionInput!) { createRegion(input: $i) { id } }',
      vars: () => ({
        i: {
          type: 'MUNICIPALITY',
          country: 'BE',
          name: { nl: unique('gemeente') },
          code: `ZZ-MATRIX-${run}-${++seq}`,
          parentIds: ['region-prov-limburg-be'],
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
    {
      variant: 'an invitation by mail',
      expect: ADMINS,
      doc: 'mutation($i: AccountInput!) { createUser(input: $i) { invited account { id } } }',
      vars: () => ({
        i: {
          email: `zz-matrix-${run}-${++seq}@example.org`,
          name: 'Zz Matrix Invited',
          role: 'STAFF',
          invite: true,
          language: 'EN',
        },
      }),
    },
  ],
  'Mutation.acceptInvitation': [
    {
      // Anyone holding the link may use it; without one (here a made-up token) it is refused.
      expect: [B, B, B, B, B],
      doc: 'mutation($t: String!) { acceptInvitation(token: $t, password: "Kalkoen paraplu vijver 93") { user { id } } }',
      vars: () => ({ t: randomBytes(32).toString('base64url') }),
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
  'Mutation.mergeRegions': [
    {
      expect: ADMINS,
      doc: 'mutation($i: MergeRegionsInput!) { mergeRegions(input: $i) { id } }',
      vars: async () => ({
        i: {
          type: 'MUNICIPALITY',
          formerIds: [await fx.region()],
          into: await fx.region(),
          since: '2026-01-01',
        },
      }),
    },
  ],
  'Mutation.createAuthoredScenario': [
    {
      // Set in Genk: in scope for the Limburg coordinator only; staff may never author.
      expect: IN_SCOPE,
      doc: 'mutation($i: AuthoredScenarioInput!) { createAuthoredScenario(input: $i) { id } }',
      vars: () => ({ i: scenarioInput() }),
    },
  ],
  'Mutation.updateAuthoredScenario': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!, $i: AuthoredScenarioInput!) { updateAuthoredScenario(id: $id, version: 1, input: $i) { id version } }',
      vars: async () => ({ id: await fx.scenario(), i: scenarioInput() }),
    },
  ],
  'Mutation.archiveAuthoredScenario': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { archiveAuthoredScenario(id: $id, version: 1) { id status } }',
      vars: id(() => fx.scenario()),
    },
  ],
  'Mutation.restoreAuthoredScenario': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { restoreAuthoredScenario(id: $id, version: 1) { id status } }',
      vars: id(() => fx.scenario()),
    },
  ],
  'Mutation.answerAuthoredTrainingQuestion': [
    {
      expect: PUBLIC,
      doc: 'mutation($i: AuthoredTrainingAnswerInput!) { answerAuthoredTrainingQuestion(input: $i) { correct recorded feedback } }',
      vars: async () => ({ i: { scenario: await fx.scenario(), question: 1, choice: 1 } }),
    },
  ],
  'Mutation.answerTrainingQuestion': [
    {
      // The measure question: its choices are the same for every caller (no person plays a part).
      expect: PUBLIC,
      doc: 'mutation($i: TrainingAnswerInput!) { answerTrainingQuestion(input: $i) { correct recorded } }',
      vars: async () => {
        const id = await trainingScenarioId();
        const d = await ok<{
          trainingScenario: { questions: { kind: string; choices: { id: string }[] }[] };
        }>('query($id: ID!) { trainingScenario(id: $id) { questions { kind choices { id } } } }', {
          id,
        });
        const q = d.trainingScenario.questions.find((x) => x.kind === 'MEASURE')!;
        return { i: { scenario: id, question: 'MEASURE', choice: q.choices[0]!.id } };
      },
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
  'Mutation.restoreVersion': [
    {
      // Back to the version of its creation, after one edit of its short name.
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!, $e: ID!) { restoreVersion(entityId: $id, auditEventId: $e, expectedVersion: 2) { entityId } }',
      vars: async () => {
        const orgId = await fx.org();
        await ok(
          'mutation($id: ID!) { updateOrganisation(id: $id, version: 1, patch: {shortName: "ZZ"}) { id } }',
          { id: orgId },
        );
        const d = await ok<{ organisation: { history: { id: string }[] } }>(
          'query($id: ID!) { organisation(id: $id) { history { id } } }',
          { id: orgId },
        );
        return { id: orgId, e: d.organisation.history.at(-1)?.id };
      },
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
  'Mutation.requestPasswordReset': [
    {
      // The same answer for every address and everyone: nobody learns who has an account.
      expect: PUBLIC,
      doc: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
      vars: () => ({ e: `zz-matrix-reset-${run}-${++seq}@example.org` }),
      check: (body) =>
        body.data?.requestPasswordReset === true
          ? null
          : 'requestPasswordReset did not answer true',
    },
  ],
  // A contact's own verification link: anyone holding it may use it; without one (a made-up
  // token) every role is refused alike, and nothing changes.
  'Mutation.confirmOwnContact': [
    {
      expect: [B, B, B, B, B],
      doc: 'mutation($t: String!) { confirmOwnContact(token: $t) }',
      vars: () => ({ t: randomBytes(32).toString('base64url') }),
    },
  ],
  'Mutation.proposeContactCorrection': [
    {
      expect: [B, B, B, B, B],
      doc: 'mutation($t: String!) { proposeContactCorrection(token: $t, message: "Nieuw nummer") }',
      vars: () => ({ t: randomBytes(32).toString('base64url') }),
    },
  ],
  'Mutation.stopContactMail': [
    {
      expect: [B, B, B, B, B],
      doc: 'mutation($t: String!) { stopContactMail(token: $t) }',
      vars: () => ({ t: randomBytes(32).toString('base64url') }),
    },
  ],
  // A digest's opt-out link: anyone holding it; a made-up token is refused alike for every role.
  'Mutation.stopDigestMail': [
    {
      expect: [B, B, B, B, B],
      doc: 'mutation($t: String!) { stopDigestMail(token: $t) }',
      vars: () => ({ t: randomBytes(32).toString('base64url') }),
    },
  ],
  'Mutation.setDigestMail': [
    // Left on (as it was): the matrix's own accounts keep their default.
    { expect: COORDINATORS, doc: 'mutation { setDigestMail(on: true) }' },
  ],
  'Query.ownContactEntry': [
    {
      expect: [B, B, B, B, B],
      doc: 'query($t: String!) { ownContactEntry(token: $t) { name email phone } }',
      vars: () => ({ t: randomBytes(32).toString('base64url') }),
    },
  ],
  'Mutation.resetPassword': [
    {
      expect: [B, B, B, B, B],
      doc: 'mutation($t: String!) { resetPassword(token: $t, password: "Kalkoen paraplu vijver 93") { user { id } } }',
      vars: () => ({ t: randomBytes(32).toString('base64url') }),
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
  'Mutation.signOutWithProvider': [
    {
      expect: PUBLIC,
      doc: 'mutation { signOutWithProvider { signedOut providerSignOutUrl } }',
      headers: async (role) =>
        ['staff', 'coordinatorInScope', 'coordinatorOutOfScope', 'admin'].includes(role)
          ? freshSession(role)
          : sessionOf(role),
      check: (body, role) => {
        const signedIn = !['anonymous', 'disabled', 'expired'].includes(role);
        const answer = (body.data?.signOutWithProvider ?? {}) as Record<string, unknown>;
        // A password session came through no provider: nowhere else to go.
        return answer.signedOut === signedIn && answer.providerSignOutUrl === null
          ? null
          : `signOutWithProvider answered ${JSON.stringify(answer)}`;
      },
    },
  ],
  'Mutation.createSsoClaimMapping': [
    {
      expect: ADMINS,
      doc: 'mutation($i: SsoClaimMappingInput!) { createSsoClaimMapping(input: $i) { id } }',
      vars: () => ({ i: ssoMappingInput() }),
    },
  ],
  'Mutation.updateSsoClaimMapping': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!, $i: SsoClaimMappingInput!) { updateSsoClaimMapping(id: $id, version: 1, input: $i) { id } }',
      vars: id(() => fx.ssoMapping(), { i: ssoMappingInput() }),
    },
  ],
  'Mutation.deleteSsoClaimMapping': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { deleteSsoClaimMapping(id: $id, version: 1) }',
      vars: id(() => fx.ssoMapping()),
    },
  ],
  'Mutation.updateContactPoint': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { updateContactPoint(id: $id, version: 1, patch: {hours: {nl: "9-17"}}) { id } }',
      vars: id(() => fx.cp()),
    },
  ],
  'Mutation.setRegionParents': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { setRegionParents(id: $id, version: 1, parentIds: ["region-prov-limburg-be", "region-be"]) { id } }',
      vars: id(() => fx.region()),
    },
  ],
  'Mutation.setSynonyms': [
    {
      expect: COORDINATORS,
      doc: 'mutation($id: ID!) { setSynonyms(id: $id, version: 1, synonyms: {nl: ["zz woord"]}) { __typename } }',
      vars: id(() => fx.reference('Indicator')),
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
  'Mutation.updateRegion': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { updateRegion(id: $id, version: 1, patch: {name: {nl: "ZZ Matrix hernoemd"}}) { id } }',
      vars: id(() => fx.region()),
    },
  ],
  'Mutation.updateSharingAgreement': [
    {
      expect: IN_SCOPE,
      doc: 'mutation($id: ID!) { updateSharingAgreement(id: $id, version: 1, patch: {mutual: true}) { id } }',
      vars: id(() => fx.agreement()),
    },
  ],
  'Mutation.startSecondFactorEnrolment': [
    // A pending secret only: sign-in is unchanged until a code confirms it.
    { expect: SIGNED_IN, doc: 'mutation { startSecondFactorEnrolment { secret uri qrCode } }' },
  ],
  'Mutation.confirmSecondFactorEnrolment': [
    {
      expect: [U, B, B, B, B],
      doc: 'mutation { confirmSecondFactorEnrolment(code: "not a code") { recoveryCodes } }',
    },
  ],
  'Mutation.disableSecondFactor': [
    { expect: [U, B, B, B, B], doc: 'mutation { disableSecondFactor(code: "not a code") }' },
  ],
  'Mutation.resetSecondFactor': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { resetSecondFactor(id: $id) }',
      vars: async () => ({ id: (await createUser(t, 'STAFF')).id }),
    },
  ],
  'Mutation.setSecondFactorRoles': [
    // No role is asked for (as before): the matrix's own users keep working.
    { expect: ADMINS, doc: 'mutation { setSecondFactorRoles(roles: []) }' },
  ],
  'Mutation.endUserSessions': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { endUserSessions(id: $id) }',
      vars: async () => ({ id: (await createUser(t, 'STAFF')).id }),
    },
  ],
  'Mutation.deleteUser': [
    {
      expect: ADMINS,
      doc: 'mutation($id: ID!) { deleteUser(id: $id, reason: "Verzoek tot wissing") }',
      vars: async () => ({ id: (await createUser(t, 'STAFF')).id }),
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
  const body = await t.gql(SIGN_IN, { e: user.email, p: user.password });
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
  t = await createTestApp(undefined, { sso: { providers: [MATRIX_IDP] } });
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
}, 300_000);

afterAll(async () => {
  const ids = Object.values(users).map((u) => u.id);
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent {action: 'CREATE'}) WHERE e.userId IN $ids
     MATCH (n {id: e.entityId}) WHERE n:Entity OR n:User OR n:SsoClaimMapping
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
  }, 300_000);
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

/**
 * Bulk access to contact persons: the persons CSV (also as a download) is refused to staff with a
 * message saying who may export, narrowed to the scope for a coordinator, and every export is in
 * the audit log with who made it, its filter and how many persons it held.
 */
describe('bulk exports of persons', () => {
  const LOG = graphql(
    'query($e: ID!, $u: ID!) { auditLog(entityId: $e, userId: $u, first: 5) { events { userEmail action entityName changes { field to } } } }',
  );

  async function download(path: string, headers: Record<string, string>) {
    const response = await t.app.fetch(`http://test${path}`, { headers });
    return { status: response.status, text: await response.text() };
  }

  /** Data rows of a CSV (the header and the byte-order mark left out). */
  const rowsOf = (csv: string) => csv.trim().split('\n').slice(1);

  test('staff are refused, in their language, and told who may export', async () => {
    for (const [lang, words] of [
      ['nl', /beheerders/],
      ['fr', /administrateurs/],
      ['en', /administrators/],
    ] as const) {
      const got = await download('/export/persons.csv', {
        ...users.staff.headers,
        'accept-language': lang,
      });
      expect(got.status).toBe(403);
      expect(got.text).toMatch(words);
    }
  });

  test("a coordinator's export holds the persons of their scope only, and is audited with its count", async () => {
    const limburgPerson = await fx.person();
    const email = personData.at(-1)!;
    const limburg = await download('/export/persons.csv', users.coordinatorInScope.headers);
    expect(limburg.status).toBe(200);
    expect(limburg.text).toContain(email);
    const antwerp = await download('/export/persons.csv', users.coordinatorOutOfScope.headers);
    expect(antwerp.status).toBe(200);
    expect(antwerp.text).not.toContain(email);
    const all = await download('/export/persons.csv', users.admin.headers);
    expect(rowsOf(all.text).length).toBeGreaterThan(rowsOf(limburg.text).length);
    expect(limburgPerson).toMatch(/^person-/);

    for (const [user, got] of [
      [users.coordinatorInScope, limburg],
      [users.admin, all],
    ] as const) {
      const body = await t.gql(LOG, { e: 'export:persons.csv', u: user.id }, users.admin.headers);
      const [event] = body.data!.auditLog.events;
      expect(event).toMatchObject({
        userEmail: user.email,
        action: 'EXPORT',
        entityName: 'persons.csv',
      });
      const persons = event!.changes.find((c) => c.field === 'persons')?.to;
      expect(Number(persons)).toBe(rowsOf(got.text).length);
    }
  });

  test('a coordinator asking for the persons of an organisation outside their scope is refused', async () => {
    const genk = await fx.org();
    const refusedBody = await t.gql(
      'query($o: ID) { exportCsv(entity: PERSONS, organisationId: $o) }',
      { o: genk },
      users.coordinatorOutOfScope.headers,
    );
    expect(refusedBody.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const got = await download(
      `/export/persons.csv?organisation=${genk}`,
      users.coordinatorInScope.headers,
    );
    expect(got.status).toBe(200);
  });

  test("the vCards of a who-to-call answer stay staff's, and are audited too", async () => {
    const got = await download(
      '/export/who-to-call.vcf?barrier=HOUSING&region=region-mun-genk',
      users.staff.headers,
    );
    expect(got.status).toBe(200);
    const body = await t.gql(
      LOG,
      { e: 'export:who-to-call.vcf', u: users.staff.id },
      users.admin.headers,
    );
    const [event] = body.data!.auditLog.events;
    expect(event?.action).toBe('EXPORT');
    const persons = Number(event!.changes.find((c) => c.field === 'persons')?.to);
    expect(persons).toBe((got.text.match(/UID:urn:confine:person-/g) ?? []).length);
  });
});

/**
 * Scope on both sides of every change: a coordinator adds or removes a link only when both its
 * ends lie in their scope; an organisation that also serves regions outside it is archived,
 * renamed or retyped by an administrator only; and only current ties to a workplace grant scope.
 * The coordinator "in scope" coordinates Limburg (BE), the other one Antwerp.
 */
describe('both ends in scope, and only current ties', () => {
  const limburg = () => users.coordinatorInScope.headers;
  const antwerp = () => users.coordinatorOutOfScope.headers;
  const SHARED = 'org-arbeidsauditoraat-antwerpen';

  async function versionOf(id: string): Promise<number> {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (n:Entity {id: $id}) RETURN n.version AS v',
      { id },
    );
    return Number(records[0]!.get('v'));
  }

  /** The call is refused with FORBIDDEN and the database is exactly as before. */
  async function refused(
    doc: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) {
    const before = await fingerprint();
    const body = await t.gql(doc, variables, headers);
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe('FORBIDDEN');
    expect(await fingerprint()).toBe(before);
    return body.errors![0]!;
  }

  async function allowed(
    doc: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) {
    const body = await t.gql(doc, variables, headers);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data as Record<string, unknown>;
  }

  /** Organisations whoToCall offers for labour exploitation in the city of Antwerp. */
  async function antwerpWhoToCall(): Promise<string[]> {
    const body = await t.gql(WHO_FOR_WORK_IN_ANTWERP);
    return body.data!.whoToCall.entries.map((e) => e.organisation.id);
  }

  /** An organisation made by the administrator, covering the given regions. */
  async function org(coverage: string[], name = unique('org')) {
    const d = await ok(
      'mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name, type: 'MUNICIPALITY', country: 'BE', coverage } },
    );
    return d.createOrganisation!.id;
  }

  const COVERAGE =
    'mutation($id: ID!, $v: Int!, $ids: [ID!]!) { setOrganisationCoverage(id: $id, version: $v, ids: $ids) { id coverage { id } } }';
  const ARCHIVE =
    'mutation($id: ID!, $v: Int!) { archiveOrganisation(id: $id, version: $v) { id } }';
  const UPDATE =
    'mutation($id: ID!, $v: Int!, $p: OrganisationPatch!) { updateOrganisation(id: $id, version: $v, patch: $p) { id name shortName type } }';

  test('the Limburg coordinator cannot take the Antwerp coverage away from the Antwerp labour prosecutor', async () => {
    expect(await antwerpWhoToCall()).toContain(SHARED);
    await refused(
      COVERAGE,
      { id: SHARED, v: await versionOf(SHARED), ids: ['region-arr-limburg'] },
      limburg(),
    );
    expect(await antwerpWhoToCall()).toContain(SHARED);
  });

  test('nor archive it, rename it or change its type: an administrator must, and the message says so in NL, FR and EN', async () => {
    const v = await versionOf(SHARED);
    const nl = await refused(ARCHIVE, { id: SHARED, v }, limburg());
    expect(nl.message).toMatch(/beheerder/);
    expect(nl.message).toMatch(/Gerechtelijk arrondissement Antwerpen/);
    const fr = await refused(ARCHIVE, { id: SHARED, v }, { ...limburg(), 'accept-language': 'fr' });
    expect(fr.message).toMatch(/administrateur/);
    const en = await refused(ARCHIVE, { id: SHARED, v }, { ...limburg(), 'accept-language': 'en' });
    expect(en.message).toMatch(/administrator/);
    await refused(UPDATE, { id: SHARED, v, p: { name: 'Arbeidsauditoraat Limburg' } }, limburg());
    await refused(UPDATE, { id: SHARED, v, p: { type: 'OTHER' } }, limburg());
    expect(await antwerpWhoToCall()).toContain(SHARED);
  });

  test('an organisation serving both provinces: what stays inside Limburg still works, what reaches Antwerp does not', async () => {
    const id = await org(['region-mun-genk', 'region-mun-antwerpen']);
    // Sending back the unchanged name and type (as a form does) is not a rename.
    const { records } = await t.db.driver.executeQuery(
      'MATCH (o:Organisation {id: $id}) RETURN o.name AS name',
      { id },
    );
    const name = records[0]!.get('name') as string;
    await allowed(
      UPDATE,
      { id, v: 1, p: { name, type: 'MUNICIPALITY', shortName: 'ZZ' } },
      limburg(),
    );
    // Adding a Limburg region while keeping Antwerp: only the added region is a new link.
    const d = await allowed(
      COVERAGE,
      { id, v: 2, ids: ['region-mun-genk', 'region-mun-hasselt', 'region-mun-antwerpen'] },
      limburg(),
    );
    expect(JSON.stringify(d)).toContain('region-mun-hasselt');
    await refused(
      COVERAGE,
      { id, v: 3, ids: ['region-mun-genk', 'region-mun-hasselt'] },
      limburg(),
    );
    await refused(
      COVERAGE,
      { id, v: 3, ids: ['region-mun-genk', 'region-mun-antwerpen', 'region-mun-mechelen'] },
      limburg(),
    );
    await refused(ARCHIVE, { id, v: 3 }, limburg());
    await refused(ARCHIVE, { id, v: 3 }, antwerp());
    await allowed(ARCHIVE, { id, v: 3 }, users.admin.headers);
  });

  test('a coverage change entirely inside the scope still works, and so does archiving what serves only the scope', async () => {
    const id = await org(['region-mun-genk']);
    await allowed(COVERAGE, { id, v: 1, ids: ['region-mun-hasselt'] }, limburg());
    await allowed(UPDATE, { id, v: 2, p: { name: unique('hernoemd'), type: 'POLICE' } }, limburg());
    await allowed(ARCHIVE, { id, v: 3 }, limburg());
  });

  test('agreements and counterparts need both parties in the scope', async () => {
    const genk = await org(['region-mun-genk']);
    const antwerpen = await org(['region-mun-antwerpen']);
    const AGREEMENT =
      'mutation($i: SharingAgreementInput!) { createSharingAgreement(input: $i) { id } }';
    const input = (fromId: string, toId: string) => ({
      i: { fromId, toId, dataCategories: ['ADDRESS_DATA'], legalBasisIds: [legalBasis] },
    });
    await refused(AGREEMENT, input(genk, antwerpen), limburg());
    await refused(AGREEMENT, input(antwerpen, genk), antwerp());
    const made = await ok<{ createSharingAgreement: { id: string } }>(
      AGREEMENT,
      input(genk, antwerpen),
    );
    const agreement = made.createSharingAgreement.id;
    await refused(
      'mutation($id: ID!) { endSharingAgreement(id: $id, version: 1) { id } }',
      { id: agreement },
      limburg(),
    );
    await refused(
      'mutation($id: ID!) { updateSharingAgreement(id: $id, version: 1, patch: {mutual: true}) { id } }',
      { id: agreement },
      antwerp(),
    );
    const COUNTERPARTS =
      'mutation($id: ID!, $v: Int!, $ids: [ID!]!) { setOrganisationCounterparts(id: $id, version: $v, ids: $ids) { id } }';
    await refused(COUNTERPARTS, { id: genk, v: 1, ids: [antwerpen] }, limburg());
    await allowed(COUNTERPARTS, { id: genk, v: 1, ids: ['org-stad-genk'] }, limburg());
  });

  describe('a person who left Genk and now works in Antwerp', () => {
    let person = '';
    let genk = '';
    let antwerpen = '';
    const today = new Date().toISOString().slice(0, 10);

    beforeAll(async () => {
      genk = await org(['region-mun-genk']);
      antwerpen = await org(['region-mun-antwerpen']);
      const d = await ok<{ createPerson: { id: string } }>(
        'mutation($i: PersonInput!) { createPerson(input: $i) { id } }',
        {
          i: {
            firstName: 'Eva',
            lastName: 'Voorbeeld',
            email: `eva.voorbeeld.${run}@example.org`,
            phone: '+32 2 555 77 09',
            workplaceId: genk,
            from: '2020-01-01',
          },
        },
      );
      person = d.createPerson.id;
      personData.push(`eva.voorbeeld.${run}@example.org`);
      await ok(
        'mutation($id: ID!) { endPersonTie(id: $id, version: 1, to: "2024-12-31") { id } }',
        {
          id: person,
        },
      );
      await ok(
        'mutation($id: ID!, $w: ID!) { addPersonTie(id: $id, version: 2, workplaceId: $w, from: "2025-01-01") { id } }',
        { id: person, w: antwerpen },
      );
      // Overdue for verification, and reported as wrong by a staff member.
      await t.db.driver.executeQuery(
        "MATCH (p:Person {id: $id}) SET p.lastVerifiedAt = date('2020-01-01')",
        { id: person },
      );
      await t.gql(
        'mutation($id: ID!) { reportContact(id: $id, message: "Werkt niet meer in Genk") }',
        { id: person },
        users.staff.headers,
      );
    });

    test('the Limburg coordinator can no longer edit, archive or end their Antwerp tie', async () => {
      const v = await versionOf(person);
      await refused(
        'mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, patch: {email: "eva@example.org", phone: "+32 2 555 77 10"}) { id } }',
        { id: person, v },
        limburg(),
      );
      await refused(
        'mutation($id: ID!, $v: Int!) { archiveContact(id: $id, version: $v) { id } }',
        { id: person, v },
        limburg(),
      );
      await refused(
        'mutation($id: ID!, $v: Int!, $to: Date!) { endPersonTie(id: $id, version: $v, to: $to) { id } }',
        { id: person, v, to: today },
        limburg(),
      );
      // Their Antwerp coordinator can.
      await allowed(
        'mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, patch: {phone: "+32 2 555 77 11"}) { id } }',
        { id: person, v },
        antwerp(),
      );
    });

    test('nor sees them in the verification queue or their reports; Antwerp does', async () => {
      const QUEUE =
        '{ overdueContacts(first: 200) { id } contactReports(first: 200) { contact { id } } }';
      const forLimburg = JSON.stringify((await allowed(QUEUE, {}, limburg())) ?? {});
      const forAntwerp = JSON.stringify((await allowed(QUEUE, {}, antwerp())) ?? {});
      expect(forLimburg).not.toContain(person);
      expect(forAntwerp.split(person).length - 1).toBe(2);
    });

    test('with a tie in both provinces, Limburg edits them but cannot end or archive the Antwerp side', async () => {
      const v = await versionOf(person);
      await ok(
        'mutation($id: ID!, $v: Int!, $w: ID!) { addPersonTie(id: $id, version: $v, workplaceId: $w, from: "2025-06-01") { id } }',
        { id: person, v, w: genk },
      );
      await allowed(
        'mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, patch: {phone: "+32 2 555 77 12"}) { id } }',
        { id: person, v: v + 1 },
        limburg(),
      );
      await refused(
        'mutation($id: ID!, $v: Int!, $to: Date!) { endPersonTie(id: $id, version: $v, to: $to) { id } }',
        { id: person, v: v + 2, to: today },
        limburg(),
      );
      await refused(
        'mutation($id: ID!, $v: Int!) { archiveContact(id: $id, version: $v) { id } }',
        { id: person, v: v + 2 },
        limburg(),
      );
      await refused(
        'mutation($id: ID!, $v: Int!, $to: Date!, $w: ID!) { endPersonTie(id: $id, version: $v, to: $to, workplaceId: $w) { id } }',
        { id: person, v: v + 2, to: today, w: antwerpen },
        limburg(),
      );
      // Ending only the Genk tie stays inside Limburg; the Antwerp tie keeps running.
      await allowed(
        'mutation($id: ID!, $v: Int!, $to: Date!, $w: ID!) { endPersonTie(id: $id, version: $v, to: $to, workplaceId: $w) { id } }',
        { id: person, v: v + 2, to: today, w: genk },
        limburg(),
      );
      const { records } = await t.db.driver.executeQuery(
        'MATCH (:Person {id: $id})-[w:WORKS_AT]->(o) WHERE w.to IS NULL RETURN collect(o.id) AS running',
        { id: person },
      );
      expect(records[0]!.get('running')).toEqual([antwerpen]);
    });
  });

  describe('the CSV import applies the same rules', () => {
    const DRY = graphql(
      'mutation($csv: String!) { importDryRun(csv: $csv) { rows { action problems { field code } } } }',
    );

    async function dryRun(csv: string, headers: Record<string, string>) {
      const body = await t.gql(DRY, { csv }, headers);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!.importDryRun.rows;
    }

    test('removing the Antwerp coverage or renaming the shared organisation is rejected; a Limburg-only change is not', async () => {
      const rows = await dryRun(
        `organisation_id;coverage\n${SHARED};region-arr-limburg\n`,
        limburg(),
      );
      expect(rows[0]!.action).toBe('REJECT');
      expect(rows[0]!.problems.map((p) => p.code)).toContain('coverage_removal_out_of_scope');
      const rename = await dryRun(
        `organisation_id;organisation\n${SHARED};Arbeidsauditoraat Limburg\n`,
        limburg(),
      );
      expect(rename[0]!.action).toBe('REJECT');
      expect(rename[0]!.problems.map((p) => p.code)).toContain('admin_required');
      // Adding a Limburg region while keeping the Antwerp one is a change inside the scope.
      const add = await dryRun(
        `organisation_id;coverage\n${SHARED};region-arr-antwerpen|region-arr-limburg|region-mun-genk\n`,
        limburg(),
      );
      expect(add[0]).toMatchObject({ action: 'UPDATE', problems: [] });
      const own = await org(['region-mun-genk']);
      const inside = await dryRun(
        `organisation_id;coverage\n${own};region-mun-hasselt\n`,
        limburg(),
      );
      expect(inside[0]).toMatchObject({ action: 'UPDATE', problems: [] });
    });
  });
});
