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
  /** The scenario's place; null for an authored scenario set nowhere in particular. */
  regionId: string | null;
  question: string;
  /** An authored scenario's question, from 1; null for a generated one. */
  questionNumber: number | null;
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
  /** For an authored scenario's question: the scenario and the question's number. */
  scenarioId: string | null;
  questionNumber: number | null;
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

/** An authored scenario as stored: its questions are one JSON text. */
export interface AuthoredScenarioStored {
  id: string;
  version: number;
  status: string;
  authorId: string;
  barrierCode: string;
  regionId: string | null;
  questions: string;
  referenceIds: string[] | null;
  [text: string]: unknown;
}

/** A partner or contact point an authored scenario names that is archived or gone. */
export interface StaleReference {
  id: string;
  /** Organisation or ContactPoint; null when it no longer exists. */
  kind: string | null;
  name: string | null;
  /** The day it was last archived (YYYY-MM-DD), from the audit trail. */
  archivedAt: string | null;
}

export interface AuthoredScenarioRow {
  scenario: AuthoredScenarioStored;
  stale: StaleReference[];
}

export const createAuthoredScenario = cypherQuery<
  { id: string; authorId: string; props: Record<string, unknown> },
  { id: string }
>('training/authored-create');

export const authoredScenarios = cypherQuery<
  {
    id: string | null;
    activeOnly: boolean;
    everywhere: boolean;
    userId: string | null;
    regionIds: string[];
  },
  AuthoredScenarioRow
>('training/authored-scenarios');
