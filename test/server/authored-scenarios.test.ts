/**
 * Authored training scenarios (issue #16): a coordinator writes one in their scope, validated by
 * the shared rules and audited like every entity; staff may not author; staff practise it and
 * their answers count in progress and in the coordinator's table; archiving a partner an answer
 * names withholds the scenario from staff and lists it for its author, restoring clears it.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type TadaDocumentNode, type VariablesOf } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const run = randomBytes(3).toString('hex');

const CREATE = graphql(`mutation($i: AuthoredScenarioInput!) { createAuthoredScenario(input: $i) {
  id version status } }`);
const UPDATE = graphql(`mutation($id: ID!, $v: Int!, $i: AuthoredScenarioInput!) {
  updateAuthoredScenario(id: $id, version: $v, input: $i) { id version title { nl } } }`);
const OFFERED = graphql(
  '{ authoredTrainingScenarios { id title questions { number choices { text } } } }',
);
const ONE = graphql('query($id: ID!) { authoredTrainingScenario(id: $id) { id story } }');
const MINE = graphql('{ authoredScenarios { id needsAttention { id archivedAt reason } } }');
const ANSWER =
  graphql(`mutation($i: AuthoredTrainingAnswerInput!) { answerAuthoredTrainingQuestion(input: $i) {
  correct recorded rightChoices feedback questionsLeft } }`);
const CREATE_ORG = graphql(
  'mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }',
);
const ARCHIVE_ORG = graphql(
  'mutation($id: ID!, $v: Int!) { archiveOrganisation(id: $id, version: $v) { id } }',
);
const RESTORE_ORG = graphql(
  'mutation($id: ID!, $v: Int!) { restoreOrganisation(id: $id, version: $v) { id } }',
);
const PROGRESS = graphql(
  '{ myTrainingProgress { barrier { code } doneScenarioIds answered correct } }',
);
const MISTAKES = graphql(
  '{ trainingMistakes { question questionNumber authoredScenario { id title } answered wrong } }',
);

type ScenarioInput = VariablesOf<typeof CREATE>['i'];

describe('authored training scenarios', () => {
  let t: TestApp;
  let staff: TestUser;
  let coordinator: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let partner: string;
  let scenarioId: string;

  const call = <R, V>(q: TadaDocumentNode<R, V>, v: V, user?: TestUser) =>
    t.gql(q, v, user?.headers);
  const gql = async <R, V>(q: TadaDocumentNode<R, V>, v: V, user?: TestUser) => {
    const body = await t.gql(q, v, user?.headers);
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const input = (over: Partial<ScenarioInput> = {}): ScenarioInput => ({
    title: { nl: `ZZ Nachtwinkel ${run}`, fr: `ZZ Magasin de nuit ${run}` },
    story: {
      nl: 'Bij een controle van een nachtwinkel in Genk slapen vier mensen achter de winkel.',
    },
    barrier: 'HOUSING',
    region: 'region-mun-genk',
    questions: [
      {
        text: { nl: 'Wie belt u eerst?' },
        feedback: { nl: 'De huisvestingsdienst controleert de woning.' },
        choices: [
          { text: { nl: 'De huisvestingsdienst' }, right: true, organisation: partner },
          { text: { nl: 'Niemand' }, right: false },
        ],
      },
      {
        text: { nl: 'Wat mag u delen?' },
        feedback: { nl: 'Alleen wat nodig is.' },
        choices: [
          { text: { nl: 'Alles' }, right: false },
          { text: { nl: 'Alleen het adres' }, right: true },
        ],
      },
    ],
    ...over,
  });
  const auditEvents = async (id: string) => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (e:AuditEvent {entityId: $id}) RETURN e.action AS action ORDER BY e.at',
      { id },
    );
    return records.map((r) => r.get('action') as string);
  };
  const version = async (id: string) => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (n:Entity {id: $id}) RETURN n.version AS v',
      { id },
    );
    return Number(records[0]!.get('v'));
  };
  const scenarioCount = async () => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (s:AuthoredScenario) WHERE s.titleNl STARTS WITH "ZZ" RETURN count(s) AS n',
    );
    return Number(records[0]!.get('n'));
  };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
    coordinator = await createUser(t, 'COORDINATOR', {
      scopeRegionIds: ['region-prov-limburg-be'],
    });
    outsider = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-mun-antwerpen'] });
    admin = await createUser(t, 'ADMIN');
    const org = await gql(
      CREATE_ORG,
      {
        i: {
          name: `ZZ Woondienst Genk ${run}`,
          type: 'MUNICIPALITY',
          country: 'BE',
          coverage: ['region-mun-genk'],
        },
      },
      admin,
    );
    partner = org.createOrganisation.id;
  });
  afterAll(async () => {
    await t.db.driver.executeQuery(
      `MATCH (n) WHERE (n:AuthoredScenario OR n:Organisation) AND (n.titleNl STARTS WITH 'ZZ' OR n.name STARTS WITH 'ZZ')
       OPTIONAL MATCH (e:AuditEvent {entityId: n.id}) DETACH DELETE n, e`,
    );
    await t.db.driver.executeQuery('MATCH (a:TrainingAttempt) DETACH DELETE a');
    await removeTestUsers(t);
    await t?.close();
  });

  test('a refused scenario says what to fix, per field, and writes nothing', async () => {
    const before = await scenarioCount();
    const bad = input({
      title: { nl: '' },
      questions: [
        {
          text: { nl: 'Wie belt u eerst?' },
          feedback: { nl: 'Uitleg' },
          choices: [
            { text: { nl: 'A' }, right: false },
            { text: { nl: 'B' }, right: false },
          ],
        },
      ],
    });
    const body = await call(CREATE, { i: bad }, coordinator);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = error?.extensions?.fieldErrors as
      | { field: string; message: string }[]
      | undefined;
    expect(fields?.map((f) => f.field)).toEqual(
      expect.arrayContaining(['titleNl', 'questions.0.choices']),
    );
    expect(fields?.find((f) => f.field === 'questions.0.choices')?.message).toBe(
      'Duid minstens één antwoord aan als juist',
    );
    expect(await scenarioCount()).toBe(before);
  });

  test('staff and coordinators outside the region cannot author; nothing is written', async () => {
    const before = await scenarioCount();
    const byStaff = await call(CREATE, { i: input() }, staff);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOutsider = await call(CREATE, { i: input() }, outsider);
    expect(byOutsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await call(CREATE, { i: input() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await scenarioCount()).toBe(before);
  });

  test('a coordinator writes one: versioned and audited; a stale version is a conflict', async () => {
    const created = await gql(CREATE, { i: input() }, coordinator);
    scenarioId = created.createAuthoredScenario.id;
    expect(created.createAuthoredScenario.version).toBe(1);
    expect(await auditEvents(scenarioId)).toEqual(['CREATE']);

    const updated = await gql(
      UPDATE,
      { id: scenarioId, v: 1, i: input({ title: { nl: `ZZ Nachtwinkel in Genk ${run}` } }) },
      coordinator,
    );
    expect(updated.updateAuthoredScenario.version).toBe(2);
    expect(await auditEvents(scenarioId)).toEqual(['CREATE', 'UPDATE']);

    const stale = await call(UPDATE, { id: scenarioId, v: 1, i: input() }, coordinator);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await version(scenarioId)).toBe(2);
    expect(await auditEvents(scenarioId)).toEqual(['CREATE', 'UPDATE']);

    // Staff may not change it either.
    const byStaff = await call(UPDATE, { id: scenarioId, v: 2, i: input() }, staff);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('staff practise it: feedback per answer, progress and the coordinator table count it', async () => {
    const offered = await gql(OFFERED, {}, staff);
    expect(offered.authoredTrainingScenarios.map((s) => s.id)).toContain(scenarioId);

    const a1 = await gql(ANSWER, { i: { scenario: scenarioId, question: 1, choice: 2 } }, staff);
    expect(a1.answerAuthoredTrainingQuestion).toEqual({
      correct: false,
      recorded: true,
      rightChoices: [1],
      feedback: 'De huisvestingsdienst controleert de woning.',
      questionsLeft: 1,
    });
    const a2 = await gql(ANSWER, { i: { scenario: scenarioId, question: 2, choice: 2 } }, staff);
    expect(a2.answerAuthoredTrainingQuestion).toMatchObject({ correct: true, questionsLeft: 0 });

    const progress = await gql(PROGRESS, {}, staff);
    const housing = progress.myTrainingProgress.find((p) => p.barrier.code === 'HOUSING');
    expect(housing?.doneScenarioIds).toContain(scenarioId);

    const table = await gql(MISTAKES, {}, coordinator);
    const rows = table.trainingMistakes.filter((r) => r.authoredScenario?.id === scenarioId);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ question: 'AUTHORED', questionNumber: 1, answered: 1, wrong: 1 }),
        expect.objectContaining({ question: 'AUTHORED', questionNumber: 2, answered: 1, wrong: 0 }),
      ]),
    );
  });

  test('archiving a partner an answer names withholds it from staff and flags it to its author; restoring clears it', async () => {
    const v = await version(partner);
    await gql(ARCHIVE_ORG, { id: partner, v }, admin);

    const offered = await gql(OFFERED, {}, staff);
    expect(offered.authoredTrainingScenarios.map((s) => s.id)).not.toContain(scenarioId);
    const one = await call(ONE, { id: scenarioId }, staff);
    expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const answer = await call(
      ANSWER,
      { i: { scenario: scenarioId, question: 1, choice: 1 } },
      staff,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const mine = await gql(MINE, {}, coordinator);
    const flagged = mine.authoredScenarios.find((s) => s.id === scenarioId);
    expect(flagged?.needsAttention).toHaveLength(1);
    expect(flagged?.needsAttention[0]?.reason).toMatch(
      new RegExp(`^Partner ZZ Woondienst Genk ${run} is gearchiveerd op \\d{1,2} \\S+ \\d{4}$`),
    );

    await gql(RESTORE_ORG, { id: partner, v: v + 1 }, admin);
    const again = await gql(OFFERED, {}, staff);
    expect(again.authoredTrainingScenarios.map((s) => s.id)).toContain(scenarioId);
    const cleared = await gql(MINE, {}, coordinator);
    expect(cleared.authoredScenarios.find((s) => s.id === scenarioId)?.needsAttention).toEqual([]);
  });

  test('an archived partner cannot be named in a new answer', async () => {
    const v = await version(partner);
    await gql(ARCHIVE_ORG, { id: partner, v }, admin);
    const body = await call(CREATE, { i: input() }, coordinator);
    const fields = (body.errors?.[0]?.extensions?.fieldErrors ?? []) as { field: string }[];
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields.map((f) => f.field)).toEqual(['questions.0.choices.0.organisationId']);
  });
});
