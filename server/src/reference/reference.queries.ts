/** The Cypher of reference data (cypher/queries/reference): what each query takes and returns. */
import { cypherQuery, type NoParams } from '../db/query';

export type ReferenceLabel = 'Measure' | 'Indicator' | 'Network';
export type ReferenceLink = 'RAISES' | 'SIGNALS' | 'BASED_ON' | 'POINTS_TO' | 'SEEN_IN';

export interface ReferenceCodes {
  barriers: string[];
  legalBases: string[];
  forms: string[];
  sectors: string[];
}

export const createReference = cypherQuery<
  { label: ReferenceLabel; id: string; props: Record<string, unknown> },
  { id: string }
>('reference/create');

/** Replaces one kind of link; the target codes/ids before and after. */
export const setReferenceLinks = cypherQuery<
  { id: string; kind: ReferenceLink; keys: string[] },
  { before: string[]; after: string[] }
>('reference/set-links');

export const referenceCodes = cypherQuery<NoParams, ReferenceCodes>('reference/codes');
