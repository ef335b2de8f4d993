/** The Cypher of sent mail (cypher/queries/mail). */
import { cypherQuery, type Int } from '../db/query';

export type ClaimOutcome = 'claimed' | 'duplicate' | 'limited';

/** Claims a message id for sending, unless it was claimed before or its recipient had enough. */
export const claimMail = cypherQuery<
  { id: string; recipient: string; kind: string; windowMinutes: Int; perWindow: Int },
  { outcome: ClaimOutcome }
>('mail/claim');

export const markSent = cypherQuery<{ id: string; via: string }, { marked: number }>(
  'mail/mark-sent',
);
