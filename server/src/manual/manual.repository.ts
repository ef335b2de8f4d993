/** The manual's own reads; the rest of a manual comes from the barrier, routing and sharing features. */
import type { Database } from '../db/database';
import { type SharingBetweenRow, sharingBetween } from './manual.queries';

export type { SharingBetweenRow } from './manual.queries';

export class ManualRepository {
  constructor(private readonly db: Database) {}

  /** The agreements in force between the given partners, and the network's last change. */
  async sharingBetween(organisationIds: string[]): Promise<SharingBetweenRow> {
    const [row] = await this.db.read(sharingBetween, { organisationIds });
    return {
      agreementIds: [...(row?.agreementIds ?? [])].sort(),
      lastChangeAt: row?.lastChangeAt ?? null,
    };
  }
}
