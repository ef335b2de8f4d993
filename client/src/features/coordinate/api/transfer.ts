/** CSV import (dry run, commit, progress) and the export files. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

const ROW = graphql(`
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
`);

const TOTALS = graphql(`
  fragment ImportTotalsFields on ImportTotals {
    rows
    create
    update
    unchanged
    reject
  }
`);

export const IMPORT_DRY_RUN = graphql(
  `
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
`,
  [ROW, TOTALS],
);

const JOB = graphql(
  `
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
`,
  [ROW, TOTALS],
);

export const IMPORT_COMMIT = graphql(
  `
  mutation ImportCommit($csv: String!, $checksum: String!) {
    importCommit(csv: $csv, dryRunChecksum: $checksum, wait: false) {
      ...ImportJobFields
    }
  }
`,
  [JOB],
);

export const IMPORT_JOB = graphql(
  `
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`,
  [JOB],
);

export type ImportRow = ResultOf<typeof ROW>;
export type ImportAction = ImportRow['action'];
export type ImportProblem = ImportRow['problems'][number];
export type ImportTotals = ResultOf<typeof TOTALS>;
export type DryRun = ResultOf<typeof IMPORT_DRY_RUN>['importDryRun'];
export type ImportJob = ResultOf<typeof JOB>;

export async function dryRun(csv: string, lang: Lang): Promise<DryRun> {
  return (await request(IMPORT_DRY_RUN, { csv }, { lang })).importDryRun;
}

export async function commitImport(csv: string, checksum: string, lang: Lang): Promise<ImportJob> {
  return (await change(IMPORT_COMMIT, { csv, checksum }, lang)).importCommit;
}

export async function fetchImportJob(id: string, lang: Lang): Promise<ImportJob | null> {
  return (await request(IMPORT_JOB, { id }, { lang })).importJob;
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
