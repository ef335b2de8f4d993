/** Import, export, backup and restore: the only place that runs their Cypher. */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { type Database, mapDriverError, type Tx } from '../db/database';
import type { Snapshot } from './import-plan';
import type {
  Contents,
  ExportAgreementRow,
  ExportContactRow,
  ExportOrganisationRow,
  ImportJobRow,
  RawNode,
  RawRelationship,
} from './transfer.queries';
import * as Q from './transfer.queries';

export type {
  Contents,
  ExportAgreementRow,
  ExportContactRow,
  ExportOrganisationRow,
  ImportJobRow,
  RawNode,
  RawRelationship,
} from './transfer.queries';

/** A backup of a large network takes minutes; the usual transaction time limit would cut it off. */
const BACKUP_TIMEOUT_MS = 30 * 60_000;

export class TransferRepository {
  constructor(private readonly db: Database) {}

  /** The organisations and contacts an import batch refers to, read in the given transaction. */
  async snapshot(
    tx: Tx,
    keys: { organisationIds: string[]; names: string[]; contactIds: string[] },
  ): Promise<Snapshot> {
    const orgRows = await tx.run(Q.importOrganisations, {
      ids: keys.organisationIds,
      names: keys.names,
    });
    const organisations = orgRows.map(({ organisation: o }) => ({
      ...o,
      coverage: [...o.coverage].sort(),
      roles: [...o.roles].sort(),
    }));
    const organisationIds = organisations.map((o) => o.id);
    // Only new organisations and no contact ids (a first import): no contact to match.
    const contactRows =
      organisationIds.length + keys.contactIds.length === 0
        ? []
        : await tx.run(Q.importContacts, { organisationIds, contactIds: keys.contactIds });
    const contacts = contactRows.map(({ contact: c }) => ({
      ...c,
      responsibilities: [...c.responsibilities].sort(),
    }));
    return { organisations, contacts };
  }

  /** Lets an import batch read state outside any write (the dry run). */
  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.readTransaction(work);
  }

  async lock(tx: Tx, ids: string[]): Promise<void> {
    if (ids.length > 0) await tx.run(Q.lock, { ids: [...ids].sort() });
  }

  async unlock(tx: Tx, ids: string[]): Promise<void> {
    if (ids.length > 0) await tx.run(Q.unlock, { ids });
  }

  async setProperties(tx: Tx, id: string, props: Record<string, unknown>): Promise<void> {
    if (Object.keys(props).length > 0) await tx.run(Q.setProperties, { id, props });
  }

  /** Creates a batch's new organisations in one statement, with their coverage and roles. */
  async createOrganisations(tx: Tx, rows: Q.NewOrganisationRow[]): Promise<void> {
    if (rows.length > 0) await tx.run(Q.createOrganisations, { rows });
  }

  /**
   * Creates a batch's new persons and contact points in one statement; throws when an owner
   * vanished meanwhile (the batch then rolls back as a whole).
   */
  async createContacts(tx: Tx, rows: Q.NewContactRow[]): Promise<void> {
    if (rows.length === 0) return;
    const [row] = await tx.run(Q.createContacts, { rows });
    const made = new Set(row?.ids ?? []);
    const missing = rows.find((r) => !made.has(r.id));
    if (missing) throw new Error(`${missing.ownerId} vanished while importing ${missing.id}`);
  }

  async setFunction(tx: Tx, id: string, fn: string): Promise<void> {
    await tx.run(Q.setFunction, { id, function: fn });
  }

  async createJob(job: {
    id: string;
    userId: string;
    userEmail: string;
    checksum: string;
    total: number;
  }): Promise<ImportJobRow> {
    const [row] = await this.db.write(Q.jobCreate, {
      ...job,
      total: this.db.int(job.total),
    });
    if (!row) throw new Error(`import job ${job.id} was not created`);
    return row.job;
  }

  async jobProgress(
    tx: Tx,
    id: string,
    counts: {
      processed: number;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
    },
    rejectedRows: string,
  ): Promise<void> {
    await tx.run(Q.jobProgress, {
      id,
      processed: this.db.int(counts.processed),
      created: this.db.int(counts.created),
      updated: this.db.int(counts.updated),
      unchanged: this.db.int(counts.unchanged),
      rejected: this.db.int(counts.rejected),
      rejectedRows,
    });
  }

  async finishJob(id: string, status: 'DONE' | 'FAILED', error: string | null) {
    const [row] = await this.db.write(Q.jobFinish, { id, status, error });
    return row?.job ?? null;
  }

  async job(id: string): Promise<ImportJobRow | null> {
    const [row] = await this.db.read(Q.jobById, { id });
    return row?.job ?? null;
  }

  async exportOrganisations(): Promise<ExportOrganisationRow[]> {
    const rows = await this.db.read(Q.exportOrganisations);
    return rows.map((r) => r.organisation);
  }

  async exportContacts(kind: 'points' | 'persons'): Promise<ExportContactRow[]> {
    const query = kind === 'points' ? Q.exportContactPoints : Q.exportPersons;
    const rows = await this.db.read(query);
    return rows.map((r) => r.contact);
  }

  async exportAgreements(): Promise<ExportAgreementRow[]> {
    const rows = await this.db.read(Q.exportAgreements);
    return rows.map((r) => r.agreement);
  }

  /**
   * Every node and relationship a backup keeps, with the driver's typed values, read in one read
   * transaction. It bypasses the plain-value mapping of Database on purpose: a backup must keep
   * integers, dates and datetimes as they are.
   */
  async readAll(): Promise<{ nodes: RawNode[]; relationships: RawRelationship[] }> {
    const session = this.db.driver.session({
      database: this.db.name,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(
        async (tx) => {
          const nodes: RawNode[] = [];
          const relationships: RawRelationship[] = [];
          for await (const r of tx.run(this.db.cypher.get(Q.backupNodes.name))) {
            nodes.push({ ref: r.get('ref'), labels: r.get('labels'), properties: props(r) });
          }
          for await (const r of tx.run(this.db.cypher.get(Q.backupRelationships.name))) {
            relationships.push({
              from: r.get('from'),
              to: r.get('to'),
              type: r.get('type'),
              properties: props(r),
            });
          }
          return { nodes, relationships };
        },
        { timeout: BACKUP_TIMEOUT_MS },
      );
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Creates nodes; returns the element id of each by its `id`. */
  async restoreNodes(
    rows: { labels: string[]; properties: Record<string, unknown> }[],
  ): Promise<{ id: string; ref: string }[]> {
    return this.db.write(Q.restoreNodes, { rows });
  }

  async restoreRelationships(
    rows: { from: string; to: string; type: string; properties: Record<string, unknown> }[],
  ): Promise<number> {
    const [row] = await this.db.write(Q.restoreRelationships, { rows });
    return row?.created ?? 0;
  }

  /** Deletes a batch of nodes (everything but migrations); returns how many. */
  async wipeBatch(limit: number): Promise<number> {
    const [row] = await this.db.write(Q.wipe, { limit: this.db.int(limit) });
    return row?.deleted ?? 0;
  }

  async contents(): Promise<Contents> {
    const [row] = await this.db.read(Q.contents);
    return {
      labels: Object.fromEntries(row?.labels ?? []),
      relationships: Object.fromEntries(row?.types ?? []),
      total: row?.total ?? 0,
    };
  }
}

function props(record: Neo4jRecord): Record<string, unknown> {
  return record.get('properties') as Record<string, unknown>;
}
