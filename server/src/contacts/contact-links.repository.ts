/** Contacts' own verification links: which contacts are due, the link of a cycle, its use. */
import type { Database, Tx } from '../db/database';
import * as Q from './contact-links.queries';

export type { ContactLinkEntryRow, DueContactRow } from './contact-links.queries';

export class ContactLinkRepository {
  constructor(private readonly db: Database) {}

  /** Contacts to mail now (see contact-links/due.cypher), oldest verification first. */
  async due(cutoff: string, limit: number): Promise<Q.DueContactRow[]> {
    const rows = await this.db.read(Q.dueContacts, { cutoff, limit: this.db.int(limit) });
    return rows.map((r) => r.contact);
  }

  /** Makes (or finds) the link `id`; `fresh` when `hash` is now its hash (mail that token). */
  async open(link: {
    id: string;
    contactId: string;
    cycle: string;
    hash: string;
    days: number;
  }): Promise<{ fresh: boolean; mailed: boolean } | null> {
    const [row] = await this.db.write(Q.openLink, { ...link, days: this.db.int(link.days) });
    return row ?? null;
  }

  async markMailed(id: string): Promise<void> {
    await this.db.write(Q.markMailed, { id });
  }

  /** The entry a link shows and its state; null when no link has this hash. */
  async entry(hash: string): Promise<Q.ContactLinkEntryRow | null> {
    const [row] = await this.db.read(Q.linkEntry, { hash });
    return row?.entry ?? null;
  }

  /** Uses the link inside `tx`; false when it was used or expired in the meantime. */
  async use(tx: Tx, hash: string, use: 'CONFIRM' | 'PROPOSAL'): Promise<boolean> {
    return (await tx.run(Q.useLink, { hash, use })).length > 0;
  }
}
