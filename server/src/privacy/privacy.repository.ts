/** Reads for data-protection work: what is held about one person, and who retention would erase. */
import type { Database } from '../db/database';
import {
  personDossier,
  personEvents,
  type RetentionCandidateRow,
  retentionCandidates,
} from './privacy.queries';

export type { DossierRow, RetentionCandidateRow, TieRow } from './privacy.queries';

export class PrivacyRepository {
  constructor(private readonly db: Database) {}

  /** The person's entry, ties, reports and history, and the exports since they were created; null if unknown. */
  async dossier(id: string) {
    return this.db.readTransaction(async (tx) => {
      const [entry] = await tx.run(personDossier, { id });
      if (!entry) return null;
      const [events] = await tx.run(personEvents, { id });
      return { ...entry, history: events?.history ?? [], exports: events?.exports ?? [] };
    });
  }

  /** Archived persons and persons whose every tie has ended, with the date they were last in use. */
  retentionCandidates(): Promise<RetentionCandidateRow[]> {
    return this.db.read(retentionCandidates);
  }
}

export type Dossier = NonNullable<Awaited<ReturnType<PrivacyRepository['dossier']>>>;
