/** One generated scenario, and answering one of its questions. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** A choice, as a question offers it and as an answer names the right one (they read alike). */
const CHOICE = graphql(`
  fragment TrainingChoiceFields on TrainingChoice {
    id
    kind
    organisation { id name }
    agreement {
      id
      dataCategories
      conditions(lang: $lang)
      legalBases { id name(lang: $lang) citation }
    }
    measure {
      id
      name(lang: $lang)
      description(lang: $lang)
      legalBases { id name(lang: $lang) citation }
    }
  }
`);

export const TRAINING_SCENARIO = graphql(
  `
  query TrainingScenario($id: ID!, $lang: Language!) {
    trainingScenario(id: $id) {
      id
      barrier { code name(lang: $lang) }
      indicator { id name(lang: $lang) description(lang: $lang) }
      region { id name(lang: $lang) }
      municipality { id name }
      questions {
        kind
        partner { id name }
        choices { ...TrainingChoiceFields }
      }
    }
  }
`,
  [CHOICE],
);

export const ANSWER_TRAINING_QUESTION = graphql(
  `
  mutation AnswerTrainingQuestion($input: TrainingAnswerInput!, $lang: Language!) {
    answerTrainingQuestion(input: $input) {
      question
      correct
      recorded
      questionsLeft
      chosen { id }
      right { ...TrainingChoiceFields }
      firstCallReason {
        role
        scope
        priority
        coveragePath { id name(lang: $lang) }
        via { id name }
      }
    }
  }
`,
  [CHOICE],
);

export type TrainingScenario = NonNullable<ResultOf<typeof TRAINING_SCENARIO>['trainingScenario']>;
export type TrainingQuestion = TrainingScenario['questions'][number];
export type TrainingAnswer = ResultOf<typeof ANSWER_TRAINING_QUESTION>['answerTrainingQuestion'];
export type TrainingChoice = TrainingQuestion['choices'][number];

export function useTrainingScenario(id: string, lang: Lang) {
  // Kept while an answer clears the cache and the scenario is asked again.
  return useQuery(TRAINING_SCENARIO, { id, lang }, { skip: !id, keepPrevious: true });
}

/** Answers a question; the answer is explained from the network (and kept when signed in). */
export async function answerTrainingQuestion(
  input: { scenario: string; question: TrainingQuestion['kind']; choice: string },
  lang: Lang,
): Promise<TrainingAnswer> {
  const data = await change(ANSWER_TRAINING_QUESTION, { input, lang }, lang);
  return data.answerTrainingQuestion;
}
