/** CSV import (dry run, commit, progress) and the export files. */
import type { Lang } from '../../../lib/i18n';
import { change, send } from './request';

const ROW = /* GraphQL */ `
  fragment ImportRowFields on ImportRow {
    line
    action
    organisationAction
    organisationId
    organisationName
    contactAction
    contactId
    contactName
    changes {
      field
      from
      to
    }
    problems {
      field
      code
      message
    }
  }
`;

const TOTALS = /* GraphQL */ `
  fragment ImportTotalsFields on ImportTotals {
    rows
    create
    update
    unchanged
    reject
  }
`;

export const IMPORT_DRY_RUN = /* GraphQL */ `
  mutation ImportDryRun($csv: String!) {
    importDryRun(csv: $csv) {
      checksum
      separator
      canCommit
      ignoredColumns
      totals {
        ...ImportTotalsFields
      }
      fileProblems {
        field
        code
        message
      }
      rows {
        ...ImportRowFields
      }
    }
  }
  ${ROW}
  ${TOTALS}
`;

const JOB = /* GraphQL */ `
  fragment ImportJobFields on ImportJob {
    id
    status
    total
    processed
    error
    startedAt
    finishedAt
    totals {
      ...ImportTotalsFields
    }
    rejectedRows {
      ...ImportRowFields
    }
  }
`;

export const IMPORT_COMMIT = /* GraphQL */ `
  mutation ImportCommit($csv: String!, $checksum: String!) {
    importCommit(csv: $csv, dryRunChecksum: $checksum, wait: false) {
      ...ImportJobFields
    }
  }
  ${JOB}
  ${ROW}
  ${TOTALS}
`;

export const IMPORT_JOB = /* GraphQL */ `
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
  ${JOB}
  ${ROW}
  ${TOTALS}
`;

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'REJECT';

export interface ImportProblem {
  field: string;
  code: string;
  message: string;
}

export interface ImportRow {
  line: number;
  action: ImportAction;
  organisationAction: ImportAction | null;
  organisationId: string | null;
  organisationName: string | null;
  contactAction: ImportAction | null;
  contactId: string | null;
  contactName: string | null;
  changes: { field: string; from: string | null; to: string | null }[];
  problems: ImportProblem[];
}

export interface ImportTotals {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  reject: number;
}

export interface DryRun {
  checksum: string;
  separator: string;
  canCommit: boolean;
  ignoredColumns: string[];
  totals: ImportTotals;
  fileProblems: ImportProblem[];
  rows: ImportRow[];
}

export interface ImportJob {
  id: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  total: number;
  processed: number;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  totals: ImportTotals;
  rejectedRows: ImportRow[];
}

export async function dryRun(csv: string, lang: Lang): Promise<DryRun> {
  return (await send<{ importDryRun: DryRun }>(IMPORT_DRY_RUN, { csv }, lang)).importDryRun;
}

export async function commitImport(csv: string, checksum: string, lang: Lang): Promise<ImportJob> {
  return (await change<{ importCommit: ImportJob }>(IMPORT_COMMIT, { csv, checksum }, lang))
    .importCommit;
}

export async function fetchImportJob(id: string, lang: Lang): Promise<ImportJob | null> {
  return (await send<{ importJob: ImportJob | null }>(IMPORT_JOB, { id }, lang)).importJob;
}

/** The download links the server answers (GET /export/…, with the session cookie). */
export const EXPORTS = {
  organisations: '/export/organisations.csv',
  contactPoints: '/export/contact-points.csv',
  persons: '/export/persons.csv',
  agreements: '/export/agreements.csv',
  backup: '/export/backup.json',
} as const;

export function whoToCallVcardLink(barrier: string, region: string, lang: Lang): string {
  const query = new URLSearchParams({ barrier, region, lang });
  return `/export/who-to-call.vcf?${query.toString()}`;
}
