/**
 * CSV import: a dry run that writes nothing and reports per row, then a commit of exactly that
 * file (by checksum) in batches of 500 rows, each batch one audited write transaction, with its
 * progress kept on an (:ImportJob) node that any server instance can report.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { Actor, Write as EditorWrite } from '../audit/editor';
import type { Viewer } from '../auth/auth.repository';
import type { FieldError } from '../errors';
import type { Repositories } from '../repositories';
import type { Role } from '../shared/codes';
import { CsvError, type CsvRecord, parseCsv, type Separator } from '../shared/csv';
import type { Language } from '../shared/language';
import { parseXlsx, XlsxError } from '../shared/xlsx';
import { importMessage } from './import.messages';
import { type ImportRow, type Reference, readHeader, readRow } from './import-format';
import {
  copyMemory,
  type ImportMemory,
  ImportPlanner,
  newMemory,
  type RowPlan,
  type RowReport,
  type ScopeCheck,
  type Snapshot,
  snapshotKeys,
  type Write,
} from './import-plan';
import type { ImportJobRow } from './transfer.repository';

/** Limits of one import (documented in docs/import-format.md). */
export const IMPORT_LIMITS = {
  maxMegabytes: 5,
  maxRows: 20_000,
  /** Rows per write transaction of a commit (halved again when a busy database times it out). */
  batchSize: 500,
  /** Rows per snapshot of a dry run. */
  dryRunChunk: 1_000,
  /** Rejected rows kept on a job for the report. */
  keptRejections: 1_000,
};

export interface ImportTotals {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  reject: number;
}

/** The file to import: CSV text, or the bytes of an .xlsx workbook. */
export type ImportFile = { format: 'CSV'; text: string } | { format: 'XLSX'; bytes: Buffer };

export interface DryRun {
  checksum: string;
  format: ImportFile['format'];
  /** Null for a workbook. */
  separator: Separator | null;
  totals: ImportTotals;
  rows: RowReport[];
  /** Problems of the file as a whole; when there are any, no row is read. */
  fileProblems: FieldError[];
  ignoredColumns: string[];
}

export interface Prepared {
  checksum: string;
  format: ImportFile['format'];
  separator: Separator | null;
  rows: ImportRow[];
  fileProblems: FieldError[];
  ignoredColumns: string[];
}

/** The checksum a commit must name: the SHA-256 of the file's text (CSV) or bytes (.xlsx). */
export function checksumOf(file: ImportFile): string {
  const hash = createHash('sha256');
  return (file.format === 'CSV' ? hash.update(file.text, 'utf8') : hash.update(file.bytes)).digest(
    'hex',
  );
}

export function totalsOf(reports: readonly RowReport[]): ImportTotals {
  const totals: ImportTotals = { rows: 0, create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const r of reports) {
    totals.rows++;
    totals[r.action.toLowerCase() as Lowercase<RowReport['action']>]++;
  }
  return totals;
}

export class Importer {
  constructor(private readonly repos: Repositories) {}

  /** Reads the file and checks every cell; nothing is read from the directory but reference lists. */
  async prepare(file: ImportFile, lang: Language): Promise<Prepared> {
    const checksum = checksumOf(file);
    const sheet = file.format === 'XLSX';
    const fail = (code: string, params: Record<string, string | number> = {}): Prepared => ({
      checksum,
      format: file.format,
      separator: sheet ? null : ';',
      rows: [],
      fileProblems: [{ field: 'file', code, message: importMessage(lang, code, params) }],
      ignoredColumns: [],
    });
    const size = sheet ? file.bytes.length : Buffer.byteLength(file.text, 'utf8');
    if (size > IMPORT_LIMITS.maxMegabytes * 1024 * 1024) {
      return fail('too_large', { max: IMPORT_LIMITS.maxMegabytes });
    }
    let parsed: { separator: Separator | null; header: string[]; records: CsvRecord[] };
    try {
      parsed = sheet
        ? { separator: null, ...(await parseXlsx(file.bytes, IMPORT_LIMITS.maxRows)) }
        : parseCsv(file.text);
    } catch (error) {
      if (error instanceof CsvError) return fail(error.code, { line: error.line });
      if (error instanceof XlsxError) return fail(error.code, error.params);
      throw error;
    }
    if (parsed.records.length > IMPORT_LIMITS.maxRows) {
      return fail('too_many_rows', { max: IMPORT_LIMITS.maxRows });
    }
    const header = readHeader(parsed.header);
    const fileProblems = header.problems.map((p) => ({
      field: 'header',
      code: p.code,
      message: importMessage(lang, p.code, p.params),
    }));
    const ref: Reference = {
      barrierCodes: new Set((await this.repos.barriers.list()).map((b) => b.code)),
      formCodes: (await this.repos.barriers.referenceLists()).forms.map((f) => f.code),
      regions: await this.repos.regions.list(null, null, 'NL'),
    };
    return {
      checksum,
      format: file.format,
      separator: parsed.separator,
      rows: fileProblems.length ? [] : parsed.records.map((r) => readRow(r, header, ref, lang)),
      fileProblems,
      ignoredColumns: header.ignored,
    };
  }

  /** What the file would do, row by row; writes nothing. */
  async dryRun(file: ImportFile, viewer: Viewer, lang: Language): Promise<DryRun> {
    const prepared = await this.prepare(file, lang);
    let memory = newMemory();
    const reports: RowReport[] = [];
    for (const chunk of chunks(prepared.rows, IMPORT_LIMITS.dryRunChunk)) {
      // The planner works on a copy of the memory: a read transaction may be retried.
      const result = await this.repos.transfer.readTransaction(async (tx) => {
        const copy = copyMemory(memory);
        const snapshot = await this.repos.transfer.snapshot(tx, snapshotKeys(chunk));
        const scope = await this.scope(viewer, snapshot, chunk);
        const planner = new ImportPlanner(snapshot, copy, scope, lang, prepared.format);
        return { reports: chunk.map((row) => planner.plan(row).report), memory: copy };
      });
      memory = result.memory;
      reports.push(...result.reports);
    }
    return {
      checksum: prepared.checksum,
      format: prepared.format,
      separator: prepared.separator,
      totals: totalsOf(reports),
      rows: reports,
      fileProblems: prepared.fileProblems,
      ignoredColumns: prepared.ignoredColumns,
    };
  }

  /**
   * Starts writing the file the dry run was about; returns its job at once, or when `wait`, once
   * it is done. Throws when the checksum does not match or the file has problems.
   */
  async commit(
    prepared: Prepared,
    actor: Actor,
    viewer: Viewer,
    lang: Language,
    wait: boolean,
    log: (message: string, error: unknown) => void,
  ): Promise<ImportJobRow> {
    const job = await this.repos.transfer.createJob({
      id: `import-${randomUUID()}`,
      userId: actor.id,
      userEmail: actor.email,
      checksum: prepared.checksum,
      total: prepared.rows.length,
    });
    const run = this.process(job.id, prepared, actor, viewer, lang).then(
      () => this.repos.transfer.finishJob(job.id, 'DONE', null),
      (error: unknown) => {
        log(`Import ${job.id} stopped`, error);
        return this.repos.transfer
          .finishJob(
            job.id,
            'FAILED',
            'The import stopped; the rows counted as processed were written',
          )
          .catch((e: unknown) => log(`Import ${job.id} could not be marked failed`, e));
      },
    );
    if (!wait) return job;
    await run;
    return (await this.repos.transfer.job(job.id)) ?? job;
  }

  private async process(
    jobId: string,
    prepared: Prepared,
    actor: Actor,
    viewer: Viewer,
    lang: Language,
  ): Promise<void> {
    const progress: Progress = { memory: newMemory(), rejected: [], format: prepared.format };
    for (const batch of chunks(prepared.rows, IMPORT_LIMITS.batchSize)) {
      await this.commitBatch(jobId, batch, progress, actor, viewer, lang);
    }
  }

  /**
   * Writes one batch in one transaction (with the job's progress). A batch that runs out of the
   * transaction time (a busy database) was rolled back as a whole; it is written again in halves.
   */
  private async commitBatch(
    jobId: string,
    batch: ImportRow[],
    progress: Progress,
    actor: Actor,
    viewer: Viewer,
    lang: Language,
  ): Promise<void> {
    let result: Progress;
    try {
      result = await this.repos.editor.run(actor, async (w) => {
        const memory = copyMemory(progress.memory);
        const keys = snapshotKeys(batch);
        const before = await this.repos.transfer.snapshot(w.tx, keys);
        const locked = [
          ...before.organisations.map((o) => o.id),
          ...before.contacts.map((c) => c.id),
        ];
        await this.repos.transfer.lock(w.tx, locked);
        // Read again under the locks; with nothing to lock (only new records) the first read
        // stands: a record someone else creates meanwhile is refused by its uniqueness
        // constraint, which rolls the batch back, as it would after a second read.
        const snapshot =
          locked.length > 0 ? await this.repos.transfer.snapshot(w.tx, keys) : before;
        const scope = await this.scope(viewer, snapshot, batch);
        const planner = new ImportPlanner(snapshot, memory, scope, lang, progress.format);
        const plans: RowPlan[] = batch.map((row) => planner.plan(row));
        await this.apply(
          w,
          plans.flatMap((p) => p.writes),
        );
        await this.repos.transfer.unlock(w.tx, locked);
        const reports = plans.map((p) => p.report);
        const totals = totalsOf(reports);
        const rejected = [
          ...progress.rejected,
          ...reports.filter((r) => r.action === 'REJECT'),
        ].slice(0, IMPORT_LIMITS.keptRejections);
        await this.repos.transfer.jobProgress(
          w.tx,
          jobId,
          {
            processed: totals.rows,
            created: totals.create,
            updated: totals.update,
            unchanged: totals.unchanged,
            rejected: totals.reject,
          },
          JSON.stringify(rejected),
        );
        return { memory, rejected, format: progress.format };
      });
    } catch (error) {
      if (batch.length < 2 || !timedOut(error)) throw error;
      const half = Math.ceil(batch.length / 2);
      await this.commitBatch(jobId, batch.slice(0, half), progress, actor, viewer, lang);
      await this.commitBatch(jobId, batch.slice(half), progress, actor, viewer, lang);
      return;
    }
    progress.memory = result.memory;
    progress.rejected = result.rejected;
  }

  /**
   * Carries out the accepted rows' writes with their audit events (action IMPORT). New
   * organisations, new contacts and their audit events are each one statement for the whole batch
   * (UNWIND); the updates of existing records, fewer and each with its own lock and changes, are
   * sent together and pipelined within the transaction. The steps keep their order
   * (organisations before their contacts, records before their links, changes before the audit).
   */
  private async apply(w: EditorWrite, writes: Write[]): Promise<void> {
    const { organisations, contacts, transfer } = this.repos;
    const newOrganisations = writes.flatMap((op) => (op.op === 'createOrganisation' ? [op] : []));
    const newContacts = writes.flatMap((op) => (op.op === 'createContact' ? [op] : []));
    const updates = writes.flatMap((op) =>
      op.op === 'updateOrganisation' || op.op === 'updateContact' ? [op] : [],
    );
    const roles = (list: { barrier: string; role: string }[]) =>
      list as { barrier: string; role: Role }[];

    await transfer.createOrganisations(
      w.tx,
      newOrganisations.map((op) => ({
        id: op.id,
        props: op.props,
        regionIds: op.coverage,
        roles: op.roles,
      })),
    );
    await transfer.createContacts(
      w.tx,
      newContacts.map((op) => ({
        id: op.id,
        label: op.label,
        ownerId: op.ownerId,
        props: op.props,
        function: op.label === 'Person' ? op.function : null,
        responsibilities: op.responsibilities,
      })),
    );
    await Promise.all(
      updates.map(async (op) => {
        const locked = await w.lock(
          op.id,
          null,
          op.op === 'updateOrganisation' ? 'organisation' : 'contact',
        );
        await transfer.setProperties(w.tx, op.id, op.props);
        if (op.op === 'updateOrganisation') {
          if (op.coverage) await organisations.setLinks(w.tx, op.id, 'COVERS', op.coverage);
          if (op.roles) await organisations.setRoles(w.tx, op.id, roles(op.roles));
        } else {
          if (typeof op.function === 'string') await transfer.setFunction(w.tx, op.id, op.function);
          if (op.responsibilities) {
            await contacts.setResponsibilities(w.tx, op.id, op.responsibilities);
          }
        }
        await w.changed(locked, op.changes, 'IMPORT');
      }),
    );
    await w.recordMany('IMPORT', [
      ...newOrganisations.map((op) => ({
        entity: { id: op.id, label: 'Organisation', current: op.props },
        changes: created({
          ...op.props,
          coverage: op.coverage,
          roles: op.roles.map((r) => `${r.barrier}:${r.role}`),
        }),
      })),
      ...newContacts.map((op) => ({
        entity: { id: op.id, label: op.label, current: op.props },
        changes: created({
          ...op.props,
          ownerId: op.ownerId,
          function: op.function,
          responsibilities: op.responsibilities.map((r) => `${r.barrier}:${r.role}:${r.priority}`),
        }),
      })),
    ]);
  }

  /** Which of the batch's records and regions lie outside a coordinator's scope (null: admin). */
  private async scope(
    viewer: Viewer,
    snapshot: Snapshot,
    rows: ImportRow[],
  ): Promise<ScopeCheck | null> {
    if (viewer.role === 'ADMIN') return null;
    const scope = {
      regionIds: viewer.scopeRegionIds,
      organisationIds: viewer.scopeOrganisationIds,
    };
    const ids = [
      ...new Set([
        ...snapshot.organisations.map((o) => o.id),
        ...snapshot.contacts.flatMap((c) => (c.organisationId ? [c.id, c.organisationId] : [c.id])),
      ]),
    ];
    // The regions rows name and the regions the batch's organisations cover now (a row may remove them).
    const regions = [
      ...new Set([
        ...rows.flatMap((r) => r.organisation.coverage ?? []),
        ...snapshot.organisations.flatMap((o) => o.coverage),
      ]),
    ];
    const regionsOutside = new Set(
      regions.length ? await this.repos.auth.regionsOutOfScope(regions, scope.regionIds) : [],
    );
    const servesOutside = new Map<string, string[]>();
    for (const o of snapshot.organisations) {
      const outside = o.coverage.filter((r) => regionsOutside.has(r));
      if (outside.length > 0 && !scope.organisationIds.includes(o.id)) {
        servesOutside.set(o.id, outside);
      }
    }
    return {
      outside: new Set(ids.length ? await this.repos.auth.outOfScope(ids, scope) : []),
      regionsOutside,
      servesOutside,
    };
  }
}

/** What the commit has done so far: the planner's memory and the rejected rows kept. */
interface Progress {
  memory: ImportMemory;
  rejected: RowReport[];
  format: ImportFile['format'];
}

function timedOut(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.includes('TransactionTimedOut');
}

function created(props: Record<string, unknown>) {
  return Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([field, to]) => ({ field, from: null, to }));
}

function* chunks<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}
