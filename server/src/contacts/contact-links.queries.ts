/** The Cypher of contacts' own verification links (cypher/queries/contact-links). */
import { cypherQuery, type Int } from '../db/query';
import type { Country } from '../shared/codes';

export interface DueContactRow {
  id: string;
  type: 'PERSON' | 'CONTACT_POINT';
  email: string;
  firstName: string | null;
  lastName: string | null;
  nameNl: string | null;
  nameFr: string | null;
  nameEn: string | null;
  languages: string[];
  country: Country | null;
  /** The verification cycle: the contact's lastVerifiedAt, or 'never'. */
  cycle: string;
}

export interface ContactLinkEntryRow {
  linkId: string;
  contactId: string;
  type: 'PERSON' | 'CONTACT_POINT';
  used: boolean;
  expired: boolean;
  archived: boolean;
  expiresAt: string;
  firstName: string | null;
  lastName: string | null;
  function: string | null;
  nameNl: string | null;
  nameFr: string | null;
  nameEn: string | null;
  email: string | null;
  phone: string | null;
  organisationName: string | null;
  mailStopped: boolean;
}

export const dueContacts = cypherQuery<{ cutoff: string; limit: Int }, { contact: DueContactRow }>(
  'contact-links/due',
);

export const openLink = cypherQuery<
  { id: string; contactId: string; cycle: string; hash: string; days: Int },
  { fresh: boolean; mailed: boolean }
>('contact-links/open');

export const markMailed = cypherQuery<{ id: string }, { marked: number }>(
  'contact-links/mark-mailed',
);

export const linkEntry = cypherQuery<{ hash: string }, { entry: ContactLinkEntryRow }>(
  'contact-links/entry',
);

export const useLink = cypherQuery<{ hash: string; use: string }, { id: string }>(
  'contact-links/use',
);
