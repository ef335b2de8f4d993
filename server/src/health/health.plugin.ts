/** GET /healthz: 200 when Neo4j answers, 503 with the reason when it does not. */
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database';

const TIMEOUT_MS = 3_000;

/** Asks Neo4j for a trivial answer within a deadline; resolves to null when healthy, else a reason. */
export async function checkDatabase(db: Database): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(
      () => resolve(`Neo4j did not answer within ${TIMEOUT_MS / 1000} s`),
      TIMEOUT_MS,
    );
  });
  const probe = db.driver.executeQuery('RETURN 1', {}, { database: db.name, routing: 'READ' }).then(
    () => null,
    (error: Error) => `Neo4j is unreachable: ${error.message.split('\n')[0]}`,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
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
