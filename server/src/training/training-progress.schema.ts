/**
 * Progress in the skills training: a staff member's own, per barrier; and for a coordinator, per
 * barrier and question, how often staff in their scope get it wrong — counts only, no one named.
 */
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { loadOne } from '../repositories';
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

const TrainingMistakeRef = builder.objectRef<MistakeRow>('TrainingMistakeCount').implement({
  description: 'How often a question at a barrier was answered, and answered wrongly; no names.',
  fields: (t) => ({
    barrier: t.field({
      type: BarrierRef,
      resolve: (m, _a, { loaders }) => loadOne(loaders.barrierByCode, m.barrierCode),
    }),
    question: t.field({
      type: TrainingQuestionKindEnum,
      resolve: (m) => m.question as 'FIRST_CALL' | 'SHARING' | 'MEASURE',
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
