/**
 * Authored training scenarios (issue #16): case studies that coordinators and administrators
 * write — a story, questions with answer choices and feedback — versioned and audited like every
 * other entity (through the Editor). An answer choice may name a partner or contact point of the
 * network; once that one is archived (or gone) the scenario is stale: withheld from learners and
 * listed for its author with the reason. Who may call these is declared on the GraphQL fields.
 */
import { type ScenarioDetails, scenarioDetails } from '../../../shared/rules/scenario';
import type { Actor } from '../audit/editor';
import { actorOf, assertRegionsInScope, isAdmin } from '../auth/permissions';
import type { Context } from '../context';
import { NotFoundError, UserError } from '../errors';
import { randomId } from '../shared/ids';
import { type Problem, reject, validateWith } from '../shared/validation';
import type { AuthoredScenarioRow, StaleReference } from './training.repository';

type Maybe<T> = T | null | undefined;
export interface TranslatedInput {
  nl?: Maybe<string>;
  fr?: Maybe<string>;
  en?: Maybe<string>;
}

export interface AuthoredChoiceInput {
  text: TranslatedInput;
  right: boolean;
  organisation?: Maybe<string | number>;
  contactPoint?: Maybe<string | number>;
}

export interface AuthoredQuestionInput {
  text: TranslatedInput;
  feedback: TranslatedInput;
  choices: readonly AuthoredChoiceInput[];
}

export interface AuthoredScenarioInput {
  title: TranslatedInput;
  story: TranslatedInput;
  barrier: string;
  region?: Maybe<string | number>;
  questions: readonly AuthoredQuestionInput[];
}

type Texts<P extends string> = Record<`${P}${'Nl' | 'Fr' | 'En'}`, string | null>;

export type AuthoredChoice = Texts<'text'> & {
  right: boolean;
  organisationId: string | null;
  contactPointId: string | null;
};

export type AuthoredQuestion = Texts<'text'> &
  Texts<'feedback'> & {
    choices: AuthoredChoice[];
  };

/** An authored scenario as the API hands it on: questions parsed, stale references attached. */
export type AuthoredScenario = Texts<'title'> &
  Texts<'story'> & {
    id: string;
    version: number;
    status: string;
    authorId: string;
    barrierCode: string;
    regionId: string | null;
    questions: AuthoredQuestion[];
    stale: StaleReference[];
  };

const texts = <P extends string>(prefix: P, value: Maybe<TranslatedInput>) => ({
  [`${prefix}Nl`]: value?.nl ?? '',
  [`${prefix}Fr`]: value?.fr ?? null,
  [`${prefix}En`]: value?.en ?? null,
});

/** The GraphQL input in the shape of the shared rules (field paths as the form names them). */
export function ruleShape(input: AuthoredScenarioInput) {
  return {
    ...texts('title', input.title),
    ...texts('story', input.story),
    barrierCode: input.barrier,
    regionId: input.region == null ? null : String(input.region),
    questions: input.questions.map((q) => ({
      ...texts('text', q.text),
      ...texts('feedback', q.feedback),
      choices: q.choices.map((c) => ({
        ...texts('text', c.text),
        right: c.right,
        organisationId: c.organisation == null ? null : String(c.organisation),
        contactPointId: c.contactPoint == null ? null : String(c.contactPoint),
      })),
    })),
  };
}

const nullable = (v: string | null | undefined) => (v == null || v === '' ? null : v);
const stored = <P extends string>(prefix: P, d: Record<string, unknown>) =>
  Object.fromEntries(
    (['Nl', 'Fr', 'En'] as const).map((l) => [
      `${prefix}${l}`,
      nullable(d[`${prefix}${l}`] as string),
    ]),
  ) as Texts<P>;

/** The stored properties of valid details: optional texts as null, questions as one JSON text. */
function propsOf(data: ScenarioDetails) {
  const questions: AuthoredQuestion[] = data.questions.map((q) => ({
    ...stored('text', q),
    ...stored('feedback', q),
    choices: q.choices.map((c) => ({
      ...stored('text', c),
      right: c.right,
      organisationId: nullable(c.organisationId),
      contactPointId: nullable(c.contactPointId),
    })),
  }));
  const referenceIds = [
    ...new Set(
      questions.flatMap((q) =>
        q.choices.flatMap((c) => [c.organisationId, c.contactPointId].filter((x) => x !== null)),
      ),
    ),
  ].sort() as string[];
  return {
    ...stored('title', data),
    ...stored('story', data),
    barrierCode: data.barrierCode.toUpperCase(),
    regionId: nullable(data.regionId),
    questions: JSON.stringify(questions),
    referenceIds,
  };
}

/** Checks the input with the shared rules and against the network (barrier, region, references). */
async function validated(ctx: Context, input: AuthoredScenarioInput) {
  const shape = ruleShape(input);
  const others: Problem[] = [];
  const code = shape.barrierCode.trim().toUpperCase();
  if (code && !(await ctx.loaders.barrierByCode.load(code)))
    others.push({ field: 'barrierCode', code: 'unknown_reference' });
  if (shape.regionId && !(await ctx.loaders.region.load(shape.regionId)))
    others.push({ field: 'regionId', code: 'unknown_reference' });
  for (const [i, q] of shape.questions.entries()) {
    for (const [j, c] of q.choices.entries()) {
      const at = `questions.${i}.choices.${j}`;
      if (c.organisationId) {
        const o = await ctx.loaders.organisation.load(c.organisationId);
        if (!o || o.status === 'ARCHIVED')
          others.push({ field: `${at}.organisationId`, code: 'unknown_reference' });
      }
      if (c.contactPointId) {
        const p = await ctx.loaders.contactPoint.load(c.contactPointId);
        if (!p || p.status === 'ARCHIVED')
          others.push({ field: `${at}.contactPointId`, code: 'unknown_reference' });
      }
    }
  }
  const data = validateWith(scenarioDetails, shape, others, ctx.lang);
  // A coordinator sets a scenario only in a region inside their scope.
  if (data.regionId) await assertRegionsInScope(ctx, [data.regionId]);
  return propsOf(data);
}

function parse(row: AuthoredScenarioRow): AuthoredScenario {
  const s = row.scenario;
  let questions: AuthoredQuestion[] = [];
  try {
    questions = JSON.parse(s.questions) as AuthoredQuestion[];
  } catch {
    questions = [];
  }
  return {
    ...stored('title', s),
    ...stored('story', s),
    id: s.id,
    version: Number(s.version),
    status: s.status,
    authorId: s.authorId,
    barrierCode: s.barrierCode,
    regionId: s.regionId ?? null,
    questions,
    stale: row.stale,
  };
}

/** One authored scenario as stored (any status), or null. */
export async function findAuthored(ctx: Context, id: string): Promise<AuthoredScenario | null> {
  const [row] = await ctx.repos.training.authored({ id, activeOnly: false, everywhere: true });
  return row ? parse(row) : null;
}

/** The authored scenarios a learner may practise: active and with no stale reference. */
export async function offeredAuthored(
  ctx: Context,
  barrier: string | null,
): Promise<AuthoredScenario[]> {
  const code = barrier?.trim().toUpperCase() || null;
  const rows = await ctx.repos.training.authored({ activeOnly: true, everywhere: true });
  return rows.map(parse).filter((s) => s.stale.length === 0 && (!code || s.barrierCode === code));
}

/** One authored scenario to practise; NOT_FOUND when archived or withheld as stale. */
export async function practiseAuthored(ctx: Context, id: string): Promise<AuthoredScenario> {
  const scenario = await findAuthored(ctx, id);
  if (scenario?.status !== 'ACTIVE' || scenario.stale.length > 0)
    throw new UserError('NOT_FOUND', `No training scenario ${id}`, { field: 'scenario' });
  return scenario;
}

/** The authored scenarios of the coordinator's scope (an administrator: all), active or not. */
export async function authoredInScope(ctx: Context): Promise<AuthoredScenario[]> {
  const viewer = ctx.viewer;
  if (!viewer) return [];
  const rows = await ctx.repos.training.authored({
    activeOnly: false,
    everywhere: isAdmin(viewer),
    userId: viewer.id,
    regionIds: viewer.scopeRegionIds,
  });
  return rows.map(parse);
}

/** A coordinator changes a scenario they wrote or one set in a region of their scope. */
async function assertMayChange(ctx: Context, scenario: AuthoredScenario) {
  const viewer = ctx.viewer;
  if (!viewer || isAdmin(viewer) || scenario.authorId === viewer.id) return;
  if (!scenario.regionId)
    throw new UserError('FORBIDDEN', 'Only its author or an administrator can change this', {
      ids: [scenario.id],
    });
  await assertRegionsInScope(ctx, [scenario.regionId]);
}

async function reload(ctx: Context, id: string): Promise<AuthoredScenario> {
  const found = await findAuthored(ctx, id);
  if (!found) throw new NotFoundError('scenario', id);
  return found;
}

export async function createAuthored(
  ctx: Context,
  input: AuthoredScenarioInput,
): Promise<AuthoredScenario> {
  const actor: Actor = actorOf(ctx);
  const props = await validated(ctx, input);
  const id = randomId('scn', props.titleNl ?? '');
  await ctx.repos.editor.run(actor, async (w) => {
    const created = await ctx.repos.training.createAuthored(w.tx, {
      id,
      authorId: actor.id,
      props,
    });
    if (!created) reject(ctx.lang, [{ field: 'input', code: 'unknown_reference' }]);
    await w.created(id, 'AuthoredScenario', { ...props, status: 'ACTIVE' });
  });
  return reload(ctx, id);
}

export async function updateAuthored(
  ctx: Context,
  id: string,
  version: number,
  input: AuthoredScenarioInput,
): Promise<AuthoredScenario> {
  const actor = actorOf(ctx);
  const before = await findAuthored(ctx, id);
  if (!before) throw new NotFoundError('scenario', id);
  await assertMayChange(ctx, before);
  const props = await validated(ctx, input);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'scenario', 'AuthoredScenario');
    await w.update(locked, props);
  });
  return reload(ctx, id);
}

/** Archived: no longer offered, kept in history; restoring offers it again. */
export async function setAuthoredStatus(
  ctx: Context,
  id: string,
  version: number,
  status: 'ACTIVE' | 'ARCHIVED',
): Promise<AuthoredScenario> {
  const actor = actorOf(ctx);
  const before = await findAuthored(ctx, id);
  if (!before) throw new NotFoundError('scenario', id);
  await assertMayChange(ctx, before);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'scenario', 'AuthoredScenario');
    await w.update(locked, { status }, status === 'ARCHIVED' ? 'ARCHIVE' : 'RESTORE');
  });
  return reload(ctx, id);
}

export interface AuthoredAnswer {
  scenario: AuthoredScenario;
  question: AuthoredQuestion;
  number: number;
  chosen: number;
  correct: boolean;
  recorded: boolean;
}

/** Checks an answer (question and choice numbered from 1); a signed-in user's is recorded. */
export async function answerAuthored(
  ctx: Context,
  input: { scenario: string; question: number; choice: number },
): Promise<AuthoredAnswer> {
  const scenario = await practiseAuthored(ctx, input.scenario);
  const question = scenario.questions[input.question - 1];
  if (!question)
    throw new UserError('NOT_FOUND', `This scenario has no question ${input.question}`, {
      field: 'question',
    });
  const choice = question.choices[input.choice - 1];
  if (!choice)
    throw new UserError('BAD_USER_INPUT', 'That is not one of the choices (any more)', {
      field: 'choice',
    });
  const { viewer } = ctx;
  if (viewer) {
    await ctx.repos.training.recordAttempt({
      userId: viewer.id,
      scenarioId: scenario.id,
      barrierCode: scenario.barrierCode,
      regionId: scenario.regionId,
      question: 'AUTHORED',
      questionNumber: input.question,
      questionCount: scenario.questions.length,
      correct: choice.right,
    });
  }
  return {
    scenario,
    question,
    number: input.question,
    chosen: input.choice,
    correct: choice.right,
    recorded: viewer !== null,
  };
}
