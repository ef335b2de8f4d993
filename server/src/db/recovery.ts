/**
 * Notices when Neo4j goes away and when it is back, says so in the log, and warms the query plans
 * before users need them. Works the same for an external Neo4j (a request that finds it
 * unreachable starts the watch) and the supervised local one (the supervisor says so first).
 */
import type { Database } from './database';

const PROBE_EVERY_MS = 500;
const PROBE_TIMEOUT_MS = 3_000;

export class DatabaseRecovery {
  private downSince: number | null = null;
  private watching: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly log: (line: string) => void,
  ) {
    db.onUnavailable = () => this.lost('requests find Neo4j unreachable');
  }

  /** True while Neo4j is known to be away. */
  get down(): boolean {
    return this.downSince !== null;
  }

  /** Neo4j is away: log it once (unless `logged` already) and watch until it answers again. */
  lost(reason: string, logged = false): void {
    if (this.closed || this.downSince !== null) return;
    this.downSince = Date.now();
    if (!logged) this.log(`${reason}: answering DATABASE_UNAVAILABLE until it is back`);
    this.watching = this.watch().finally(() => {
      this.watching = null;
    });
  }

  /** Resolves once the current watch (if any) has ended. */
  async settled(): Promise<void> {
    await this.watching;
  }

  /** Stops watching (the app is stopping). */
  async close(): Promise<void> {
    this.closed = true;
    await this.watching;
  }

  private async watch(): Promise<void> {
    while (!this.closed && !(await this.answers()))
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    if (this.closed) return;
    const back = Date.now();
    const planned = await this.db.warm();
    this.log(
      `Neo4j answers again (away ${((back - (this.downSince ?? back)) / 1000).toFixed(1)} s); ` +
        `${planned} query plan(s) warmed in ${((Date.now() - back) / 1000).toFixed(1)} s`,
    );
    this.downSince = null;
  }

  private async answers(): Promise<boolean> {
    return (await this.db.ping(PROBE_TIMEOUT_MS)) === null;
  }
}
