/**
 * The skills training on the real network: scenarios generated on request from the current data
 * (training.use-cases.ts, scenario.ts), so that they follow every change to the network.
 */
import type { TRAINING_QUESTIONS } from '../../../shared/training';
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { IndicatorRef } from '../indicators/indicator.schema';
import { MeasureRef } from '../measures/measure.schema';
import { OrganisationRef } from '../organisations/organisation.schema';
import { RegionRef } from '../regions/region.schema';
import { loadOne } from '../repositories';
import { SharingAgreementRef } from '../sharing/sharing.schema';
import type { Choice, Question, Scenario, ScenarioKey } from './scenario';
import { generateScenario, scenarioId, scenarioList } from './training.use-cases';

export const TrainingQuestionKindEnum = builder.enumType('TrainingQuestionKind', {
  description: 'What a generated scenario asks, in this order; AUTHORED for an authored one.',
  values: {
    FIRST_CALL: { description: 'Who do you call first?' },
    SHARING: { description: 'What may you share with them, and on which basis?' },
    MEASURE: { description: 'Which measure could your municipality take?' },
    AUTHORED: { description: 'A question of a scenario written by a coordinator.' },
  } satisfies Record<(typeof TRAINING_QUESTIONS)[number] | 'AUTHORED', unknown>,
});

const TrainingChoiceKindEnum = builder.enumType('TrainingChoiceKind', {
  values: {
    ORGANISATION: { description: 'A partner to call.' },
    AGREEMENT: { description: 'A sharing agreement: which data, on which legal basis.' },
    NO_AGREEMENT: { description: 'No agreement is recorded: share nothing before checking.' },
    MEASURE: { description: 'An administrative measure.' },
  },
});

/** What a scenario is about, shared by a scenario and its summary in the list. */
const TrainingCaseRef = builder.interfaceRef<ScenarioKey>('TrainingCase').implement({
  description: 'A signal at a barrier, noticed in a municipality.',
  fields: (t) => ({
    id: t.id({ resolve: (s) => scenarioId(s) }),
    barrier: t.field({
      type: BarrierRef,
      resolve: (s, _a, { loaders }) => loadOne(loaders.barrierByCode, s.barrierCode),
    }),
    indicator: t.field({
      type: IndicatorRef,
      description: 'The signal noticed.',
      resolve: (s, _a, { loaders }) => loadOne(loaders.indicator, s.indicatorId),
    }),
    region: t.field({
      type: RegionRef,
      description: 'The municipality where it was noticed.',
      resolve: (s, _a, { loaders }) => loadOne(loaders.region, s.regionId),
    }),
  }),
});

export const TrainingChoiceRef = builder.objectRef<Choice>('TrainingChoice').implement({
  description: 'One answer choice; which of its fields is set depends on its kind.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: TrainingChoiceKindEnum, resolve: (c) => c.kind }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: (c, _a, { loaders }) =>
        c.kind === 'ORGANISATION' ? loaders.organisation.load(c.id) : null,
    }),
    agreement: t.field({
      type: SharingAgreementRef,
      nullable: true,
      resolve: (c, _a, { loaders }) =>
        c.kind === 'AGREEMENT' ? loaders.agreement.load(c.id) : null,
    }),
    measure: t.field({
      type: MeasureRef,
      nullable: true,
      resolve: (c, _a, { loaders }) => (c.kind === 'MEASURE' ? loaders.measure.load(c.id) : null),
    }),
  }),
});

const TrainingQuestionRef = builder.objectRef<Question>('TrainingQuestion').implement({
  fields: (t) => ({
    kind: t.field({ type: TrainingQuestionKindEnum, resolve: (q) => q.kind }),
    choices: t.field({
      type: [TrainingChoiceRef],
      description: 'The right answer among plausible wrong ones, in a fixed order per scenario.',
      resolve: (q) => q.choices,
    }),
    partner: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'For the sharing question: the partner you call first, whom it is about.',
      resolve: (q, _a, { loaders }) =>
        q.partnerId ? loaders.organisation.load(q.partnerId) : null,
    }),
  }),
});

const TrainingScenarioSummaryRef = builder
  .objectRef<ScenarioKey>('TrainingScenarioSummary')
  .implement({
    description: 'A scenario on offer, without its questions (they are generated when opened).',
    interfaces: [TrainingCaseRef],
    isTypeOf: (s) => !('questions' in (s as object)),
    fields: () => ({}),
  });

export const TrainingScenarioRef = builder.objectRef<Scenario>('TrainingScenario').implement({
  description:
    'A practice scenario generated from the current network: "You notice <signal> in ' +
    '<municipality>. Who do you call first? What may you share with them, and on which basis? ' +
    'Which measure could your municipality take?"',
  interfaces: [TrainingCaseRef],
  isTypeOf: (s) => 'questions' in (s as object),
  fields: (t) => ({
    municipality: t.field({
      type: OrganisationRef,
      nullable: true,
      description: "The municipality's own organisation: the caller in the story.",
      resolve: (s, _a, { loaders }) =>
        s.ownOrganisationId ? loaders.organisation.load(s.ownOrganisationId) : null,
    }),
    questions: t.field({
      type: [TrainingQuestionRef],
      description: 'A question the network cannot answer yet (e.g. no measure) is left out.',
      resolve: (s) => s.questions,
    }),
  }),
});

builder.queryField('trainingScenarios', (t) =>
  t.field({
    type: [TrainingScenarioSummaryRef],
    description: 'The generated scenarios on offer, per barrier (or for one barrier).',
    args: { barrier: t.arg.string({ description: 'A barrier code, e.g. HOUSING.' }) },
    resolve: (_root, { barrier }, ctx) => scenarioList(ctx, barrier ?? null),
  }),
);

builder.queryField('trainingScenario', (t) =>
  t.field({
    type: TrainingScenarioRef,
    description: 'One scenario, generated now from the current network.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => generateScenario(ctx, String(id)),
  }),
);
