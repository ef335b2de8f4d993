/** The scenarios on offer per barrier, your progress, and (coordinators) the mistakes in scope. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const TRAINING_SCENARIOS = graphql(`
  query TrainingScenarios($lang: Language!) {
    barriers { id code name(lang: $lang) }
    trainingScenarios {
      id
      barrier { code }
      indicator { id name(lang: $lang) kind }
      region { id name(lang: $lang) }
    }
    authoredTrainingScenarios { id title(lang: $lang) barrier { code } }
  }
`);

export const MY_TRAINING_PROGRESS = graphql(`
  query MyTrainingProgress($lang: Language!) {
    myTrainingProgress {
      barrier { code name(lang: $lang) }
      started
      done
      doneScenarioIds
      answered
      correct
      lastAttemptAt
    }
  }
`);

export const TRAINING_MISTAKES = graphql(`
  query TrainingMistakes($lang: Language!) {
    trainingMistakes {
      barrier { code name(lang: $lang) }
      question
      questionNumber
      authoredScenario { id title(lang: $lang) }
      answered
      wrong
    }
  }
`);

export type TrainingProgress = ResultOf<typeof MY_TRAINING_PROGRESS>['myTrainingProgress'];

export function useTrainingScenarios(lang: Lang) {
  return useQuery(TRAINING_SCENARIOS, { lang });
}

/** Your progress; skipped when you are not signed in (nothing is kept then). */
export function useMyTrainingProgress(lang: Lang, signedIn: boolean) {
  return useQuery(MY_TRAINING_PROGRESS, { lang }, { skip: !signedIn });
}

/** For coordinators: counts of wrong answers per barrier and question in their scope. */
export function useTrainingMistakes(lang: Lang, coordinator: boolean) {
  return useQuery(TRAINING_MISTAKES, { lang }, { skip: !coordinator });
}
