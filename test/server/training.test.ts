/**
 * The skills training on the real network: a generated question's right answers are what
 * whoToCall and the sharing data say for the same case, and follow a change in the network;
 * a signed-in user's answers are kept as progress, an anonymous user's are not; a coordinator
 * sees counts for their scope, never who.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  graphql,
  type ResultOf,
  type TadaDocumentNode,
  type VariablesOf,
} from '../../client/src/lib/documents';
import { NO_AGREEMENT_CHOICE } from '../../shared/training';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const PLACE = 'region-mun-genk';

const SCENARIO = graphql(`query($id: ID!) { trainingScenario(id: $id) {
  id barrier { code } indicator { id } region { id } municipality { id }
  questions { kind choices { id kind } } } }`);
const ANSWER = graphql(`mutation($i: TrainingAnswerInput!) { answerTrainingQuestion(input: $i) {
  correct recorded right { id kind } firstCallReason { role scope coveragePath { id } } } }`);
const WHO = graphql(`query($ind: ID!, $b: String!, $r: ID!) {
  whoToCall(input: { indicator: $ind, barrier: $b, region: $r }) {
    firstCall { organisation { id } }
    entries { organisation { id } sharing { agreements { id } } } } }`);
const SCENARIOS = graphql(
  '{ trainingScenarios(barrier: "HOUSING") { id indicator { id } barrier { code } region { id } } }',
);
const HOUSING_MEASURES = graphql('{ barrier(code: "HOUSING") { measures { id } } }');
const ORG_VERSION = graphql('query($id: ID!) { organisation(id: $id) { version } }');
const ARCHIVE_ORG = graphql(
  'mutation($id: ID!, $v: Int!) { archiveOrganisation(id: $id, version: $v) { version } }',
);
const RESTORE_ORG = graphql(
  'mutation($id: ID!, $v: Int!) { restoreOrganisation(id: $id, version: $v) { id } }',
);
const PROGRESS = graphql(
  '{ myTrainingProgress { barrier { code } done doneScenarioIds answered lastAttemptAt } }',
);
const PROGRESS_ANSWERED = graphql('{ myTrainingProgress { answered } }');
const MISTAKES = graphql('{ trainingMistakes { barrier { code } question answered wrong } }');
const MISTAKES_WRONG = graphql('{ trainingMistakes { wrong } }');

type Scenario = ResultOf<typeof SCENARIO>['trainingScenario'];
type QuestionKind = VariablesOf<typeof ANSWER>['i']['question'];

describe('skills training', () => {
  let t: TestApp;
  let staff: TestUser;
  let coordinator: TestUser;
  let admin: TestUser;
  let indicatorId: string;
  let scenarioId: string;

  const gql = async <R, V>(q: TadaDocumentNode<R, V>, v: V, user?: TestUser) => {
    const body = await t.gql(q, v, user?.headers);
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const scenario = async (user?: TestUser) =>
    (await gql(SCENARIO, { id: scenarioId }, user)).trainingScenario;
  const answer = async (s: Scenario, kind: QuestionKind, choice: string, user?: TestUser) =>
    (await gql(ANSWER, { i: { scenario: s.id, question: kind, choice } }, user))
      .answerTrainingQuestion;
  const whoToCall = async (user: TestUser) =>
    (await gql(WHO, { ind: indicatorId, b: 'HOUSING', r: PLACE }, user)).whoToCall;
  const attempts = async () => {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (a:TrainingAttempt) RETURN count(a) AS n',
    );
    return Number(records[0]!.get('n'));
  };

  beforeAll(async () => {
    t = await createTestApp();
    // A staff member of the municipality itself: whoToCall then answers as the story's caller.
    staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
    coordinator = await createUser(t, 'COORDINATOR', {
      scopeRegionIds: ['region-prov-limburg-be'],
    });
    admin = await createUser(t, 'ADMIN');
    const list = await gql(SCENARIOS, {});
    expect(list.trainingScenarios.length).toBeGreaterThan(0);
    indicatorId = list.trainingScenarios[0]!.indicator.id;
    scenarioId = `gen:HOUSING:${indicatorId}:${PLACE}`;
  });
  afterAll(async () => {
    await t.db.driver.executeQuery('MATCH (a:TrainingAttempt) DETACH DELETE a');
    await removeTestUsers(t);
    await t?.close();
  });

  test("the right answers are whoToCall's first call and the sharing agreements with it", async () => {
    const s = await scenario(staff);
    expect(s.questions.map((q) => q.kind)).toEqual(['FIRST_CALL', 'SHARING', 'MEASURE']);
    const who = await whoToCall(staff);
    const first = who.firstCall[0]!.organisation.id;

    const q1 = s.questions[0]!;
    expect(q1.choices.length).toBeGreaterThan(1);
    expect(q1.choices.map((c) => c.id)).toContain(first);
    const a1 = await answer(s, 'FIRST_CALL', first, staff);
    expect(a1).toMatchObject({ correct: true, recorded: true, right: { id: first } });
    expect(a1.firstCallReason?.coveragePath[0]?.id).toBe(PLACE);

    const shared = who.entries.find((e) => e.organisation.id === first)?.sharing?.agreements ?? [];
    const expected = shared.map((a) => a.id).sort()[0] ?? NO_AGREEMENT_CHOICE;
    const wrong = s.questions[1]!.choices.find((c) => c.id !== expected)!;
    const a2 = await answer(s, 'SHARING', wrong.id, staff);
    expect(a2).toMatchObject({ correct: false, right: { id: expected } });

    // The choices come in the same order every time the scenario is generated.
    expect((await scenario(staff)).questions).toEqual(s.questions);
  });

  test('a measure that raises the barrier is right, one that does not is wrong', async () => {
    const s = await scenario();
    const { barrier } = await gql(HOUSING_MEASURES, {});
    const raising = new Set(barrier!.measures.map((m) => m.id));
    for (const choice of s.questions.find((q) => q.kind === 'MEASURE')!.choices) {
      const a = await answer(s, 'MEASURE', choice.id);
      expect(a.correct).toBe(raising.has(choice.id));
      expect(raising.has(a.right.id)).toBe(true);
    }
  });

  test('archiving the first-call organisation changes the answer to what whoToCall says then', async () => {
    const before = (await whoToCall(staff)).firstCall[0]!.organisation.id;
    const { organisation } = await gql(ORG_VERSION, { id: before }, admin);
    const archived = await gql(ARCHIVE_ORG, { id: before, v: organisation!.version }, admin);
    try {
      const after = (await whoToCall(staff)).firstCall[0]?.organisation.id;
      expect(after).not.toBe(before);
      const s = await scenario(staff);
      const q1 = s.questions.find((q) => q.kind === 'FIRST_CALL')!;
      expect(q1.choices.map((c) => c.id)).not.toContain(before);
      const a = await answer(s, 'FIRST_CALL', q1.choices[0]!.id, staff);
      expect(a.right.id).toBe(after);
    } finally {
      await gql(RESTORE_ORG, { id: before, v: archived.archiveOrganisation.version }, admin);
    }
  });

  test('progress is kept for the signed-in user; an anonymous answer is not stored', async () => {
    const s = await scenario(staff);
    for (const q of s.questions) await answer(s, q.kind, q.choices[0]!.id, staff);
    const { myTrainingProgress } = await gql(PROGRESS, {}, staff);
    const housing = myTrainingProgress.find((p) => p.barrier.code === 'HOUSING')!;
    expect(housing.done).toBe(1);
    expect(housing.doneScenarioIds).toEqual([scenarioId]);
    expect(housing.answered).toBeGreaterThanOrEqual(s.questions.length);
    expect(housing.lastAttemptAt).not.toBeNull();

    const before = await attempts();
    const a = await answer(s, 'FIRST_CALL', s.questions[0]!.choices[0]!.id);
    expect(a.recorded).toBe(false);
    expect(await attempts()).toBe(before);
    const anonymous = await t.gql(PROGRESS_ANSWERED, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a coordinator sees counts of mistakes in their scope, never who made them', async () => {
    const body = await t.gql(MISTAKES, {}, coordinator.headers);
    expect(body.errors).toBeUndefined();
    const sharing = body.data!.trainingMistakes.find(
      (m) => m.barrier.code === 'HOUSING' && m.question === 'SHARING',
    );
    expect(sharing?.wrong).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(body);
    expect(text).not.toContain(staff.id);
    expect(text).not.toContain(staff.email);
    const refused = await t.gql(MISTAKES_WRONG, {}, staff.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('an unknown scenario, question or choice is a clear error', async () => {
    const codes = async <R, V>(q: TadaDocumentNode<R, V>, v: V) =>
      (await t.gql(q, v)).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await codes(SCENARIO, { id: 'gen:HOUSING:ind-nope:region-mun-genk' })).toEqual([
      ['NOT_FOUND', 'scenario'],
    ]);
    expect(await codes(SCENARIO, { id: 'nonsense' })).toEqual([['NOT_FOUND', 'scenario']]);
    expect(
      await codes(ANSWER, { i: { scenario: scenarioId, question: 'MEASURE', choice: 'x' } }),
    ).toEqual([['BAD_USER_INPUT', 'choice']]);
  });
});
