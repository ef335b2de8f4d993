/**
 * Many clients editing the same few records at once, as an administrator and as a coordinator in
 * scope: each reads the version, writes a unique value, and on CONFLICT takes the current state
 * from the error and tries again. Afterwards, per record, the audit events form one unbroken chain
 * from the first value to the stored one (no lost update), the version counts them, each conflict
 * told the truth about the current state, and rejected writes left no trace.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  graphql,
  type ResultOf,
  type TadaDocumentNode,
  type VariablesOf,
} from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { reportFigures } from './support/figures';
import { WriteLedger } from './support/ledger';
import { pick } from './support/profile';

const CREATE_ORGANISATION = graphql(
  'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
);
const CREATE_CONTACT_POINT = graphql(
  'mutation($input: ContactPointInput!) { createContactPoint(input: $input) { id } }',
);

const CLIENTS = pick(8, 24);
const ROUNDS = pick(6, 40);
const RECORDS = pick(2, 4);
const DUPLICATE_NAMES = pick(3, 10);
const PREFIX = 'ZZ Concurrency';

let t: TestApp;
let admin: TestUser;
let coordinator: TestUser;
const orgs: string[] = [];
const cps: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
  coordinator = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-limburg-be'] });
  for (let i = 0; i < RECORDS; i++) {
    const org = await t.gql(
      CREATE_ORGANISATION,
      {
        input: {
          name: `${PREFIX} ${Date.now()} ${i}`,
          type: 'OTHER',
          country: 'BE',
          coverage: ['region-mun-genk'],
        },
      },
      admin.headers,
    );
    const orgId = org.data!.createOrganisation.id;
    orgs.push(orgId);
    const cp = await t.gql(
      CREATE_CONTACT_POINT,
      { input: { ownerId: orgId, name: { nl: `${PREFIX} meldpunt ${i}` }, kind: 'DESK' } },
      admin.headers,
    );
    cps.push(cp.data!.createContactPoint.id);
  }
}, 300_000);

afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (o:Organisation) WHERE o.name STARTS WITH $prefix
     OPTIONAL MATCH (c)-[:BELONGS_TO]->(o)
     WITH collect(o) + collect(c) AS nodes
     UNWIND nodes AS n
     OPTIONAL MATCH (e:AuditEvent {entityId: n.id})
     DETACH DELETE e, n`,
    { prefix: PREFIX },
  );
  await removeTestUsers(t);
  await t.close();
});

/** The write of a kind: its result is the changed record's version, under the mutation's name. */
type Write = TadaDocumentNode<
  Record<string, { version: number }>,
  { id: string; v: number; x?: string | null }
>;

interface Kind {
  field: string;
  ids: string[];
  read: TadaDocumentNode<Record<string, { version: number } | null>, { id: string }>;
  write: Write;
  variables(id: string, version: number, value: string): VariablesOf<Write>;
  version(data: ResultOf<Write>): number;
}

const KINDS: Record<'contactPoint' | 'organisation', Kind> = {
  contactPoint: {
    field: 'hoursNl',
    ids: cps,
    read: graphql('query($id: ID!) { contact(id: $id) { version } }'),
    write: graphql(`mutation($id: ID!, $v: Int!, $x: String) {
      updateContactPoint(id: $id, version: $v, patch: {hours: {nl: $x}}) { version } }`),
    variables: (id, v, x) => ({ id, v, x }),
    version: (data) => data.updateContactPoint!.version,
  },
  organisation: {
    field: 'shortName',
    ids: orgs,
    read: graphql('query($id: ID!) { organisation(id: $id) { version } }'),
    write: graphql(`mutation($id: ID!, $v: Int!, $x: String) {
      updateOrganisation(id: $id, version: $v, patch: {shortName: $x}) { version } }`),
    variables: (id, v, x) => ({ id, v, x }),
    version: (data) => data.updateOrganisation!.version,
  },
};

test('no lost update, every conflict reported with the current state, one audit event per successful write', async () => {
  const ledgers = {
    contactPoint: new WriteLedger([admin.id, coordinator.id], 'hoursNl'),
    organisation: new WriteLedger([admin.id, coordinator.id], 'shortName'),
  };
  const conflicts: {
    kind: keyof typeof KINDS;
    id: string;
    sent: number;
    current: Record<string, unknown>;
  }[] = [];
  const problems: string[] = [];
  let retriedOk = 0;

  const client = async (c: number) => {
    const who = c % 2 ? coordinator : admin;
    for (let r = 0; r < ROUNDS; r++) {
      const kindName = (c + r) % 2 ? 'organisation' : 'contactPoint';
      const kind = KINDS[kindName];
      const id = kind.ids[Math.floor((c * 5 + r * 3) / 2) % kind.ids.length]!;
      const read = await t.gql(kind.read, { id }, who.headers);
      let version = Object.values(read.data ?? {})[0]?.version ?? 1;
      // First try, then one retry from the state the conflict reports.
      for (let attempt = 0; attempt < 2; attempt++) {
        const value = `c${c} r${r} a${attempt}`;
        const body = await t.gql(kind.write, kind.variables(id, version, value), who.headers);
        const error = body.errors?.[0];
        const code = String(error?.extensions?.code ?? 'ok');
        ledgers[kindName].updates.push({ id, value, outcome: error ? 'rejected' : 'ok', code });
        if (!error) {
          const next = kind.version(body.data!);
          if (next !== version + 1) problems.push(`${id}: version ${version} became ${next}`);
          if (attempt > 0) retriedOk++;
          break;
        }
        if (code !== 'CONFLICT') {
          problems.push(`${id}: ${code} ${error?.message}`);
          break;
        }
        const current = error?.extensions?.current as Record<string, unknown>;
        conflicts.push({ kind: kindName, id, sent: version, current });
        if (typeof current?.version !== 'number' || current.version <= version)
          problems.push(
            `${id}: conflict at version ${version} reports version ${String(current?.version)}`,
          );
        version = Number(current?.version);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

  // The records were created by the same accounts: their creation events are expected too.
  const cpFigures = await ledgers.contactPoint.verify(t.db.driver, [...orgs, ...cps]);
  const orgFigures = await ledgers.organisation.verify(t.db.driver, [...orgs, ...cps]);

  // Each conflict's "current" state is the one the audit chain had at that version.
  const { records } = await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.entityId IN $ids AND e.action = 'UPDATE'
       RETURN e.entityId AS id, e.changes AS changes`,
    { ids: [...orgs, ...cps] },
  );
  const valueAt = new Map<string, unknown>();
  const chains = new Map<string, Map<unknown, unknown>>();
  for (const row of records) {
    const [change] = JSON.parse(row.get('changes')) as { from: unknown; to: unknown }[];
    const id = row.get('id') as string;
    const chain = chains.get(id) ?? new Map();
    chain.set(change?.from ?? null, change?.to ?? null);
    chains.set(id, chain);
  }
  for (const [id, chain] of chains) {
    let value: unknown = null;
    for (let v = 1; ; v++) {
      valueAt.set(`${id}@${v}`, value);
      if (!chain.has(value)) break;
      value = chain.get(value);
    }
  }
  for (const c of conflicts) {
    const field = KINDS[c.kind].field;
    const expected = valueAt.get(`${c.id}@${String(c.current.version)}`);
    if ((c.current[field] ?? null) !== (expected ?? null))
      problems.push(
        `${c.id}: conflict reported ${field}=${String(c.current[field])} at version ${String(c.current.version)}, the audit chain says ${String(expected)}`,
      );
  }

  const writes = ledgers.contactPoint.updates.length + ledgers.organisation.updates.length;
  await reportFigures('concurrency', {
    clients: CLIENTS,
    records: RECORDS * 2,
    writesTried: writes,
    writesOk: cpFigures.writesOk + orgFigures.writesOk,
    conflictsSeen: conflicts.length,
    retriesThatSucceeded: retriedOk,
    recordsVerified: cpFigures.recordsVerified + orgFigures.recordsVerified,
    auditEventsVerified: cpFigures.auditEventsVerified + orgFigures.auditEventsVerified,
    lostUpdates: cpFigures.problems.length + orgFigures.problems.length,
  });
  expect(problems).toEqual([]);
  expect(cpFigures.problems).toEqual([]);
  expect(orgFigures.problems).toEqual([]);
  expect(cpFigures.committedDespiteFailure + orgFigures.committedDespiteFailure).toBe(0);
  expect(conflicts.length).toBeGreaterThan(0);
}, 600_000);

test('the same new organisation created by many clients at once: one wins, the others get DUPLICATE, one audit event', async () => {
  let duplicates = 0;
  for (let n = 0; n < DUPLICATE_NAMES; n++) {
    const name = `${PREFIX} duplicate ${Date.now()} ${n}`;
    const bodies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.gql(
          'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
          { input: { name, type: 'OTHER', country: i % 2 ? 'NL' : 'BE', coverage: [] } },
          admin.headers,
        ),
      ),
    );
    const codes = bodies.map((b) => String(b.errors?.[0]?.extensions?.code ?? 'ok')).sort();
    expect(codes).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'ok']);
    duplicates += 5;
    const { records } = await t.db.driver.executeQuery(
      `MATCH (o:Organisation {name: $name})
         RETURN COUNT { MATCH (e:AuditEvent {entityId: o.id, action: 'CREATE'}) } AS events`,
      { name },
    );
    // One organisation, with one creation event.
    expect(records.map((r) => Number(r.get('events')))).toEqual([1]);
  }
  await reportFigures('concurrency (duplicate creates)', {
    names: DUPLICATE_NAMES,
    racingClients: 6,
    duplicatesRefused: duplicates,
  });
}, 300_000);
