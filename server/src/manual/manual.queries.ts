/** The Cypher of the manual (cypher/queries/manual): what each query takes and returns. */
import { cypherQuery } from '../db/query';

export interface SharingBetweenRow {
  agreementIds: string[];
  /** ISO timestamp of the last audited change anywhere in the network; null before any. */
  lastChangeAt: string | null;
}

export const sharingBetween = cypherQuery<{ organisationIds: string[] }, SharingBetweenRow>(
  'manual/sharing-between',
);
