/** The Cypher of the coordinators' weekly digest (cypher/queries/digest). */
import type { UserRole } from '../auth/auth.repository';
import { cypherQuery, type NoParams } from '../db/query';
import type { Language } from '../shared/language';

export interface DigestRecipientRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** Null for accounts made before mails had a language: Dutch. */
  language: Language | null;
  scopeRegionIds: string[];
  scopeOrganisationIds: string[];
}

export interface DigestLinkUserRow {
  id: string;
  name: string;
  email: string;
  /** The account's digest is on. */
  on: boolean;
}

export const digestRecipients = cypherQuery<NoParams, { user: DigestRecipientRow }>(
  'digest/recipients',
);

/** The opt-out link of digest mail `id`, made once; `fresh`: mail this token. No row: no user. */
export const openDigestLink = cypherQuery<
  { id: string; userId: string; hash: string },
  { fresh: boolean }
>('digest/open-link');

export const digestLinkUser = cypherQuery<{ hash: string }, { user: DigestLinkUserRow }>(
  'digest/link-user',
);

export const setDigestMail = cypherQuery<{ userId: string; on: boolean }, { before: boolean }>(
  'digest/set',
);

export const digestMailOf = cypherQuery<{ userId: string }, { on: boolean }>('digest/of-user');
