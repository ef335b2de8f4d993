/** Accounts for suites that talk to a server over HTTP: created in Neo4j, signed in through the API. */
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { UserRole } from '../../../server/src/auth/auth.repository';
import { hashPassword } from '../../../server/src/auth/password';
import { postGql } from './http';

export interface Account {
  id: string;
  email: string;
  password: string;
  token: string;
  headers: Record<string, string>;
}

/** Creates a user straight in Neo4j (marked test: true) and signs it in for a bearer token. */
export async function createAccount(
  driver: Driver,
  url: string,
  role: UserRole,
  scopeRegionIds: string[] = [],
): Promise<Account> {
  const id = `user-test-${randomBytes(6).toString('hex')}`;
  const email = `${id}@example.org`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  await driver.executeQuery(
    `CREATE (u:User {id: $id, email: $email, name: $name, role: $role, passwordHash: $hash, disabled: false, test: true})
     WITH u
     OPTIONAL MATCH (r:Region) WHERE r.id IN $scope
     FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | CREATE (u)-[:COORDINATES]->(r))`,
    {
      id,
      email,
      name: `Reliability ${role.toLowerCase()}`,
      role,
      hash: await hashPassword(password),
      scope: scopeRegionIds,
    },
  );
  const answer = await postGql<{ signIn: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
    { e: email, p: password },
    {},
    // The first request of a fresh server (a cold JVM, a password hash) on a busy machine: bounded
    // generously, since it is a set-up step and not what is measured.
    120_000,
  );
  const token = answer.body?.data?.signIn.token;
  if (!token) throw new Error(`could not sign in ${email}: ${answer.text || answer.failure}`);
  return { id, email, password, token, headers: { authorization: `Bearer ${token}` } };
}

/** Creates an organisation and one contact point per client through the API; returns them. */
export async function createContactPoints(
  url: string,
  headers: Record<string, string>,
  count: number,
  label: string,
): Promise<{ orgId: string; contactPoints: { id: string; version: number }[] }> {
  const org = await postGql<{ createOrganisation: { id: string } }>(
    url,
    'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }',
    {
      input: {
        name: `${label} owner ${randomBytes(3).toString('hex')}`,
        type: 'OTHER',
        country: 'BE',
        coverage: [],
      },
    },
    headers,
  );
  const orgId = org.body?.data?.createOrganisation.id;
  if (!orgId)
    throw new Error(`could not create the owner organisation: ${org.text || org.failure}`);
  const contactPoints: { id: string; version: number }[] = [];
  for (let i = 0; i < count; i++) {
    const cp = await postGql<{ createContactPoint: { id: string; version: number } }>(
      url,
      'mutation($input: ContactPointInput!) { createContactPoint(input: $input) { id ... on ContactPoint { version } } }',
      { input: { ownerId: orgId, name: { nl: `${label} meldpunt ${i}` }, kind: 'MAILBOX' } },
      headers,
    );
    const created = cp.body?.data?.createContactPoint;
    if (!created) throw new Error(`could not create a contact point: ${cp.text || cp.failure}`);
    contactPoints.push(created);
  }
  return { orgId, contactPoints };
}

/** Removes what a reliability suite left in a shared database: its users, organisations, events. */
export async function removeReliabilityData(driver: Driver, namePrefix: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (o:Organisation) WHERE o.name STARTS WITH $prefix
     OPTIONAL MATCH (x)-[:BELONGS_TO]->(o)
     DETACH DELETE x, o`,
    { prefix: namePrefix },
  );
  await driver.executeQuery(
    `MATCH (u:User {test: true}) WHERE u.name STARTS WITH 'Reliability '
     OPTIONAL MATCH (e:AuditEvent {userId: u.id})
     OPTIONAL MATCH (s:Session)-[:OF]->(u)
     DETACH DELETE e, s, u`,
  );
}
