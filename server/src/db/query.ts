/**
 * Typed handles to the query files: each `.cypher` file is declared once, with the parameters it
 * takes and the rows it returns, so that a misspelt name, a wrong parameter name or a wrong
 * parameter type is a compile error at every call (Database.read/write, Tx.run).
 */
import type { Integer } from 'neo4j-driver';
import type { QueryName } from './query-names';

export type { QueryName } from './query-names';

/** Query parameters: an object whose keys are the query's `$parameters` (an interface will do). */
export type Params = object;

/** The parameters of a query that takes none. */
export type NoParams = Record<string, never>;

/** An integer parameter (from `db.int`): JavaScript numbers travel as floats, which LIMIT refuses. */
export type Int = Integer;

/** The parameters of a by-ids query (the DataLoader contract of `Database.byIds`). */
export type IdsParams = { ids: readonly string[] };

declare const types: unique symbol;

/** A handle to cypher/queries/<name>.cypher, typed by its parameters and its rows. */
export interface CypherQuery<P extends Params, R> {
  readonly name: QueryName;
  /** Types only, never set: what a call must pass, and what it gets back. */
  readonly [types]?: { params: (params: P) => void; row: R };
}

/** The parameters a handle's query takes, for a repository method that passes them on. */
export type ParamsOf<Q> = Q extends CypherQuery<infer P, unknown> ? P : never;

/** The parameter argument of a call: optional only when the query takes none. */
export type ParamsArg<P extends Params> =
  Record<never, never> extends P ? [params?: P] : [params: P];

const declared: QueryName[] = [];

/**
 * Declares the handle of one query file; `P` are its `$parameters`, `R` one row of what it
 * RETURNs after the record mapping (db/records.ts). One handle per file: a test checks it.
 */
export function cypherQuery<P extends Params, R>(name: QueryName): CypherQuery<P, R> {
  declared.push(name);
  return Object.freeze({ name });
}

/** The names of every handle declared so far (a name twice means two handles for one file). */
export function declaredQueries(): readonly QueryName[] {
  return declared;
}
