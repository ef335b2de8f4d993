/**
 * "Report this contact": a signed-in staff member says what is wrong; the report reaches the
 * coordinators in scope with the reporter and the reason; other staff see "reported, being
 * checked" until a coordinator resolves it; one open report per reporter and contact; anonymous
 * visitors are refused; every input is validated, in the user's language.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentText, graphql, type TadaDocumentNode } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_ORGANISATION = graphql(
  'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
);
const CREATE_CONTACT_POINT = graphql(
  'mutation($input: ContactPointInput!) { createContactPoint(input: $input) { id } }',
);
const CONTACT_REPORT_MARKERS = graphql(
  'query($ids: [ID!]!) { contactReportMarkers(ids: $ids) { contactId reported reportedByYou } }',
);
const RESOLVE_CONTACT_REPORT = graphql('mutation($id: ID!) { resolveContactReport(id: $id) }');

let t: TestApp;
let staff: TestUser;
let colleague: TestUser;
let inScope: TestUser;
let outOfScope: TestUser;
/** What this file creates: an organisation in Genk with contact points, removed afterwards. */
const created: string[] = [];
let seq = 0;

const REPORT = graphql(`mutation($id: ID!, $reason: ContactReportReason, $message: String) {
  reportContact(id: $id, reason: $reason, message: $message) }`);
const MARKER = graphql(`query($id: ID!) { contact(id: $id) { id reported reportedByYou } }`);
const QUEUE = graphql(
  `{ contactReports(first: 200) { id reason message userEmail status contact { id } } }`,
);

async function ok<R, V>(query: TadaDocumentNode<R, V>, variables: V, as: TestUser) {
  const body = await t.gql(query, variables, as.headers);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A fresh contact point of an organisation that covers Genk (so in the Limburg scope). */
async function newContactPoint(): Promise<string> {
  const org = await ok(
    CREATE_ORGANISATION,
    {
      input: {
        name: `ZZ Reports Org ${Date.now()}-${++seq}`,
        type: 'SOCIAL_SERVICE',
        country: 'BE',
        coverage: ['region-mun-genk'],
      },
    },
    inScope,
  );
  created.push(org.createOrganisation.id);
  const cp = await ok(
    CREATE_CONTACT_POINT,
    {
      input: {
        ownerId: org.createOrganisation.id,
        name: { nl: `ZZ Reports Meldpunt ${seq}` },
        kind: 'MAILBOX',
        email: 'team@example.be',
        phone: '+32 89 55 50 12',
      },
    },
    inScope,
  );
  created.push(cp.createContactPoint.id);
  return cp.createContactPoint.id;
}

async function queue(as: TestUser, contactId: string) {
  const data = await ok(QUEUE, {}, as);
  return data.contactReports.filter((r) => r.contact.id === contactId);
}

async function marker(as: TestUser | null, id: string) {
  const body = await t.gql(MARKER, { id }, as?.headers ?? {});
  expect(body.errors).toBeUndefined();
  const { reported, reportedByYou } = body.data!.contact!;
  return { reported, reportedByYou };
}

/** The reports and audit events stored about a contact, straight from the database. */
async function stored(contactId: string) {
  const { records } = await t.db.driver.executeQuery(
    `MATCH (c:Entity {id: $id})
     RETURN COUNT { (:ContactReport)-[:ABOUT]->(c) } AS reports,
            COLLECT { MATCH (e:AuditEvent {entityId: $id, action: 'REPORT'}) RETURN e {.userId, .changes} } AS events`,
    { id: contactId },
  );
  return {
    reports: Number(records[0]!.get('reports')),
    events: records[0]!.get('events') as { userId: string; changes: string }[],
  };
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  colleague = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  inScope = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-limburg-be'] });
  outOfScope = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-antwerpen'] });
}, 300_000);

afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id IN $ids
     OPTIONAL MATCH (r:ContactReport)-[:ABOUT]->(n)
     OPTIONAL MATCH (e:AuditEvent) WHERE e.entityId = n.id
     DETACH DELETE r, e, n`,
    { ids: created },
  );
  await removeTestUsers(t);
  await t.close();
});

describe('reporting a contact', () => {
  test('the report reaches the coordinators in scope with the reporter and the reason, audited', async () => {
    const cp = await newContactPoint();
    const sent = await ok(
      REPORT,
      { id: cp, reason: 'WRONG_NUMBER', message: '  Het nummer is niet in gebruik  ' },
      staff,
    );
    expect(sent.reportContact).toBe(true);

    expect(await queue(inScope, cp)).toEqual([
      {
        id: expect.stringMatching(/^report-/),
        reason: 'WRONG_NUMBER',
        message: 'Het nummer is niet in gebruik',
        userEmail: staff.email,
        status: 'OPEN',
        contact: { id: cp },
      },
    ]);
    // A coordinator elsewhere does not get it.
    expect(await queue(outOfScope, cp)).toEqual([]);

    const { events } = await stored(cp);
    expect(events).toHaveLength(1);
    expect(events[0]!.userId).toBe(staff.id);
    expect(JSON.parse(events[0]!.changes)).toEqual([
      { field: 'reason', from: null, to: 'WRONG_NUMBER' },
      { field: 'report', from: null, to: 'Het nummer is niet in gebruik' },
    ]);
  });

  test('a reason alone is enough: the message is optional except for "other"', async () => {
    const cp = await newContactPoint();
    await ok(REPORT, { id: cp, reason: 'LEFT_ORGANISATION' }, staff);
    const [row] = await queue(inScope, cp);
    expect(row).toMatchObject({ reason: 'LEFT_ORGANISATION', message: null });
  });

  test('other staff see "reported, being checked"; the reporter sees it as theirs; anonymous visitors see nothing', async () => {
    const cp = await newContactPoint();
    expect(await marker(colleague, cp)).toEqual({ reported: false, reportedByYou: false });
    await ok(REPORT, { id: cp, reason: 'WRONG_ROLE' }, staff);

    expect(await marker(colleague, cp)).toEqual({ reported: true, reportedByYou: false });
    expect(await marker(staff, cp)).toEqual({ reported: true, reportedByYou: true });
    expect(await marker(null, cp)).toEqual({ reported: null, reportedByYou: null });

    // Many contacts at once (a who-to-call answer): one row per contact, none for unknown ids.
    const other = await newContactPoint();
    const markers = await ok(
      CONTACT_REPORT_MARKERS,
      { ids: [cp, other, 'cp-does-not-exist', cp] },
      colleague,
    );
    expect(markers.contactReportMarkers).toEqual([
      { contactId: cp, reported: true, reportedByYou: false },
      { contactId: other, reported: false, reportedByYou: false },
    ]);
    const anonymous = await t.gql('query { contactReportMarkers(ids: ["x"]) { reported } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a second open report by the same person is refused politely and changes nothing; a colleague can still report', async () => {
    const cp = await newContactPoint();
    await ok(REPORT, { id: cp, reason: 'WRONG_NUMBER' }, staff);

    for (const [lang, text] of [
      ['nl', 'U hebt dit contact al gemeld'],
      ['fr', 'Vous avez déjà signalé ce contact'],
      ['en', 'You have already reported this contact'],
    ] as const) {
      const again = await t.gql(
        REPORT,
        { id: cp, reason: 'OTHER', message: 'Nog steeds fout' },
        { ...staff.headers, 'accept-language': lang },
      );
      expect(again.data?.reportContact ?? null).toBeNull();
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'id', code: 'already_reported', message: expect.stringContaining(text) },
        ],
      });
    }
    expect(await stored(cp)).toMatchObject({ reports: 1, events: [{ userId: staff.id }] });

    await ok(REPORT, { id: cp, reason: 'LEFT_ORGANISATION' }, colleague);
    expect((await queue(inScope, cp)).map((r) => [r.userEmail, r.reason])).toEqual([
      [staff.email, 'WRONG_NUMBER'],
      [colleague.email, 'LEFT_ORGANISATION'],
    ]);
  });

  test('resolving clears the marker: once every open report is resolved, nobody sees it', async () => {
    const cp = await newContactPoint();
    await ok(REPORT, { id: cp, reason: 'WRONG_NUMBER' }, staff);
    await ok(REPORT, { id: cp, reason: 'OTHER', message: 'Mailbox bestaat niet meer' }, colleague);
    const [first, second] = await queue(inScope, cp);

    await ok(RESOLVE_CONTACT_REPORT, { id: first!.id }, inScope);
    // The colleague's report is still open: still being checked, no longer the staff member's.
    expect(await marker(staff, cp)).toEqual({ reported: true, reportedByYou: false });
    expect(await marker(colleague, cp)).toEqual({ reported: true, reportedByYou: true });
    expect((await queue(inScope, cp)).map((r) => r.id)).toEqual([second!.id]);

    await ok(RESOLVE_CONTACT_REPORT, { id: second!.id }, inScope);
    expect(await marker(staff, cp)).toEqual({ reported: false, reportedByYou: false });
    expect(await marker(colleague, cp)).toEqual({ reported: false, reportedByYou: false });
    expect(await queue(inScope, cp)).toEqual([]);

    // Resolved, the same person may report it again.
    await ok(REPORT, { id: cp, reason: 'WRONG_NUMBER' }, staff);
    expect(await marker(colleague, cp)).toEqual({ reported: true, reportedByYou: false });
  });

  test('an anonymous visitor is refused (UNAUTHENTICATED) and nothing is stored', async () => {
    const cp = await newContactPoint();
    const body = await t.gql(REPORT, { id: cp, reason: 'WRONG_NUMBER' });
    expect(body.data?.reportContact ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await stored(cp)).toEqual({ reports: 0, events: [] });
  });

  test('invalid input is refused per field, in the user’s language, and stores nothing', async () => {
    const cp = await newContactPoint();
    const cases: [
      Record<string, unknown>,
      string,
      { field: string; code: string; message: string },
    ][] = [
      [
        { reason: 'OTHER' },
        'nl',
        { field: 'message', code: 'required', message: 'Dit veld is verplicht' },
      ],
      [
        { reason: 'OTHER', message: '   ' },
        'fr',
        { field: 'message', code: 'required', message: 'Ce champ est obligatoire' },
      ],
      [
        { reason: 'WRONG_NUMBER', message: 'x'.repeat(1001) },
        'en',
        { field: 'message', code: 'too_long', message: 'At most 1000 characters' },
      ],
      [
        { reason: 'WRONG_ROLE', message: 'Bel\u0007 niet' },
        'nl',
        { field: 'message', code: 'control_characters', message: 'Bevat onzichtbare stuurtekens' },
      ],
    ];
    for (const [args, lang, problem] of cases) {
      const body = await t.gql(
        REPORT,
        { id: cp, ...args },
        { ...staff.headers, 'accept-language': lang },
      );
      expect(body.errors?.[0]?.extensions, JSON.stringify(args).slice(0, 80)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [problem],
      });
    }
    // An unknown reason is not in the enum; an unknown contact is not found.
    // Sent as text: the typed variables would not allow a reason outside the enum.
    const unknownReason = await t.gql(
      documentText(REPORT),
      { id: cp, reason: 'RUDE' },
      staff.headers,
    );
    expect(unknownReason.errors?.length).toBeGreaterThan(0);
    const unknownContact = await t.gql(
      REPORT,
      { id: 'cp-zz-nobody', reason: 'WRONG_NUMBER' },
      staff.headers,
    );
    expect(unknownContact.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // An organisation is no contact.
    const organisation = await t.gql(
      REPORT,
      { id: 'org-stad-genk', reason: 'WRONG_NUMBER' },
      staff.headers,
    );
    expect(organisation.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect(await stored(cp)).toEqual({ reports: 0, events: [] });
    expect(await marker(colleague, cp)).toEqual({ reported: false, reportedByYou: false });
  });
});
