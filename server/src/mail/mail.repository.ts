/** What the server has sent, kept in Neo4j so that every instance and every restart sees it. */
import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import * as Q from './mail.queries';

export type { ClaimOutcome } from './mail.queries';

export class MailRepository {
  constructor(private readonly db: Database) {}

  /**
   * Claims message `id` for sending to `to`: 'duplicate' when it was claimed before, 'limited'
   * when `to` already had `perWindow` messages in the last `windowMinutes`. Only a hash of the
   * address is kept.
   */
  async claim(
    message: { id: string; to: string; kind: string },
    limit: { windowMinutes: number; perWindow: number },
  ): Promise<Q.ClaimOutcome> {
    const [row] = await this.db.write(Q.claimMail, {
      id: message.id,
      recipient: createHash('sha256').update(message.to.trim().toLowerCase()).digest('hex'),
      kind: message.kind,
      windowMinutes: this.db.int(limit.windowMinutes),
      perWindow: this.db.int(limit.perWindow),
    });
    return row?.outcome ?? 'duplicate';
  }

  async markSent(id: string, via: 'smtp' | 'outbox'): Promise<void> {
    await this.db.write(Q.markSent, { id, via });
  }
}
