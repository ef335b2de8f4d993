/** GET /healthz: 200 when Neo4j answers, 503 with the reason when it does not. */
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database';

const TIMEOUT_MS = 3_000;

/** Asks Neo4j for a trivial answer within a deadline; resolves to null when healthy, else a reason. */
export function checkDatabase(db: Database): Promise<string | null> {
  return db.ping(TIMEOUT_MS);
}

export function useHealthCheck(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/healthz') return;
      const reason = await checkDatabase(db);
      endResponse(
        new fetchAPI.Response(
          JSON.stringify(reason === null ? { status: 'ok' } : { status: 'unavailable', reason }),
          {
            status: reason === null ? 200 : 503,
            headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          },
        ),
      );
    },
  };
}
