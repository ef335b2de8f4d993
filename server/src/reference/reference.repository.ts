/** Writes to reference data shared by every region: measures, indicators, networks. */
import type { Database, Tx } from '../db/database';

export type ReferenceLabel = 'Measure' | 'Indicator' | 'Network';
export type ReferenceLink = 'RAISES' | 'SIGNALS' | 'BASED_ON' | 'POINTS_TO' | 'SEEN_IN';

export interface ReferenceCodes {
  barriers: string[];
  legalBases: string[];
  forms: string[];
  sectors: string[];
}

const Q = {
  create: 'reference/create',
  setLinks: 'reference/set-links',
  codes: 'reference/codes',
} as const;

export class ReferenceRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  async create(
    tx: Tx,
    label: ReferenceLabel,
    id: string,
    props: Record<string, unknown>,
  ): Promise<void> {
    await tx.run(Q.create, { label, id, props });
  }

  /** Replaces one kind of link; returns the target codes/ids before and after, sorted. */
  async setLinks(tx: Tx, id: string, kind: ReferenceLink, keys: string[]) {
    const [row] = await tx.run<{ before: string[]; after: string[] }>(Q.setLinks, {
      id,
      kind,
      keys,
    });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }

  async codes(): Promise<ReferenceCodes> {
    const [row] = await this.db.read<ReferenceCodes>(Q.codes);
    return row ?? { barriers: [], legalBases: [], forms: [], sectors: [] };
  }
}
