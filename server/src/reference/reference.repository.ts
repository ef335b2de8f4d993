/** Writes to reference data shared by every region: measures, indicators, networks. */
import type { Database, Tx } from '../db/database';
import {
  createReference,
  type ReferenceCodes,
  type ReferenceLabel,
  type ReferenceLink,
  referenceCodes,
  setReferenceLinks,
} from './reference.queries';

export type { ReferenceCodes, ReferenceLabel, ReferenceLink } from './reference.queries';

export class ReferenceRepository {
  constructor(private readonly db: Database) {}

  async create(
    tx: Tx,
    label: ReferenceLabel,
    id: string,
    props: Record<string, unknown>,
  ): Promise<void> {
    await tx.run(createReference, { label, id, props });
  }

  /** Replaces one kind of link; returns the target codes/ids before and after, sorted. */
  async setLinks(tx: Tx, id: string, kind: ReferenceLink, keys: string[]) {
    const [row] = await tx.run(setReferenceLinks, { id, kind, keys });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }

  async codes(): Promise<ReferenceCodes> {
    const [row] = await this.db.read(referenceCodes);
    return row ?? { barriers: [], legalBases: [], forms: [], sectors: [] };
  }
}
