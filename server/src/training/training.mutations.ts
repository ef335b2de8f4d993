/**
 * Answering a training question: checked against the network as it is now, explained from it,
 * and recorded for a signed-in user (anonymous users practise without a record).
 */
import { TRAINING_QUESTIONS } from '../../../shared/training';
import { builder } from '../builder';
import { UserError } from '../errors';
import { OrganisationRef } from '../organisations/organisation.schema';
import { RegionRef } from '../regions/region.schema';
import { loadAll } from '../repositories';
import type { RankedCall } from '../routing/first-call';
import { ScopeEnum } from '../routing/routing.schema';
import { PriorityEnum, RoleEnum } from '../shared/codes.schema';
import { TrainingChoiceRef, TrainingQuestionKindEnum } from './training.schema';
import { type Answer, answerQuestion } from './training.use-cases';

const TrainingFirstCallReasonRef = builder
  .objectRef<RankedCall>('TrainingFirstCallReason')
  .implement({
    description:
      'Why this partner is the first call, from the ranking of who-to-call: its role at the ' +
      'barrier, its coverage (from the place up to the region it covers) and its priority.',
    fields: (t) => ({
      role: t.field({ type: RoleEnum, nullable: true, resolve: (r) => r.role }),
      scope: t.field({ type: ScopeEnum, resolve: (r) => r.candidate.scope }),
      coveragePath: t.field({
        type: [RegionRef],
        description: 'From the place asked about up to the region it covers.',
        resolve: (r, _a, { loaders }) => loadAll(loaders.region, r.candidate.pathIds),
      }),
      priority: t.field({ type: PriorityEnum, resolve: (r) => r.priority }),
      via: t.field({
        type: OrganisationRef,
        nullable: true,
        description: 'Across the border: the partner it is the counterpart of.',
        resolve: (r, _a, { loaders }) =>
          r.candidate.viaId ? loaders.organisation.load(r.candidate.viaId) : null,
      }),
    }),
  });

const TrainingAnswerRef = builder.objectRef<Answer>('TrainingAnswer').implement({
  fields: (t) => ({
    question: t.field({ type: TrainingQuestionKindEnum, resolve: (a) => a.question.kind }),
    correct: t.boolean({ resolve: (a) => a.correct }),
    recorded: t.boolean({
      description: 'True when the attempt was kept in your progress (signed in).',
      resolve: (a) => a.recorded,
    }),
    chosen: t.field({ type: TrainingChoiceRef, resolve: (a) => a.chosen }),
    right: t.field({
      type: TrainingChoiceRef,
      description: 'The right answer, as the network says it now.',
      resolve: (a) => a.question.right,
    }),
    firstCallReason: t.field({
      type: TrainingFirstCallReasonRef,
      nullable: true,
      description: 'For the first-call question: why that partner comes first.',
      resolve: (a) => a.question.reason,
    }),
    questionsLeft: t.int({
      description: 'Questions of the scenario after this one.',
      resolve: (a) => {
        const kinds = a.scenario.questions.map((q) => q.kind);
        return kinds.length - 1 - kinds.indexOf(a.question.kind);
      },
    }),
  }),
});

const TrainingAnswerInput = builder.inputType('TrainingAnswerInput', {
  fields: (t) => ({
    scenario: t.id({ required: true }),
    question: t.field({ type: TrainingQuestionKindEnum, required: true }),
    choice: t.id({ required: true }),
  }),
});

builder.mutationField('answerTrainingQuestion', (t) =>
  t.field({
    type: TrainingAnswerRef,
    description:
      'Answers one question of a scenario: right or wrong, with the explanation drawn from the ' +
      'network. Signed in, the attempt is kept in your progress.',
    args: { input: t.arg({ type: TrainingAnswerInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const kind = TRAINING_QUESTIONS.find((q) => q === input.question);
      if (!kind) {
        throw new UserError('BAD_USER_INPUT', 'Unknown question', { field: 'question' });
      }
      return answerQuestion(ctx, {
        scenario: String(input.scenario),
        question: kind,
        choice: String(input.choice),
      });
    },
  }),
);
