/**
 * An authored training scenario's rules (issue #16): a title and a story, a barrier, optionally a
 * region, and one or more questions, each with its text, two or more answer choices of which at
 * least one is right, and the feedback that explains the answer. Texts in Dutch, French and
 * English; the Dutch ones are required. The server's mutations and the coordinator's form parse
 * with these schemas.
 */
import { z } from 'zod';
import { LIMITS, line, optional, problem, required, text, translated } from './common';

/** At most this many questions per scenario, and answer choices per question. */
export const SCENARIO_LIMITS = { questions: 10, choices: 6, minChoices: 2 } as const;

/** A required longer text (the story, a question, its feedback). */
const requiredText = (max: number) => required(text(max));

export const scenarioChoice = z.object({
  ...translated('text', line(LIMITS.name)),
  textNl: required(line(LIMITS.name)),
  right: z.boolean(),
  /** A partner (organisation) or contact point of the network the choice names; may go stale. */
  organisationId: optional(line(LIMITS.id)),
  contactPointId: optional(line(LIMITS.id)),
});

export const scenarioQuestion = z.object({
  ...translated('text', text(LIMITS.description)),
  textNl: requiredText(LIMITS.description),
  ...translated('feedback', text(LIMITS.description)),
  feedbackNl: requiredText(LIMITS.description),
  choices: z
    .array(scenarioChoice)
    .max(SCENARIO_LIMITS.choices)
    .refine((c) => c.length >= SCENARIO_LIMITS.minChoices, {
      ...problem('scenario_choices'),
      abort: true,
    })
    .refine((c) => c.some((choice) => choice.right), problem('scenario_right_choice')),
});

export const scenarioTexts = z.object({
  ...translated('title', line(LIMITS.name)),
  titleNl: required(line(LIMITS.name, LIMITS.nameMin)),
  ...translated('story', text(LIMITS.longText)),
  storyNl: requiredText(LIMITS.longText),
});

export const scenarioDetails = scenarioTexts.extend({
  barrierCode: required(line(60)),
  regionId: optional(line(LIMITS.id)),
  questions: z
    .array(scenarioQuestion)
    .max(SCENARIO_LIMITS.questions)
    .refine((q) => q.length > 0, problem('scenario_question')),
});

export type ScenarioDetails = z.output<typeof scenarioDetails>;
export type ScenarioQuestionInput = z.input<typeof scenarioQuestion>;
