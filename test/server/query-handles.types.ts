/**
 * Type-level tests of the query handles, checked by `tsc -p .` (npm run typecheck), never run:
 * each `@ts-expect-error` line must stay an error, or the type check fails.
 */
import type { Database, Tx } from '../../server/src/db/database';
import { type CypherQuery, cypherQuery, type Int, type NoParams } from '../../server/src/db/query';

type Row = { id: string; name: string };

// @ts-expect-error a misspelt query name: no such file under cypher/queries
cypherQuery<{ id: string }, Row>('organisations/by-idz');

export async function wrongCalls(
  db: Database,
  tx: Tx,
  byId: CypherQuery<{ id: string; limit: Int }, Row>,
  all: CypherQuery<NoParams, Row>,
) {
  // @ts-expect-error a wrong parameter name
  await db.read(byId, { idd: 'x', limit: db.int(1) });
  // @ts-expect-error a wrong parameter type
  await db.read(byId, { id: 42, limit: db.int(1) });
  // @ts-expect-error a JavaScript number where the query needs an integer (LIMIT)
  await tx.run(byId, { id: 'x', limit: 1 });
  // @ts-expect-error a missing parameter
  await db.write(byId, { id: 'x' });
  // @ts-expect-error no parameters at all
  await db.read(byId);
  // @ts-expect-error a parameter for a query that takes none
  await db.read(all, { id: 'x' });
  // @ts-expect-error a column the row does not have
  (await db.read(all))[0]?.title;
  // The right calls compile, and the rows have the declared type.
  const rows: Row[] = await db.read(byId, { id: 'x', limit: db.int(1) });
  const none: Row[] = await tx.run(all);
  return [rows, none];
}
