/** The Cypher of import, export, backup and restore (cypher/queries/transfer). */
import { cypherQuery, type Int, type NoParams } from '../db/query';
import type { ContactState, OrganisationState } from './import-plan';

export interface ImportJobRow {
  id: string;
  userId: string;
  userEmail: string;
  checksum: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** JSON list of the rejected rows' reports (the first 1,000). */
  rejectedRows: string;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface ExportOrganisationRow {
  id: string;
  exploitationForms?: string[] | null;
  name: string;
  shortName: string | null;
  type: string | null;
  country: string | null;
  website: string | null;
  status: string | null;
  coverage: string[];
  roles: string[];
}

export interface ExportContactRow {
  id: string;
  exploitationForms?: string[] | null;
  kind?: string | null;
  nameNl?: string | null;
  nameFr?: string | null;
  nameEn?: string | null;
  hoursNl?: string | null;
  hoursFr?: string | null;
  hoursEn?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  function?: string | null;
  email: string | null;
  phone: string | null;
  languages: string[] | null;
  status: string | null;
  lastVerifiedAt: string | null;
  unitId: string | null;
  organisationId: string | null;
  responsibilities: string[];
}

export interface ExportAgreementRow {
  id: string;
  dataCategories: string[] | null;
  crossBorder: boolean | null;
  mutual: boolean | null;
  conditionsNl: string | null;
  conditionsFr: string | null;
  conditionsEn: string | null;
  status: string | null;
  validFrom: string | null;
  validUntil: string | null;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  legalBases: string[];
}

/** A node or relationship as the driver returns it: typed values, for the backup to encode. */
export interface RawNode {
  ref: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RawRelationship {
  from: string;
  to: string;
  type: string;
  properties: Record<string, unknown>;
}

export interface Contents {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  /** Nodes of any kind but migrations: 0 means the database is empty. */
  total: number;
}

type Ids = { ids: string[] };

/** The organisations an import batch refers to, by id or by name. */
export const importOrganisations = cypherQuery<
  { ids: string[]; names: string[] },
  { organisation: OrganisationState }
>('transfer/import-organisations');

/** The contacts of those organisations, and the contacts referred to by id. */
export const importContacts = cypherQuery<
  { organisationIds: string[]; contactIds: string[] },
  { contact: ContactState }
>('transfer/import-contacts');

/** Locks entities for the import batch's transaction (ids in sorted order). */
export const lock = cypherQuery<Ids, { locked: number }>('transfer/lock');

export const unlock = cypherQuery<Ids, { unlocked: number }>('transfer/unlock');

export const setProperties = cypherQuery<
  { id: string; props: Record<string, unknown> },
  { id: string }
>('transfer/set-properties');

/** One new organisation of an import batch: its stored fields, coverage and roles. */
export interface NewOrganisationRow {
  id: string;
  props: Record<string, unknown>;
  regionIds: string[];
  roles: { barrier: string; role: string }[];
}

/** One new contact of an import batch. */
export interface NewContactRow {
  id: string;
  label: 'Person' | 'ContactPoint';
  ownerId: string;
  props: Record<string, unknown>;
  /** A person's function at the owner (null for a contact point). */
  function: string | null;
  responsibilities: { barrier: string; role: string; priority: string }[];
}

export const createOrganisations = cypherQuery<{ rows: NewOrganisationRow[] }, { created: number }>(
  'transfer/create-organisations',
);

export const createContacts = cypherQuery<{ rows: NewContactRow[] }, { ids: string[] }>(
  'transfer/create-contacts',
);

export const setFunction = cypherQuery<{ id: string; function: string }, { changed: number }>(
  'transfer/set-function',
);

export const jobCreate = cypherQuery<
  { id: string; userId: string; userEmail: string; checksum: string; total: Int },
  { job: ImportJobRow }
>('transfer/job-create');

export const jobProgress = cypherQuery<
  {
    id: string;
    processed: Int;
    created: Int;
    updated: Int;
    unchanged: Int;
    rejected: Int;
    rejectedRows: string;
  },
  { processed: number }
>('transfer/job-progress');

export const jobFinish = cypherQuery<
  { id: string; status: 'DONE' | 'FAILED'; error: string | null },
  { job: ImportJobRow }
>('transfer/job-finish');

export const jobById = cypherQuery<{ id: string }, { job: ImportJobRow }>('transfer/job-by-id');

export const exportOrganisations = cypherQuery<NoParams, { organisation: ExportOrganisationRow }>(
  'transfer/export-organisations',
);

export const exportContactPoints = cypherQuery<NoParams, { contact: ExportContactRow }>(
  'transfer/export-contact-points',
);

export const exportPersons = cypherQuery<NoParams, { contact: ExportContactRow }>(
  'transfer/export-persons',
);

export const exportAgreements = cypherQuery<NoParams, { agreement: ExportAgreementRow }>(
  'transfer/export-agreements',
);

/** Run by the backup straight on the driver, which keeps the typed values of RawNode. */
export const backupNodes = cypherQuery<NoParams, RawNode>('transfer/backup-nodes');

/** Run by the backup straight on the driver, which keeps the typed values of RawRelationship. */
export const backupRelationships = cypherQuery<NoParams, RawRelationship>(
  'transfer/backup-relationships',
);

/** Creates nodes; the element id (`ref`) of each by its `id`. */
export const restoreNodes = cypherQuery<
  { rows: { labels: string[]; properties: Record<string, unknown> }[] },
  { id: string; ref: string }
>('transfer/restore-nodes');

export const restoreRelationships = cypherQuery<
  { rows: { from: string; to: string; type: string; properties: Record<string, unknown> }[] },
  { created: number }
>('transfer/restore-relationships');

/** Deletes up to `limit` nodes (everything but migrations). */
export const wipe = cypherQuery<{ limit: Int }, { deleted: number }>('transfer/wipe');

export const contents = cypherQuery<
  NoParams,
  { labels: [string, number][]; types: [string, number][]; total: number }
>('transfer/contents');
