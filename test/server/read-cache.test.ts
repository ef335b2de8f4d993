/**
 * The read cache (server/src/cache/read-cache.ts) as users meet it: an answer asked again comes
 * from memory, a change made through any server instance shows at the next question, and an
 * answer holding contact persons is never handed to another user.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import type { QueryName } from '../../server/src/db/query';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const WHO = graphql(`query {
  whoToCall(input: { region: "region-mun-genk", barrier: "HOUSING" }) {
    personsHidden
    entries {
      organisation { id name }
      contacts { contact { __typename id phone ... on ContactPoint { version } } }
    }
  }
}`);
const SET_PHONE = graphql(
  `mutation($id: ID!, $v: Int!, $p: String) { updateContactPoint(id: $id, version: $v, patch: {phone: $p}) { phone } }`,
);

/** Two server instances over the one database, each with its own cache. */
let one: TestApp;
let two: TestApp;
let admin: TestUser;
let staffA: TestUser;
let staffB: TestUser;

/** The queries an instance ran while `work` did, by name. */
async function queriesDuring(t: TestApp, work: () => Promise<unknown>) {
  const before = new Map(t.db.runsByName);
  await work();
  const ran = new Map<QueryName, number>();
  for (const [name, count] of t.db.runsByName) {
    const more = count - (before.get(name) ?? 0);
    if (more > 0) ran.set(name, more);
  }
  return ran;
}

/** The first contact point with a phone in an answer. */
function aContactPoint(body: Awaited<ReturnType<typeof ask>>) {
  for (const entry of body.data?.whoToCall.entries ?? []) {
    for (const { contact } of entry.contacts) {
      if (contact.__typename === 'ContactPoint' && contact.phone) return contact;
    }
  }
  throw new Error('the answer has no contact point with a phone');
}

function ask(t: TestApp, user?: TestUser) {
  return t.gql(WHO, {}, user?.headers);
}

const phones = (body: Awaited<ReturnType<typeof ask>>) =>
  body.data?.whoToCall.entries.flatMap((e) => e.contacts.map((c) => c.contact.phone));

beforeAll(async () => {
  one = await createTestApp(undefined, { readCache: true });
  two = await createTestApp(undefined, { readCache: true });
  admin = await createUser(one, 'ADMIN');
  staffA = await createUser(one, 'STAFF');
  staffB = await createUser(one, 'STAFF');
});

afterAll(async () => {
  await removeTestUsers(one);
  await one?.close();
  await two?.close();
});

describe('the read cache', () => {
  test('asked again, who to call comes from memory: one small version read instead of the query', async () => {
    const first = await ask(one);
    expect(first.errors).toBeUndefined();
    expect(first.data?.whoToCall.entries.length).toBeGreaterThan(0);
    let again: Awaited<ReturnType<typeof ask>> | undefined;
    const ran = await queriesDuring(one, async () => {
      again = await ask(one);
    });
    expect(again).toEqual(first);
    expect([...ran]).toEqual([['cache/network-version', 1]]);
  });

  test('a change made through another server instance shows at the next question', async () => {
    const before = await ask(one);
    const point = aContactPoint(before);
    const oldPhone = point.phone;
    const newPhone = '+32 11 99 00 11';
    const changed = await two.gql(
      SET_PHONE,
      { id: point.id, v: point.version, p: newPhone },
      admin.headers,
    );
    expect(changed.errors).toBeUndefined();
    try {
      let after: Awaited<ReturnType<typeof ask>> | undefined;
      const ran = await queriesDuring(one, async () => {
        after = await ask(one);
      });
      expect(ran.get('routing/who-to-call')).toBe(1);
      expect(phones(after as Awaited<ReturnType<typeof ask>>)).toContain(
        changed.data?.updateContactPoint.phone,
      );
      expect(phones(after as Awaited<ReturnType<typeof ask>>)).not.toContain(oldPhone);
    } finally {
      // Put the seed's number back, through the first instance: the second sees that too.
      const current = aContactPoint(await ask(one));
      const restored = await one.gql(
        SET_PHONE,
        { id: current.id, v: current.version, p: oldPhone },
        admin.headers,
      );
      expect(restored.errors).toBeUndefined();
    }
    expect(phones(await ask(two))).toContain(oldPhone);
    expect(phones(await ask(one))).toContain(oldPhone);
  });

  test('an answer with contact persons is kept for its user alone', async () => {
    const forA = await ask(one, staffA);
    expect(forA.data?.whoToCall.personsHidden).toBe(false);
    const typesA = forA.data?.whoToCall.entries.flatMap((e) =>
      e.contacts.map((c) => c.contact.__typename),
    );
    expect(typesA).toContain('Person');

    const anonymous = await ask(one);
    expect(anonymous.data?.whoToCall.personsHidden).toBe(true);
    const typesAnonymous = anonymous.data?.whoToCall.entries.flatMap((e) =>
      e.contacts.map((c) => c.contact.__typename),
    );
    expect(typesAnonymous).not.toContain('Person');

    // Another signed-in user gets an answer read for them, not A's.
    const ran = await queriesDuring(one, () => ask(one, staffB));
    expect(ran.get('routing/who-to-call')).toBe(1);
    // A again: from memory.
    const ranA = await queriesDuring(one, () => ask(one, staffA));
    expect(ranA.get('routing/who-to-call')).toBeUndefined();
  });

  test('off (READ_CACHE=false, and in-process by default), every question reads the database', async () => {
    const plain = await createTestApp();
    try {
      await ask(plain);
      const ran = await queriesDuring(plain, () => ask(plain));
      expect(ran.get('routing/who-to-call')).toBe(1);
      expect(ran.has('cache/network-version')).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
