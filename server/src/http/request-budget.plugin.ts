/**
 * A time budget and a response-size cap per GraphQL query, the backstops behind the query cost
 * (query-cost.plugin.ts) for what its estimates miss: a hub far larger than counted, a database
 * under load.
 *
 * - Time: a query is stopped when its budget, counted from the start of its execution, is spent.
 *   GraphQL execution stops at once (the executor's abort signal) and so does its database work:
 *   Database closes the sessions it has open for the request, which makes Neo4j terminate their
 *   transactions, and refuses new ones (db/deadline.ts). The caller gets REQUEST_TIMEOUT.
 * - Size: a query's answer larger than the cap is replaced by the coded RESPONSE_TOO_LARGE.
 *
 * Whole-directory files (`backup`, `exportCsv`, also behind /export/…) are as large as the
 * directory, whatever the query: they get the longer export budget and no size cap. Mutations
 * keep the database's own transaction limits (an import of 20,000 rows takes minutes) and are
 * never cut half-way; they need a signed-in user and their selections are costed like queries.
 */
import { getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Deadline, deadlines } from '../db/deadline';
import { ResponseTooLargeError } from '../errors';

export interface RequestLimits {
  /** Time budget of a query, in milliseconds. */
  queryTimeoutMs: number;
  /** Time budget of a query for a whole-directory file (backup, CSV export). */
  exportTimeoutMs: number;
  /** The largest answer to a query, in bytes of JSON. */
  maxResponseBytes: number;
}

/** Root query fields that return a file of the whole directory. */
const EXPORT_FIELDS = new Set(['backup', 'exportCsv']);

export function useRequestBudget(limits: RequestLimits): Plugin {
  return {
    instrumentation: {
      // One deadline around the whole execution, so that every database call the resolvers make
      // (DataLoader batches included) finds it; onExecute arms it once the operation is known.
      execute(_payload, wrapped) {
        const deadline = new Deadline();
        return deadlines.run(deadline, () => {
          let done: ReturnType<typeof wrapped>;
          try {
            done = wrapped();
          } catch (error) {
            deadline.dispose();
            throw error;
          }
          if (isThenable(done)) return Promise.resolve(done).finally(() => deadline.dispose());
          deadline.dispose();
          return done;
        });
      },
    },
    onExecute({ args }) {
      const deadline = deadlines.getStore();
      const operation = getOperationAST(args.document, args.operationName);
      if (!deadline || operation?.operation !== 'query') return;
      const exporting = selectsExport(operation);
      deadline.arm(exporting ? limits.exportTimeoutMs : limits.queryTimeoutMs);
      // The executor (@graphql-tools/executor, Yoga's) stops resolving when this aborts.
      (args as { signal?: AbortSignal }).signal = deadline.signal;
      if (exporting) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          if (jsonSize(result, limits.maxResponseBytes) > limits.maxResponseBytes) {
            setResult({
              errors: [
                new ResponseTooLargeError(Math.round(limits.maxResponseBytes / 1024 / 1024)),
              ],
            });
          }
        },
      };
    },
  };
}

function isThenable(value: unknown): value is PromiseLike<void> {
  return typeof (value as PromiseLike<void> | undefined)?.then === 'function';
}

function selectsExport(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && EXPORT_FIELDS.has(s.name.value),
  );
}

/**
 * The size of `value` as JSON, near enough (a string counts its length): stops counting once
 * past `limit`, so a huge answer costs no more to measure than a small one.
 */
export function jsonSize(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v === null || typeof v !== 'object') size += 6;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (const item of v) stack.push(item);
    } else {
      for (const [key, item] of Object.entries(v)) {
        size += key.length + 4;
        stack.push(item);
      }
    }
    if (size > limit) return size;
  }
  return size;
}
