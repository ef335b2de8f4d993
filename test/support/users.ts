/** Test accounts, created in the test database and removed afterwards. */
import { randomBytes } from 'node:crypto';
import { graphql } from '../../client/src/lib/documents';
import type { UserRole } from '../../server/src/auth/auth.repository';
import { hashPassword } from '../../server/src/auth/password';
import type { TestApp } from './app';

const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
);

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** Bearer token of a fresh session. */
  token: string;
  headers: Record<string, string>;
}

// One password (and so one scrypt hash, ~0.3-2 s at N=2^17) shared by this run's test users.
const PASSWORD = `pw-${randomBytes(8).toString('hex')}`;
let sharedHash: Promise<string> | null = null;

/** Creates a user (optionally in an organisation) and signs it in with a bearer token. */
export async function createUser(
  t: TestApp,
  role: UserRole,
  options: {
    organisationId?: string;
    scopeRegionIds?: string[];
    scopeOrganisationIds?: string[];
  } = {},
): Promise<TestUser> {
  const id = `user-test-${randomBytes(6).toString('hex')}`;
  const email = `${id}@example.org`;
  const password = PASSWORD;
  sharedHash ??= hashPassword(password);
  await t.db.driver.executeQuery(
    `CREATE (u:User {id: $id, email: $email, name: $name, role: $role, passwordHash: $hash, disabled: false, test: true})
     WITH u
     OPTIONAL MATCH (o:Organisation {id: $organisationId})
     FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (u)-[:BELONGS_TO]->(o))
     WITH u
     OPTIONAL MATCH (s:Region|Organisation) WHERE s.id IN $scopeIds
     FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (u)-[:COORDINATES]->(s))`,
    {
      id,
      email,
      name: `Test ${role.toLowerCase()}`,
      role,
      hash: await sharedHash,
      organisationId: options.organisationId ?? null,
      scopeIds: [...(options.scopeRegionIds ?? []), ...(options.scopeOrganisationIds ?? [])],
    },
  );
  const body = await t.gql(SIGN_IN, { e: email, p: password });
  const token = body.data?.signIn.token;
  if (!token) throw new Error(`could not sign in ${email}: ${JSON.stringify(body.errors)}`);
  return { id, email, password, token, headers: { authorization: `Bearer ${token}` } };
}

/** Removes every test user with their sessions and throttling records. */
export async function removeTestUsers(t: TestApp): Promise<void> {
  await t.db.driver.executeQuery(
    `MATCH (u:User {test: true}) OPTIONAL MATCH (s:Session)-[:OF]->(u) DETACH DELETE s, u
     WITH count(*) AS _ MATCH (x:SignInThrottle) WHERE x.key CONTAINS '@example.org' DELETE x`,
  );
}
