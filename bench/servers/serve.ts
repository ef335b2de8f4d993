/** The HTTP side shared by the two benchmarked GraphQL servers: loopback only, plus a stats route. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { DbStats } from '../lib/recorder';

export const STATS_PATH = '/__bench/stats';

/** Listens on 127.0.0.1:BENCH_PORT and prints `ready <port>` once it does. */
export function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  stats: DbStats,
  close: () => Promise<void>,
): void {
  const port = Number(process.env.BENCH_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('BENCH_PORT must be set');
  const server = createServer((req, res) => {
    if (req.url === STATS_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(stats));
      return;
    }
    handler(req, res);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1', () => console.log(`ready ${port}`));
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The runner keeps stdin open: when it goes away, so does this server.
  process.stdin.on('end', stop);
  process.stdin.resume();
}

export function neo4jUri(): string {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri?.startsWith('bolt://127.0.0.1:'))
    throw new Error('BENCH_NEO4J_URI must be a loopback bolt:// URI');
  return uri;
}
