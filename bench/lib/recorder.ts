/**
 * A driver wrapper that sees every query a GraphQL server runs: it adds up the database's own time
 * (resultAvailableAfter + resultConsumedAfter from the result summary) and, when asked, records the
 * transactions of a request so the raw-driver baseline can replay exactly the same Cypher.
 */
import type { Driver, ManagedTransaction, QueryResult, Session } from 'neo4j-driver';

export interface DbStats {
  queries: number;
  /** Queries sent and not yet finished (a server still busy after the load stopped). */
  inFlight?: number;
  /** Sum of resultAvailableAfter + resultConsumedAfter, in ms. */
  dbMs: number;
}

export interface RecordedQuery {
  query: string;
  params: Record<string, unknown>;
}

export interface RecordedTx {
  mode: 'READ' | 'WRITE';
  queries: RecordedQuery[];
  start: number;
  end: number;
}

export interface Instrumented {
  driver: Driver;
  stats: DbStats;
  /** Starts recording transactions (replacing what was recorded). */
  record(): void;
  /** Stops recording and returns the transactions, each with the one it waited for. */
  take(): Step[];
}

/** Adds the database time of a finished result to the stats. */
export function addSummary(stats: DbStats, result: QueryResult): void {
  const s = result.summary;
  stats.queries++;
  stats.dbMs += Number(s.resultAvailableAfter ?? 0) + Number(s.resultConsumedAfter ?? 0);
}

export function instrumentDriver(driver: Driver): Instrumented {
  const stats: DbStats = { queries: 0, dbMs: 0, inFlight: 0 };
  let recording: RecordedTx[] | null = null;

  const wrapTx = (tx: ManagedTransaction, entry: RecordedTx | null): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'run') return Reflect.get(target, prop, receiver);
        return (query: string, params: Record<string, unknown> = {}) => {
          entry?.queries.push({ query, params });
          const result = target.run(query, params);
          stats.inFlight = (stats.inFlight ?? 0) + 1;
          result.then(
            (r) => {
              stats.inFlight = (stats.inFlight ?? 1) - 1;
              addSummary(stats, r);
            },
            () => {
              stats.inFlight = (stats.inFlight ?? 1) - 1;
            },
          );
          return result;
        };
      },
    });

  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop !== 'executeRead' && prop !== 'executeWrite') {
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return async <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: unknown) => {
          const entry: RecordedTx | null = recording
            ? {
                mode: prop === 'executeRead' ? 'READ' : 'WRITE',
                queries: [],
                start: performance.now(),
                end: 0,
              }
            : null;
          if (entry) recording?.push(entry);
          try {
            const fn = prop === 'executeRead' ? target.executeRead : target.executeWrite;
            return await fn.call(
              target,
              (tx: ManagedTransaction) => {
                if (entry) entry.queries = [];
                return work(wrapTx(tx, entry));
              },
              config as never,
            );
          } finally {
            if (entry) entry.end = performance.now();
          }
        };
      },
    });

  const wrapped = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  return {
    driver: wrapped,
    stats,
    record() {
      recording = [];
    },
    take() {
      const txs = recording ?? [];
      recording = null;
      return dependencies(txs);
    },
  };
}

/** A recorded transaction and the one it waited for (the last to finish before it started). */
export interface Step {
  tx: RecordedTx;
  after: number | null;
}

function dependencies(txs: RecordedTx[]): Step[] {
  const sorted = [...txs].sort((a, b) => a.start - b.start);
  return sorted.map((tx, i) => {
    let after: number | null = null;
    for (let j = 0; j < i; j++) {
      const other = sorted[j] as RecordedTx;
      if (
        other.end <= tx.start &&
        (after === null || other.end > (sorted[after] as RecordedTx).end)
      ) {
        after = j;
      }
    }
    return { tx, after };
  });
}

/**
 * Replays recorded transactions with a plain driver, each starting when the transaction it waited
 * for in the server has finished: the same queries with the same overlap, minus GraphQL and HTTP.
 */
export async function replay(driver: Driver, steps: Step[], stats: DbStats): Promise<number> {
  let rows = 0;
  const done: Promise<void>[] = [];
  for (const step of steps) {
    const before = step.after === null ? Promise.resolve() : (done[step.after] as Promise<void>);
    done.push(
      before.then(async () => {
        const { tx } = step;
        const session = driver.session({ database: 'neo4j', defaultAccessMode: tx.mode });
        try {
          const work = async (t: ManagedTransaction) => {
            for (const q of tx.queries) {
              const result = await t.run(q.query, q.params);
              addSummary(stats, result);
              rows += result.records.length;
            }
          };
          // The same transaction timeout as the server's (server/src/db/database.ts).
          const config = { timeout: 15_000 };
          await (tx.mode === 'READ'
            ? session.executeRead(work, config)
            : session.executeWrite(work, config));
        } finally {
          await session.close();
        }
      }),
    );
  }
  await Promise.all(done);
  return rows;
}
