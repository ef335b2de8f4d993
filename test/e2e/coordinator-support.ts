/**
 * Helpers of the coordinator browser tests: sign a browser in as a test user, make records of
 * their own (named "E2E …") through the API, and remove every one of them afterwards, so the
 * other suites find the demo network as they left it.
 */
import type { Page } from 'playwright-core';
import { graphql } from '../../client/src/lib/documents';
import type { TestApp } from '../support/app';
import type { TestUser } from '../support/users';

const CREATE_ORGANISATION = graphql(
  `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }`,
);
const CREATE_CONTACT_POINT = graphql(
  `mutation ($input: ContactPointInput!) { createContactPoint(input: $input) { id version } }`,
);

/** The coordinator the tests sign in as covers the Belgian province of Limburg. */
export const LIMBURG = { scopeRegionIds: ['region-prov-limburg-be'] };
/** Each test walks a whole task through several pages: give it time on a busy machine. */
export const SLOW = 120_000;

/** Signs the page's browser context in (the session cookie), then opens `path`. */
export async function signIn(page: Page, baseUrl: string, user: TestUser, path: string) {
  await page.goto(`${baseUrl}/healthz`);
  const status = await page.evaluate(
    async ({ email, password }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }',
          variables: { e: email, p: password },
        }),
      });
      return response.status;
    },
    { email: user.email, password: user.password },
  );
  if (status !== 200) throw new Error(`sign-in of ${user.email} answered ${status}`);
  await page.goto(baseUrl + path);
}

/** A unique "E2E" name: the marker by which cleanUp finds what the tests made. */
export const e2eName = (what: string) => `E2E ${what} ${Math.random().toString(36).slice(2, 7)}`;

/** Creates an organisation covering Genk through the API, as the given user. */
export async function newOrganisation(t: TestApp, user: TestUser, name = e2eName('Organisatie')) {
  const body = await t.gql(
    CREATE_ORGANISATION,
    {
      input: {
        name,
        type: 'SOCIAL_SERVICE',
        country: 'BE',
        coverage: ['region-mun-genk'],
        website: 'https://www.example.be',
      },
    },
    user.headers,
  );
  const created = body.data?.createOrganisation;
  if (!created) throw new Error(`could not create ${name}: ${JSON.stringify(body.errors)}`);
  return { ...created, name };
}

/** Creates a contact point of an organisation through the API, as the given user. */
export async function newContactPoint(t: TestApp, user: TestUser, ownerId: string, name: string) {
  const body = await t.gql(
    CREATE_CONTACT_POINT,
    {
      input: {
        ownerId,
        kind: 'MAILBOX',
        name: { nl: name },
        email: 'team@e2e.example.be',
        phone: '+32 89 55 51 00',
      },
    },
    user.headers,
  );
  const created = body.data?.createContactPoint;
  if (!created) throw new Error(`could not create ${name}: ${JSON.stringify(body.errors)}`);
  return created;
}

/** Removes every organisation named "E2E …" with its units and contacts, and their audit trail. */
export async function cleanUp(t: TestApp): Promise<void> {
  await t.db.driver.executeQuery(
    `MATCH (o:Organisation) WHERE o.name STARTS WITH 'E2E '
     OPTIONAL MATCH (o)<-[*1..2]-(c) WHERE c:ContactPoint OR c:Person OR c:OrgUnit OR c:ContactReport
     WITH collect(DISTINCT o) + collect(DISTINCT c) AS nodes
     UNWIND nodes AS n
     WITH DISTINCT n
     OPTIONAL MATCH (e:AuditEvent {entityId: n.id})
     DETACH DELETE e, n`,
  );
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.entityName STARTS WITH 'E2E ' DETACH DELETE e`,
  );
}

/** The critical and serious axe findings, as lines; the rest is logged as a warning. */
export function seriousFindings(
  where: string,
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[],
): string[] {
  return violations.flatMap((violation) => {
    const line = `${where}: [${violation.impact}] ${violation.id} – ${violation.help} (${violation.nodes
      .map((n) => n.target.join(' '))
      .join(', ')})`;
    if (violation.impact === 'critical' || violation.impact === 'serious') return [line];
    console.warn(`[axe] ${line}`);
    return [];
  });
}
