/** Authored scenarios: one to practise, answering one of its questions, and the author's list. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const AUTHORED_TRAINING_SCENARIO = graphql(`
  query AuthoredTrainingScenario($id: ID!, $lang: Language!) {
    authoredTrainingScenario(id: $id) {
      id
      title(lang: $lang)
      story(lang: $lang)
      barrier { code name(lang: $lang) }
      region { id name(lang: $lang) }
      questions {
        number
        text(lang: $lang)
        choices { number text(lang: $lang) }
      }
    }
  }
`);

export const ANSWER_AUTHORED_QUESTION = graphql(`
  mutation AnswerAuthoredTrainingQuestion($input: AuthoredTrainingAnswerInput!, $lang: Language!) {
    answerAuthoredTrainingQuestion(input: $input) {
      question
      chosen
      correct
      recorded
      rightChoices
      feedback(lang: $lang)
      questionsLeft
    }
  }
`);

export const MY_AUTHORED_SCENARIOS = graphql(`
  query MyAuthoredScenarios($lang: Language!) {
    authoredScenarios {
      id
      status
      barrierCode
      title { nl fr en }
      needsAttention { id reason(lang: $lang) }
    }
  }
`);

export type AuthoredTrainingScenario = NonNullable<
  ResultOf<typeof AUTHORED_TRAINING_SCENARIO>['authoredTrainingScenario']
>;
export type AuthoredTrainingQuestion = AuthoredTrainingScenario['questions'][number];
export type AuthoredTrainingAnswer = ResultOf<
  typeof ANSWER_AUTHORED_QUESTION
>['answerAuthoredTrainingQuestion'];

export function useAuthoredTrainingScenario(id: string, lang: Lang) {
  return useQuery(AUTHORED_TRAINING_SCENARIO, { id, lang }, { skip: !id, keepPrevious: true });
}

/** For coordinators: the scenarios they wrote or that are set in their scope. */
export function useMyAuthoredScenarios(lang: Lang, coordinator: boolean) {
  return useQuery(MY_AUTHORED_SCENARIOS, { lang }, { skip: !coordinator });
}

/** Answers a question (numbers from 1); the feedback is the author's, kept when signed in. */
export async function answerAuthoredQuestion(
  input: { scenario: string; question: number; choice: number },
  lang: Lang,
): Promise<AuthoredTrainingAnswer> {
  return (await change(ANSWER_AUTHORED_QUESTION, { input, lang }, lang))
    .answerAuthoredTrainingQuestion;
}
