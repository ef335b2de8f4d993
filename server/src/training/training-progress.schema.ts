/**
 * Progress in the skills training: a staff member's own, per barrier; and for a coordinator, per
 * barrier and question, how often staff in their scope get it wrong — counts only, no one named.
 */
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { loadOne } from '../repositories';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import { type AuthoredScenario, findAuthored } from './authored.use-cases';
import type { MistakeRow, ProgressRow } from './training.repository';
import { TrainingQuestionKindEnum } from './training.schema';
import { mistakesInScope, progressOf } from './training.use-cases';

const TrainingProgressRef = builder.objectRef<ProgressRow>('TrainingProgress').implement({
  description: 'Your practice at one barrier.',
  fields: (t) => ({
    barrier: t.field({
      type: BarrierRef,
      resolve: (p, _a, { loaders }) => loadOne(loaders.barrierByCode, p.barrierCode),
    }),
    started: t.exposeInt('started', { description: 'Scenarios with at least one answer.' }),
    done: t.int({
      description: 'Scenarios of which every question was answered.',
      resolve: (p) => p.doneScenarioIds.length,
    }),
    doneScenarioIds: t.exposeIDList('doneScenarioIds'),
    answered: t.exposeInt('answered'),
    correct: t.exposeInt('correct'),
    lastAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (p) => p.lastAttemptAt,
    }),
  }),
});

const AuthoredScenarioTitleRef = builder
  .objectRef<AuthoredScenario>('AuthoredScenarioTitle')
  .implement({
    description: 'An authored scenario named in the mistakes table: its id and title.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.string({ args: langArgs, resolve: (s, { lang }) => pick(s, 'title', lang) ?? '' }),
    }),
  });

const TrainingMistakeRef = builder.objectRef<MistakeRow>('TrainingMistakeCount').implement({
  description: 'How often a question at a barrier was answered, and answered wrongly; no names.',
  fields: (t) => ({
    barrier: t.field({
      type: BarrierRef,
      resolve: (m, _a, { loaders }) => loadOne(loaders.barrierByCode, m.barrierCode),
    }),
    question: t.field({
      type: TrainingQuestionKindEnum,
      resolve: (m) => m.question as 'FIRST_CALL' | 'SHARING' | 'MEASURE' | 'AUTHORED',
    }),
    authoredScenario: t.field({
      type: AuthoredScenarioTitleRef,
      nullable: true,
      description: 'For a question of an authored scenario: that scenario.',
      resolve: (m, _a, ctx) => (m.scenarioId ? findAuthored(ctx, m.scenarioId) : null),
    }),
    questionNumber: t.int({
      nullable: true,
      description: 'For a question of an authored scenario: its number, from 1.',
      resolve: (m) => m.questionNumber,
    }),
    answered: t.exposeInt('answered'),
    wrong: t.exposeInt('wrong'),
  }),
});

builder.queryField('myTrainingProgress', (t) =>
  t.field({
    type: [TrainingProgressRef],
    description: 'Your own progress in the training, per barrier you practised.',
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => progressOf(ctx),
  }),
);

builder.queryField('trainingMistakes', (t) =>
  t.field({
    type: [TrainingMistakeRef],
    description:
      'For your scope: per barrier and question, how often staff answered and how often wrongly, ' +
      'most mistakes first. Aggregated counts only.',
    authScopes: { coordinator: true },
    resolve: (_root, _args, ctx) => mistakesInScope(ctx),
  }),
);
