/** The Cypher of the skills training (cypher/queries/training): what each query takes and returns. */
import { cypherQuery } from '../db/query';

export interface CatalogueRow {
  cases: { barrierCode: string; indicatorId: string }[];
  regionIds: string[];
}

export interface CaseRow {
  indicatorId: string;
  barrierCode: string;
  regionId: string;
  /** The municipality's own organisation, the caller of the story; null when it has none. */
  ownOrganisationId: string | null;
  barrierMeasureIds: string[];
  ownMeasureIds: string[];
  otherMeasureIds: string[];
  agreementIds: string[];
}

export interface AttemptParams {
  id: string;
  userId: string;
  scenarioId: string;
  barrierCode: string;
  regionId: string;
  question: string;
  questionCount: number;
  correct: boolean;
}

export interface ProgressRow {
  barrierCode: string;
  started: number;
  /** Scenarios of which every question was answered at least once. */
  doneScenarioIds: string[];
  answered: number;
  correct: number;
  lastAttemptAt: string | null;
}

export interface MistakeRow {
  barrierCode: string;
  question: string;
  answered: number;
  wrong: number;
}

export const catalogue = cypherQuery<{ barrierCode: string | null }, CatalogueRow>(
  'training/catalogue',
);

export const trainingCase = cypherQuery<
  { indicatorId: string; barrierCode: string; regionId: string },
  CaseRow
>('training/case');

export const recordAttempt = cypherQuery<AttemptParams, { id: string }>('training/record-attempt');

export const progress = cypherQuery<{ userId: string }, ProgressRow>('training/progress');

export const mistakes = cypherQuery<
  { everywhere: boolean; regionIds: string[]; organisationIds: string[] },
  MistakeRow
>('training/mistakes');
