/**
 * The skills training (issue #16): the questions a generated scenario asks, in the order it asks
 * them. Server (GraphQL enum) and client (texts, order) agree on them here.
 */
export const TRAINING_QUESTIONS = ['FIRST_CALL', 'SHARING', 'MEASURE'] as const;
export type TrainingQuestionKind = (typeof TRAINING_QUESTIONS)[number];

/** The choice that says no sharing agreement is recorded with the partner to call. */
export const NO_AGREEMENT_CHOICE = 'NO_AGREEMENT';

/** At most this many answer choices per question (the right one and plausible wrong ones). */
export const TRAINING_CHOICES = 4;
