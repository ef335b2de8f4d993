/** Who gets the coordinators' weekly digest, its opt-out links, and the setting per account. */
import type { Database, Tx } from '../db/database';
import * as Q from './digest.queries';

export type { DigestLinkUserRow, DigestRecipientRow } from './digest.queries';

export class DigestRepository {
  constructor(private readonly db: Database) {}

  async recipients(): Promise<Q.DigestRecipientRow[]> {
    return (await this.db.read(Q.digestRecipients)).map((r) => r.user);
  }

  /** Makes (or finds) the opt-out link of mail `id`; null when the user is gone. */
  async openLink(link: { id: string; userId: string; hash: string }): Promise<boolean | null> {
    const [row] = await this.db.write(Q.openDigestLink, link);
    return row ? row.fresh : null;
  }

  async linkUser(hash: string): Promise<Q.DigestLinkUserRow | null> {
    const [row] = await this.db.read(Q.digestLinkUser, { hash });
    return row?.user ?? null;
  }

  /** Sets the account's digest in the caller's transaction; the setting before (null: no user). */
  async setIn(tx: Tx, userId: string, on: boolean): Promise<boolean | null> {
    const [row] = await tx.run(Q.setDigestMail, { userId, on });
    return row ? row.before : null;
  }

  async isOn(userId: string): Promise<boolean> {
    const [row] = await this.db.read(Q.digestMailOf, { userId });
    return row?.on ?? false;
  }
}
