/**
 * The skills training's use cases: the scenarios on offer, one scenario generated from the
 * current network, an answer checked (and recorded for a signed-in user), progress and the
 * coordinator's aggregated mistakes. Access is declared on the GraphQL fields.
 */
import { TRAINING_QUESTIONS, type TrainingQuestionKind } from '../../../shared/training';
import { isAdmin } from '../auth/permissions';
import { canSeePersonalData } from '../auth/personal-data';
import type { Context } from '../context';
import { UserError } from '../errors';
import { loadAll } from '../repositories';
import { candidatesOf, rankFirstCall } from '../routing/first-call';
import { isStale } from '../shared/verification';
import type { AgreementRow } from '../sharing/sharing.repository';
import {
  buildScenario,
  type Choice,
  parseScenarioId,
  placeFor,
  type Question,
  type Scenario,
  type ScenarioKey,
  scenarioId,
} from './scenario';

/** Partners a scenario looks at: who-to-call's default. */
const PARTNER_LIMIT = 25;

/** The scenarios on offer, per barrier (or for one), each signal set in one place. */
export async function scenarioList(ctx: Context, barrier: string | null): Promise<ScenarioKey[]> {
  const code = barrier?.trim().toUpperCase() || null;
  if (code && !(await ctx.loaders.barrierByCode.load(code))) {
    throw new UserError('NOT_FOUND', `Unknown barrier ${code}`, { field: 'barrier' });
  }
  const { cases, regionIds } = await ctx.repos.training.catalogue(code);
  return cases.flatMap((c) => {
    const regionId = placeFor(c.barrierCode, c.indicatorId, regionIds);
    return regionId ? [{ ...c, regionId }] : [];
  });
}

/** A scenario generated from the network as it is now, for the one who asks. */
export async function generateScenario(ctx: Context, id: string): Promise<Scenario> {
  const key = parseScenarioId(id);
  const facts = key ? await ctx.repos.training.trainingCase(key) : null;
  if (!facts) throw new UserError('NOT_FOUND', `No training scenario ${id}`, { field: 'scenario' });
  // The answer who-to-call gives the municipality's staff for this signal in this place.
  const entries = await ctx.repos.routing.whoToCall({
    barrierCodes: [facts.barrierCode],
    regionId: facts.regionId,
    formCode: null,
    viewerOrganisationId: facts.ownOrganisationId,
    includePersons: canSeePersonalData(ctx),
    limit: PARTNER_LIMIT,
  });
  const { firstCall } = rankFirstCall(
    candidatesOf(entries, (date) => isStale(date, ctx.settings.verificationMonths)),
    { need: 'SIGNAL', callerOrganisationId: facts.ownOrganisationId },
  );
  const agreementIds = new Set([
    ...facts.agreementIds,
    ...entries.flatMap((e) => e.agreementIds ?? []),
  ]);
  const rows = await loadAll(ctx.loaders.agreement, [...agreementIds]);
  const agreements = new Map<string, AgreementRow>(rows.map((a) => [a.id, a]));
  for (const row of entries) ctx.loaders.organisation.prime(row.organisationId, row.organisation);
  return buildScenario({ facts, entries, firstCall, agreements });
}

export interface AnswerInput {
  scenario: string;
  question: TrainingQuestionKind;
  choice: string;
}

export interface Answer {
  scenario: Scenario;
  question: Question;
  chosen: Choice;
  correct: boolean;
  recorded: boolean;
}

/** Checks an answer against the network as it is now; a signed-in user's answer is recorded. */
export async function answerQuestion(ctx: Context, input: AnswerInput): Promise<Answer> {
  const scenario = await generateScenario(ctx, input.scenario);
  const question = scenario.questions.find((q) => q.kind === input.question);
  if (!question) {
    throw new UserError('NOT_FOUND', `This scenario asks no ${input.question} question`, {
      field: 'question',
    });
  }
  const chosen = question.choices.find((c) => c.id === input.choice);
  if (!chosen) {
    throw new UserError('BAD_USER_INPUT', 'That is not one of the choices (any more)', {
      field: 'choice',
    });
  }
  const correct = question.accepted.includes(chosen.id);
  const { viewer } = ctx;
  if (viewer) {
    await ctx.repos.training.recordAttempt({
      userId: viewer.id,
      scenarioId: scenario.id,
      barrierCode: scenario.barrierCode,
      regionId: scenario.regionId,
      question: question.kind,
      questionNumber: null,
      questionCount: scenario.questions.length,
      correct,
    });
  }
  return { scenario, question, chosen, correct, recorded: viewer !== null };
}

/** The signed-in user's progress per barrier. */
export function progressOf(ctx: Context) {
  const viewer = ctx.viewer;
  if (!viewer) throw new UserError('UNAUTHENTICATED', 'Sign in to see your progress');
  return ctx.repos.training.progress(viewer.id);
}

/** Per barrier and question, answers and wrong answers within the coordinator's scope. */
export async function mistakesInScope(ctx: Context) {
  const viewer = ctx.viewer;
  if (!viewer) throw new UserError('UNAUTHENTICATED', 'Sign in to see this');
  const rows = await ctx.repos.training.mistakes({
    everywhere: isAdmin(viewer),
    regionIds: viewer.scopeRegionIds,
    organisationIds: viewer.scopeOrganisationIds,
  });
  const order = (q: string) => TRAINING_QUESTIONS.indexOf(q as TrainingQuestionKind);
  return rows.filter((r) => order(r.question) >= 0 || r.question === 'AUTHORED');
}

export { scenarioId };
