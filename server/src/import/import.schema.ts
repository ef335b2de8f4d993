/**
 * Import of a CSV file or an .xlsx workbook: a dry run that writes nothing, a commit of that very
 * file, and its progress.
 */
import { actorOf } from '../auth/permissions';
import { builder } from '../builder';
import type { Context } from '../context';
import { type FieldError, UserError, ValidationError } from '../errors';
import { message } from '../shared/messages';
import { importMessage } from './import.messages';
import type { RowReport } from './import-plan';
import { type DryRun, Importer, type ImportFile, type ImportTotals } from './importer';
import type { ImportJobRow } from './transfer.repository';

const ImportActionEnum = builder.enumType('ImportAction', {
  values: ['CREATE', 'UPDATE', 'UNCHANGED', 'REJECT'] as const,
});

const ImportProblemRef = builder.objectRef<FieldError>('ImportProblem').implement({
  description: 'Why a row (or the file) cannot be imported, per column, in your language.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The column, e.g. "email" or "coverage.1".' }),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

const ImportChangeRef = builder.objectRef<RowReport['changes'][number]>('ImportChange').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    from: t.exposeString('from', { nullable: true }),
    to: t.exposeString('to', { nullable: true }),
  }),
});

const ImportRowRef = builder.objectRef<RowReport>('ImportRow').implement({
  description: 'What one row of the file does (or would do).',
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'Line of the file the row starts on.' }),
    action: t.field({ type: ImportActionEnum, resolve: (r) => r.action }),
    organisationAction: t.field({
      type: ImportActionEnum,
      nullable: true,
      resolve: (r) => r.organisationAction,
    }),
    organisationId: t.exposeID('organisationId', { nullable: true }),
    organisationName: t.exposeString('organisationName', { nullable: true }),
    contactAction: t.field({
      type: ImportActionEnum,
      nullable: true,
      resolve: (r) => r.contactAction,
    }),
    contactId: t.exposeID('contactId', { nullable: true, description: 'Null for a new contact.' }),
    contactName: t.exposeString('contactName', { nullable: true }),
    changes: t.field({ type: [ImportChangeRef], resolve: (r) => r.changes }),
    problems: t.field({ type: [ImportProblemRef], resolve: (r) => r.errors }),
  }),
});

const ImportTotalsRef = builder.objectRef<ImportTotals>('ImportTotals').implement({
  fields: (t) => ({
    rows: t.exposeInt('rows'),
    create: t.exposeInt('create'),
    update: t.exposeInt('update'),
    unchanged: t.exposeInt('unchanged'),
    reject: t.exposeInt('reject'),
  }),
});

const ImportDryRunRef = builder.objectRef<DryRun>('ImportDryRun').implement({
  fields: (t) => ({
    checksum: t.exposeString('checksum', { description: 'Name it to commit this very file.' }),
    format: t.exposeString('format', { description: 'CSV or XLSX.' }),
    separator: t.exposeString('separator', {
      nullable: true,
      description: 'The CSV separator found; null for a workbook.',
    }),
    canCommit: t.boolean({ resolve: (d) => d.fileProblems.length === 0 }),
    totals: t.field({ type: ImportTotalsRef, resolve: (d) => d.totals }),
    rows: t.field({ type: [ImportRowRef], resolve: (d) => d.rows }),
    fileProblems: t.field({ type: [ImportProblemRef], resolve: (d) => d.fileProblems }),
    ignoredColumns: t.exposeStringList('ignoredColumns'),
  }),
});

const ImportJobStatusEnum = builder.enumType('ImportJobStatus', {
  values: ['RUNNING', 'DONE', 'FAILED'] as const,
});

const ImportJobRef = builder.objectRef<ImportJobRow>('ImportJob').implement({
  description: 'A commit in progress or done; poll it with importJob(id).',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: ImportJobStatusEnum, resolve: (j) => j.status }),
    total: t.exposeInt('total', { description: 'Rows in the file.' }),
    processed: t.exposeInt('processed', { description: 'Rows handled in committed batches.' }),
    totals: t.field({
      type: ImportTotalsRef,
      resolve: (j) => ({
        rows: j.processed,
        create: j.created,
        update: j.updated,
        unchanged: j.unchanged,
        reject: j.rejected,
      }),
    }),
    rejectedRows: t.field({
      type: [ImportRowRef],
      description: 'The rows that were not written, with their problems (the first 1,000).',
      resolve: (j) => JSON.parse(j.rejectedRows) as RowReport[],
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'Last progress; a RUNNING job that stays still was cut off (e.g. a restart).',
    }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

/** Base64 as browsers and `base64` write it (line breaks allowed). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The one file of the request; an .xlsx that is not base64 reads as no workbook at all. */
function fileOf(args: { csv?: string | null; xlsx?: string | null }, ctx: Context): ImportFile {
  const given = [args.csv, args.xlsx].filter((f) => f !== null && f !== undefined);
  if (given.length !== 1) {
    throw new UserError('BAD_USER_INPUT', importMessage(ctx.lang, 'one_file'), { field: 'csv' });
  }
  if (typeof args.csv === 'string') return { format: 'CSV', text: args.csv };
  const base64 = (args.xlsx ?? '').replace(/\s+/g, '');
  // Invalid base64 becomes no bytes, which the reader refuses as "not a workbook".
  return {
    format: 'XLSX',
    bytes: BASE64.test(base64) ? Buffer.from(base64, 'base64') : Buffer.alloc(0),
  };
}

const fileArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  csv: t.arg.string({ description: 'The text of a CSV file.' }),
  xlsx: t.arg.string({ description: 'An .xlsx workbook, base64 (its first worksheet is read).' }),
});

/** The editor of a field that declares `editor` access, and their account (scope, job owner). */
function editor(ctx: Context) {
  const actor = actorOf(ctx);
  if (!ctx.viewer) throw new UserError('UNAUTHENTICATED', 'Sign in to import');
  return { actor, viewer: ctx.viewer };
}

builder.mutationFields((t) => ({
  importDryRun: t.field({
    type: ImportDryRunRef,
    description:
      'Reads a CSV file or an .xlsx workbook (give one; docs/import-format.md) and reports per row what an import would do; writes nothing.',
    args: fileArgs(t),
    authScopes: { editor: true },
    resolve: async (_root, args, ctx) => {
      const { viewer } = editor(ctx);
      return new Importer(ctx.repos).dryRun(fileOf(args, ctx), viewer, ctx.lang);
    },
  }),
  importCommit: t.field({
    type: ImportJobRef,
    description:
      'Imports the file of a dry run (named by its checksum), 500 rows per transaction; rejected rows are never written. Returns the job at once, or when `wait` once it is done.',
    args: {
      ...fileArgs(t),
      dryRunChecksum: t.arg.string({ required: true }),
      wait: t.arg.boolean({ defaultValue: false }),
    },
    authScopes: { editor: true },
    resolve: async (_root, { dryRunChecksum, wait, ...file }, ctx) => {
      const { actor, viewer } = editor(ctx);
      const importer = new Importer(ctx.repos);
      const prepared = await importer.prepare(fileOf(file, ctx), ctx.lang);
      if (prepared.checksum !== dryRunChecksum) {
        throw new UserError('BAD_USER_INPUT', importMessage(ctx.lang, 'checksum_mismatch'), {
          field: 'dryRunChecksum',
        });
      }
      if (prepared.fileProblems.length > 0) {
        throw new ValidationError(
          message(ctx.lang, 'summary', { count: prepared.fileProblems.length }),
          prepared.fileProblems,
        );
      }
      return importer.commit(prepared, actor, viewer, ctx.lang, wait ?? false, logError);
    },
  }),
}));

builder.queryField('importJob', (t) =>
  t.field({
    type: ImportJobRef,
    nullable: true,
    description: 'An import you started (administrators: any import).',
    args: { id: t.arg.id({ required: true }) },
    authScopes: { editor: true },
    resolve: async (_root, { id }, ctx) => {
      const { actor } = editor(ctx);
      const job = await ctx.repos.transfer.job(id);
      return job && (actor.admin || job.userId === actor.id) ? job : null;
    },
  }),
);

function logError(text: string, error: unknown) {
  console.error(`${new Date().toISOString()} ${text}:`, error);
}
