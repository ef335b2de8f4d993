/**
 * The first call: the ranking rules one by one (rankFirstCall is pure), then the answer on the
 * demo network through GraphQL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentText, graphql, type VariablesOf } from '../../client/src/lib/documents';
import {
  type FirstCallCandidate,
  rankCandidates,
  rankFirstCall,
} from '../../server/src/routing/first-call';
import type { Scope } from '../../server/src/routing/routing.repository';
import type { Priority, Role } from '../../server/src/shared/codes';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const SCOPE_DISTANCE: Record<Scope, number> = {
  LOCAL: 0,
  REGIONAL: 1,
  NATIONAL: 3,
  CROSS_BORDER: 0,
};

/** A contact with sensible defaults: a verified primary signal desk of a local partner. */
function candidate(
  id: string,
  over: Partial<Omit<FirstCallCandidate, 'ties'>> & {
    role?: Role | null;
    priority?: Priority;
    ties?: FirstCallCandidate['ties'];
  } = {},
): FirstCallCandidate {
  const { role = 'SIGNAL', priority = 'PRIMARY', ...rest } = over;
  const scope = rest.scope ?? 'LOCAL';
  return {
    organisationId: `org-${id}`,
    organisationName: `Partner ${id}`,
    scope,
    distance: SCOPE_DISTANCE[scope],
    pathIds: ['region-mun-x'],
    viaId: null,
    contactId: `cp-${id}`,
    contactName: `Desk ${id}`,
    ties: [{ role, priority }],
    organisationRoles: role ? [role] : [],
    phone: '+3211555000',
    verifiedAt: '2026-10-01',
    stale: false,
    ...rest,
  };
}

/** Every order of a list (for small lists): the ranking may not depend on the input order. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const ids = (list: { candidate: FirstCallCandidate }[]) => list.map((r) => r.candidate.contactId);

describe('rankFirstCall: the ranking, criterion by criterion', () => {
  test('role fit comes first: a national signal desk before a local adviser when signalling, and the other way round for advice', () => {
    const adviser = candidate('adviser', { role: 'ADVISE', scope: 'LOCAL' });
    const signalDesk = candidate('signal', { role: 'SIGNAL', scope: 'NATIONAL' });
    const coordinator = candidate('coordinator', { role: 'COORDINATE', scope: 'LOCAL' });
    for (const order of permutations([adviser, signalDesk, coordinator])) {
      expect(ids(rankCandidates(order, 'SIGNAL'))).toEqual([
        'cp-signal', // the role the need asks for
        'cp-coordinator', // a role that takes a signal further
        'cp-adviser', // does not fit: last however near
      ]);
      expect(ids(rankCandidates(order, 'ADVICE'))).toEqual([
        'cp-adviser',
        'cp-coordinator',
        'cp-signal',
      ]);
    }
  });

  test('at equal fit, nearest coverage first: municipality, region (nearer region first), national, across the border', () => {
    const list = [
      candidate('border', { scope: 'CROSS_BORDER' }),
      candidate('national', { scope: 'NATIONAL' }),
      candidate('province', { scope: 'REGIONAL', distance: 2 }),
      candidate('zone', { scope: 'REGIONAL', distance: 1 }),
      candidate('city', { scope: 'LOCAL' }),
    ];
    for (const order of permutations(list)) {
      expect(ids(rankCandidates(order, 'SIGNAL'))).toEqual([
        'cp-city',
        'cp-zone',
        'cp-province',
        'cp-national',
        'cp-border',
      ]);
    }
  });

  test('at equal fit and coverage: primary before backup, then verified before stale, then name', () => {
    const list = [
      candidate('d-backup', { priority: 'BACKUP' }),
      candidate('c-stale', { stale: true, verifiedAt: '2024-01-01' }),
      candidate('b-verified'),
      candidate('a-stale-backup', { priority: 'BACKUP', stale: true }),
      candidate('a-verified'),
    ];
    for (const order of permutations(list)) {
      expect(ids(rankCandidates(order, 'SIGNAL'))).toEqual([
        'cp-a-verified',
        'cp-b-verified',
        'cp-c-stale',
        'cp-d-backup',
        'cp-a-stale-backup',
      ]);
    }
  });

  test('a contact counts with the priority of the role that fits: backup for signals though primary for screening', () => {
    const screener = candidate('screener', {
      ties: [
        { role: 'SCREEN', priority: 'PRIMARY' },
        { role: 'SIGNAL', priority: 'BACKUP' },
      ],
    });
    const desk = candidate('desk', { role: 'SIGNAL', priority: 'PRIMARY' });
    for (const order of permutations([screener, desk])) {
      const ranked = rankCandidates(order, 'SIGNAL');
      expect(ids(ranked)).toEqual(['cp-desk', 'cp-screener']);
      expect(ranked[1]).toMatchObject({ role: 'SIGNAL', priority: 'BACKUP', fit: 'NEED' });
    }
    // For advice neither fits through its own roles; screening is related, signalling is not.
    expect(rankCandidates([desk, screener], 'ADVICE')[0]).toMatchObject({
      role: 'SCREEN',
      fit: 'RELATED',
    });
  });

  test("a tie without a role counts with the partner's roles", () => {
    const unnamed = candidate('unnamed', { role: null, organisationRoles: ['INSPECT'] });
    const other = candidate('other', { role: 'SIGNAL' });
    expect(ids(rankCandidates([other, unnamed], 'INSPECTION'))).toEqual(['cp-unnamed', 'cp-other']);
  });

  test("the caller's own organisation is never the first call: its contacts are own colleagues", () => {
    const own = candidate('own', { organisationId: 'org-mine' });
    const ownScreening = candidate('own-screening', {
      organisationId: 'org-mine',
      role: 'SCREEN',
    });
    const partner = candidate('partner', { scope: 'REGIONAL' });
    for (const order of permutations([own, ownScreening, partner])) {
      const answer = rankFirstCall(order, { need: 'SIGNAL', callerOrganisationId: 'org-mine' });
      expect(ids(answer.firstCall)).toEqual(['cp-partner']);
      expect(ids(answer.ownColleagues)).toEqual(['cp-own']);
    }
    // Anonymous (no organisation): the same contact is simply the first call.
    const anonymous = rankFirstCall([partner, own], { need: 'SIGNAL', callerOrganisationId: null });
    expect(ids(anonymous.firstCall)).toEqual(['cp-own']);
    expect(anonymous.ownColleagues).toEqual([]);
  });

  test('a second contact only when it is as good a fit and as near; never one without a phone first', () => {
    const desk = candidate('desk');
    const backup = candidate('backup', { priority: 'BACKUP' });
    const regional = candidate('regional', { scope: 'REGIONAL' });
    const mailbox = candidate('mailbox', { phone: null });
    const both = rankFirstCall([regional, backup, mailbox, desk], {
      need: 'SIGNAL',
      callerOrganisationId: null,
    });
    expect(ids(both.firstCall)).toEqual(['cp-desk', 'cp-backup']);
    const alone = rankFirstCall([regional, mailbox, desk], {
      need: 'SIGNAL',
      callerOrganisationId: null,
    });
    expect(ids(alone.firstCall)).toEqual(['cp-desk']);
    // Nobody has a phone: the best contact is still named.
    expect(
      ids(rankFirstCall([mailbox], { need: 'SIGNAL', callerOrganisationId: null }).firstCall),
    ).toEqual(['cp-mailbox']);
    expect(rankFirstCall([], { need: 'SIGNAL', callerOrganisationId: null })).toEqual({
      firstCall: [],
      ownColleagues: [],
    });
  });
});

const FIRST_CALL = graphql(`query($input: WhoToCallInput!) { whoToCall(input: $input) {
  need
  entries { organisation { id } scope contacts { contact { id } } }
  firstCall { organisation { id name } contact { __typename id phone }
    reason { need roleFit role scope coveredRegion { id name type } priority verifiedAt stale } }
  ownColleagues { organisation { id } contact { id } reason { role } } } }`);
/** The same request, for inputs the schema's types would not allow. */
const FIRST_CALL_TEXT = documentText(FIRST_CALL);

describe('whoToCall.firstCall on the demo network', () => {
  let t: TestApp;
  let genkStaff: TestUser;
  /** The regions a Genk partner can cover: Genk and the regions it lies in (zone, arrondissement, province). */
  let aroundGenk: Set<string>;

  beforeAll(async () => {
    t = await createTestApp();
    genkStaff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
    const { records } = await t.db.driver.executeQuery(
      `MATCH (:Region {id: 'region-mun-genk'})-[:PART_OF*0..5]->(r:Region) WHERE r.type <> 'COUNTRY'
       RETURN collect(DISTINCT r.id) AS ids`,
    );
    aroundGenk = new Set(records[0]?.get('ids'));
  });
  afterAll(async () => {
    await removeTestUsers(t);
    await t.close();
  });

  const ask = (input: VariablesOf<typeof FIRST_CALL>['input'], headers?: Record<string, string>) =>
    t.gql(FIRST_CALL, { input }, headers);

  test('work, Genk, signalling: a signalling contact of a Genk or Limburg partner, not the caller’s own desk', async () => {
    const body = await ask({ barrier: 'WORK', region: 'region-mun-genk' }, genkStaff.headers);
    expect(body.errors).toBeUndefined();
    const answer = body.data!.whoToCall;
    expect(answer.need).toBe('SIGNAL');
    const [first] = answer.firstCall;
    expect(first).toBeDefined();
    expect(first!.reason).toMatchObject({ need: 'SIGNAL', roleFit: 'NEED', role: 'SIGNAL' });
    expect(['LOCAL', 'REGIONAL']).toContain(first!.reason.scope);
    expect(aroundGenk.has(first!.reason.coveredRegion!.id)).toBe(true);
    expect(first!.organisation.id).not.toBe('org-stad-genk');
    expect(first!.contact.phone).toMatch(/^\+32/);
    // The caller's own organisation is listed apart, with its own signalling desk first.
    expect(answer.ownColleagues.length).toBeGreaterThan(0);
    expect(answer.ownColleagues.every((c) => c.organisation.id === 'org-stad-genk')).toBe(true);
    expect(answer.ownColleagues[0]?.contact.id).toBe('cp-genk-mensenhandel');
    // Every first call is a contact the answer lists.
    const listed = new Set(answer.entries.flatMap((e) => e.contacts.map((c) => c.contact.id)));
    for (const call of answer.firstCall) expect(listed.has(call.contact.id)).toBe(true);
  });

  test('the need changes the first call: inspection in Genk goes to an inspecting contact', async () => {
    const signal = await ask({ barrier: 'WORK', region: 'region-mun-genk' }, genkStaff.headers);
    const inspection = await ask(
      { barrier: 'WORK', region: 'region-mun-genk', need: 'INSPECTION' },
      genkStaff.headers,
    );
    expect(inspection.errors).toBeUndefined();
    const first = inspection.data!.whoToCall.firstCall[0]!;
    expect(first.reason).toMatchObject({ need: 'INSPECTION', role: 'INSPECT', roleFit: 'NEED' });
    expect(first.contact.id).not.toBe(signal.data!.whoToCall.firstCall[0]!.contact.id);
  });

  test('anonymous: contact points only, no own colleagues; the city’s own desk may be the first call', async () => {
    const body = await ask({ barrier: 'WORK', region: 'region-mun-genk' });
    const answer = body.data!.whoToCall;
    expect(answer.firstCall.length).toBeGreaterThan(0);
    expect(answer.firstCall.every((c) => c.contact.__typename === 'ContactPoint')).toBe(true);
    expect(answer.ownColleagues).toEqual([]);
  });

  test('a first call for every barrier in every demo city, with a number to call', async () => {
    for (const city of ['genk', 'antwerpen', 'hasselt', 'tilburg', 'breda', 'eindhoven']) {
      for (const barrier of ['RECRUITMENT', 'ENTRY', 'IDENTITY', 'HOUSING', 'WORK', 'FINANCES']) {
        const body = await ask({ barrier, region: `region-mun-${city}` });
        expect(body.errors, `${barrier} ${city}`).toBeUndefined();
        const [first] = body.data!.whoToCall.firstCall;
        expect(first?.contact.phone, `${barrier} ${city}`).toMatch(/^\+3[12]/);
      }
    }
  });

  test('an unknown need is refused before anything runs', async () => {
    const body = await t.gql(FIRST_CALL_TEXT, {
      input: { barrier: 'WORK', region: 'region-mun-genk', need: 'GOSSIP' },
    });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/CallerNeed/);
  });
});
