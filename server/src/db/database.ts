/** The one door to Neo4j: typed query handles, read and write transactions, errors mapped once. */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { Config } from '../config';
import { DatabaseUnavailableError, DuplicateError } from '../errors';
import type { CypherLibrary } from './cypher';
import { deadlines } from './deadline';
import { bumpNetworkVersion, changesNetwork } from './network-version';
import type { CypherQuery, IdsParams, Params, ParamsArg, QueryName } from './query';
import { recordToObject } from './records';

export type { Params } from './query';

/**
 * A runaway read is cut off; writes (imports, restores in batches) get longer on a busy machine.
 * A request's time budget (db/deadline.ts) shortens them further.
 */
const READ_TIMEOUT_MS = 30_000;
const WRITE_TIMEOUT_MS = 120_000;

/** Creates a driver that fails fast while the database is away instead of hanging requests. */
export function createDriver(
  config: Pick<Config['neo4j'], 'uri' | 'username' | 'password'>,
): Driver {
  const auth =
    config.password === undefined ? undefined : neo4j.auth.basic(config.username, config.password);
  return neo4j.driver(config.uri, auth, {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'confine-network',
  });
}

/** A transaction handed to repositories that need several statements to commit together. */
export interface Tx {
  /** Runs a query in this transaction and returns plain rows. */
  run<P extends Params, R>(
    query: CypherQuery<P, R>,
    ...params: ParamsArg<NoInfer<P>>
  ): Promise<R[]>;
}

export class Database {
  /** Cypher round-trips since start; tests read it to prove a bounded cost per operation. */
  roundTrips = 0;
  /** Round-trips per named query since start: tests tell an N+1 (one name, many runs) apart. */
  readonly runsByName = new Map<QueryName, number>();
  /** Told when a request finds the database unreachable (see db/recovery.ts). */
  onUnavailable: () => void = () => {};
  /**
   * The parameters each named query last ran with: after an outage, planning them again with
   * the same parameter types (part of Neo4j's plan-cache key) makes the first answers fast.
   */
  private readonly lastParams = new Map<QueryName, Params>();
  /**
   * The write transactions running now, true once one of their statements changed the network:
   * such a transaction replaces the network's version token before it commits (db/network-version).
   */
  private readonly writes = new WeakMap<ManagedTransaction, boolean>();

  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly cypher: CypherLibrary,
  ) {}

  /**
   * Asks Neo4j for a trivial answer, once: null when it answers within `timeoutMs`, else the
   * reason. Unlike a managed transaction it is not retried, so a Neo4j that is back after an
   * outage is seen at the next ping rather than after the driver's retry pauses (up to 3 s).
   */
  async ping(timeoutMs: number): Promise<string | null> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(
        () => resolve(`Neo4j did not answer within ${timeoutMs / 1000} s`),
        timeoutMs,
      );
    });
    const probe = session.run('RETURN 1').then(
      () => null,
      (error: Error) => `Neo4j is unreachable: ${error.message.split('\n')[0]}`,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  /** An integer parameter (JavaScript numbers travel as floats, which LIMIT refuses). */
  int(value: number) {
    return neo4j.int(value);
  }

  /**
   * Loads rows by id with a query that UNWINDs `$ids` and returns one column `column` per row,
   * in the order asked and null where missing: the DataLoader contract.
   */
  async byIds<C extends string, T extends { id: string }>(
    query: CypherQuery<IdsParams, Record<C, T | null>>,
    column: C,
    ids: readonly string[],
  ): Promise<(T | null)[]> {
    const rows = await this.read(query, { ids });
    const found = new Map<string, T>();
    for (const row of rows) {
      const value = row[column];
      if (value) found.set(value.id, value);
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Runs a read query in a read transaction and returns plain rows. */
  async read<P extends Params, R>(
    query: CypherQuery<P, R>,
    ...params: ParamsArg<NoInfer<P>>
  ): Promise<R[]> {
    return this.session('READ', (tx) => this.run(tx, query, ...params));
  }

  /** Runs a write query in a write transaction and returns plain rows. */
  async write<P extends Params, R>(
    query: CypherQuery<P, R>,
    ...params: ParamsArg<NoInfer<P>>
  ): Promise<R[]> {
    return this.session('WRITE', (tx) => this.run(tx, query, ...params));
  }

  /** Runs `work` in one write transaction: all its statements commit, or none. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('WRITE', (tx) => work(this.wrap(tx)));
  }

  /** Runs `work` in one read transaction. */
  async readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', (tx) => work(this.wrap(tx)));
  }

  private wrap(tx: ManagedTransaction): Tx {
    return {
      run: <P extends Params, R>(query: CypherQuery<P, R>, ...params: ParamsArg<NoInfer<P>>) =>
        this.run(tx, query, ...params),
    };
  }

  private async run<R>(
    tx: ManagedTransaction,
    query: CypherQuery<never, R>,
    params: Params = {},
  ): Promise<R[]> {
    this.roundTrips++;
    this.runsByName.set(query.name, (this.runsByName.get(query.name) ?? 0) + 1);
    this.lastParams.set(query.name, params);
    if (this.writes.has(tx) && changesNetwork(query.name)) this.writes.set(tx, true);
    const result = await tx.run(this.cypher.get(query.name), params);
    // The row type is the handle's declaration of what the query RETURNs (db/records.ts maps it).
    return result.records.map((r) => recordToObject<R>(r));
  }

  /**
   * Plans again, without running them (EXPLAIN), the queries that have run since start, with
   * their last parameters: a restarted Neo4j has an empty plan cache and a cold JIT, and would
   * otherwise plan each one inside a user's request. Two at a time, so that users' requests
   * arriving meanwhile still get a share of a small machine. Returns how many were planned.
   */
  async warm(concurrency = 2): Promise<number> {
    const queue = [...this.lastParams.entries()];
    let planned = 0;
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [name, params] = next;
        await this.driver
          .executeQuery(`EXPLAIN ${this.cypher.get(name)}`, params, { database: this.name })
          .then(
            () => planned++,
            // A query that cannot be planned now is planned by its next request, as without warming.
            () => {},
          );
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return planned;
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>) {
    // Inside a request with a time budget, the transaction gets no more than what is left of it,
    // and is stopped the moment the budget runs out: closing the session makes Neo4j terminate it.
    const store = deadlines.getStore();
    const deadline = store?.armed ? store : undefined;
    const limit = mode === 'READ' ? READ_TIMEOUT_MS : WRITE_TIMEOUT_MS;
    if (deadline?.expired()) throw deadline.error();
    const timeout = deadline
      ? Math.max(1, Math.min(limit, Math.ceil(deadline.remaining())))
      : limit;
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const stop = () => void session.close().catch(() => undefined);
    deadline?.signal.addEventListener('abort', stop, { once: true });
    try {
      return mode === 'READ'
        ? await session.executeRead(work, { timeout })
        : await session.executeWrite(
            async (tx) => {
              // Every attempt (the driver retries transient errors) starts unchanged.
              this.writes.set(tx, false);
              const result = await work(tx);
              if (this.writes.get(tx)) await this.run(tx, bumpNetworkVersion);
              return result;
            },
            { timeout },
          );
    } catch (error) {
      if (deadline?.expired()) throw deadline.error();
      const mapped = mapDriverError(error);
      if (mapped instanceof DatabaseUnavailableError) this.onUnavailable();
      throw mapped;
    } finally {
      deadline?.signal.removeEventListener('abort', stop);
      await session.close();
    }
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when the error means the database cannot be reached right now. */
export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (UNAVAILABLE.has(error.code) ||
      error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
      // Too slow to answer in time: a database overloaded, frozen or cut off, as the user sees it.
      error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      error.message.startsWith('Connection acquisition timed out'))
  );
}

/** Turns driver errors a user can cause or notice into domain errors; leaves the rest alone. */
export function mapDriverError(error: unknown): unknown {
  if (isUnavailable(error)) return new DatabaseUnavailableError();
  if (
    error instanceof Neo4jError &&
    error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  ) {
    // e.g. "Node(12) already exists with label `Organisation` and property `id` = 'org-x'"
    const m = /label `(\w+)` and propert(?:y|ies) `(\w+)` = (.+)$/m.exec(error.message);
    const [, label = 'record', field = 'id', value = ''] = m ?? [];
    if (m) return new DuplicateError(label.toLowerCase(), field, value.replace(/^'|'$/g, ''));
  }
  return error;
}
