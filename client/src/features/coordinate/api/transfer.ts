/** Import of a CSV file or .xlsx workbook (dry run, commit, progress) and the export files. */
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
  mutation ImportDryRun($csv: String, $xlsx: String) {
    importDryRun(csv: $csv, xlsx: $xlsx) {
      checksum
      format
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
  mutation ImportCommit($csv: String, $xlsx: String, $checksum: String!) {
    importCommit(csv: $csv, xlsx: $xlsx, dryRunChecksum: $checksum, wait: false) {
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

/** The file as the API takes it: CSV text, or a workbook's bytes in base64. */
export type ImportUpload = { csv: string } | { xlsx: string };

export async function dryRun(file: ImportUpload, lang: Lang): Promise<DryRun> {
  return (await request(IMPORT_DRY_RUN, file, { lang })).importDryRun;
}

export async function commitImport(
  file: ImportUpload,
  checksum: string,
  lang: Lang,
): Promise<ImportJob> {
  return (await change(IMPORT_COMMIT, { ...file, checksum }, lang)).importCommit;
}

/** Reads a chosen file: a workbook (a zip, or named .xlsx) as base64, anything else as text. */
export async function readUpload(file: File): Promise<ImportUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip || /\.xlsx$/i.test(file.name)) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return { xlsx: btoa(binary) };
  }
  return { csv: new TextDecoder('utf-8').decode(bytes) };
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
