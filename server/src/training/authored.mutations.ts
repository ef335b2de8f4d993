/**
 * Writing authored training scenarios (coordinators in their scope, administrators) and answering
 * their questions (anyone; recorded for a signed-in user). The work is in authored.use-cases.ts.
 */
import { builder } from '../builder';
import { TranslatedTextInput } from '../shared/inputs.schema';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import { AuthoredScenarioRef } from './authored.schema';
import {
  type AuthoredAnswer,
  answerAuthored,
  createAuthored,
  setAuthoredStatus,
  updateAuthored,
} from './authored.use-cases';

const ChoiceInput = builder.inputType('AuthoredChoiceInput', {
  fields: (t) => ({
    text: t.field({ type: TranslatedTextInput, required: true }),
    right: t.boolean({ required: true }),
    organisation: t.id({ description: 'A partner of the network this choice names.' }),
    contactPoint: t.id({ description: 'A contact point of the network this choice names.' }),
  }),
});

const QuestionInput = builder.inputType('AuthoredQuestionInput', {
  fields: (t) => ({
    text: t.field({ type: TranslatedTextInput, required: true }),
    feedback: t.field({
      type: TranslatedTextInput,
      required: true,
      description: 'Shown after an answer: why the right answer is right.',
    }),
    choices: t.field({ type: [ChoiceInput], required: true }),
  }),
});

const ScenarioInput = builder.inputType('AuthoredScenarioInput', {
  description: 'The whole scenario: an update replaces every text and question.',
  fields: (t) => ({
    title: t.field({ type: TranslatedTextInput, required: true }),
    story: t.field({ type: TranslatedTextInput, required: true }),
    barrier: t.string({ required: true, description: 'A barrier code, e.g. HOUSING.' }),
    region: t.id({ description: 'Where it is set (inside a coordinator’s scope); optional.' }),
    questions: t.field({ type: [QuestionInput], required: true }),
  }),
});

builder.mutationFields((t) => ({
  createAuthoredScenario: t.field({
    type: AuthoredScenarioRef,
    authScopes: { editor: true },
    description: 'Writes a new training scenario (audited); staff are offered it at once.',
    args: { input: t.arg({ type: ScenarioInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAuthored(ctx, input),
  }),
  updateAuthoredScenario: t.field({
    type: AuthoredScenarioRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: ScenarioInput, required: true }),
    },
    resolve: (_root, { id, version, input }, ctx) =>
      updateAuthored(ctx, String(id), version, input),
  }),
  archiveAuthoredScenario: t.field({
    type: AuthoredScenarioRef,
    authScopes: { editor: true },
    description: 'No longer offered; kept in history.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, ctx) =>
      setAuthoredStatus(ctx, String(id), version, 'ARCHIVED'),
  }),
  restoreAuthoredScenario: t.field({
    type: AuthoredScenarioRef,
    authScopes: { editor: true },
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, ctx) => setAuthoredStatus(ctx, String(id), version, 'ACTIVE'),
  }),
}));

const AuthoredAnswerRef = builder.objectRef<AuthoredAnswer>('AuthoredTrainingAnswer').implement({
  fields: (t) => ({
    question: t.exposeInt('number', { description: 'The question answered, from 1.' }),
    chosen: t.exposeInt('chosen'),
    correct: t.exposeBoolean('correct'),
    recorded: t.exposeBoolean('recorded', {
      description: 'True when the attempt was kept in your progress (signed in).',
    }),
    rightChoices: t.intList({
      description: 'The numbers of the right choices.',
      resolve: (a) => a.question.choices.flatMap((c, i) => (c.right ? [i + 1] : [])),
    }),
    feedback: t.string({
      args: langArgs,
      description: 'The author’s explanation of the answer.',
      resolve: (a, { lang }) => pick(a.question, 'feedback', lang) ?? '',
    }),
    questionsLeft: t.int({ resolve: (a) => a.scenario.questions.length - a.number }),
  }),
});

const AnswerInput = builder.inputType('AuthoredTrainingAnswerInput', {
  fields: (t) => ({
    scenario: t.id({ required: true }),
    question: t.int({ required: true, description: 'From 1.' }),
    choice: t.int({ required: true, description: 'From 1.' }),
  }),
});

builder.mutationField('answerAuthoredTrainingQuestion', (t) =>
  t.field({
    type: AuthoredAnswerRef,
    description:
      'Answers one question of an authored scenario: right or wrong, with the author’s feedback. ' +
      'Signed in, the attempt is kept in your progress.',
    args: { input: t.arg({ type: AnswerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      answerAuthored(ctx, {
        scenario: String(input.scenario),
        question: input.question,
        choice: input.choice,
      }),
  }),
);
