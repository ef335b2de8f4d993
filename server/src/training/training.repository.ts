/** The skills training's reads and its one write (a user's attempt). */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import * as Q from './training.queries';

export type { CaseRow, CatalogueRow, MistakeRow, ProgressRow } from './training.queries';

export class TrainingRepository {
  constructor(private readonly db: Database) {}

  /** The signals per barrier and the places a generated scenario can be set in. */
  async catalogue(barrierCode: string | null): Promise<Q.CatalogueRow> {
    const [row] = await this.db.read(Q.catalogue, { barrierCode });
    return row ?? { cases: [], regionIds: [] };
  }

  /** The facts of one scenario; null when the signal, barrier or place does not exist (any more). */
  async trainingCase(key: {
    indicatorId: string;
    barrierCode: string;
    regionId: string;
  }): Promise<Q.CaseRow | null> {
    const [row] = await this.db.read(Q.trainingCase, key);
    return row ?? null;
  }

  /** Records one answer of a signed-in user. */
  async recordAttempt(attempt: Omit<Q.AttemptParams, 'id'>): Promise<void> {
    await this.db.write(Q.recordAttempt, { ...attempt, id: `attempt-${randomUUID()}` });
  }

  async progress(userId: string): Promise<Q.ProgressRow[]> {
    return this.db.read(Q.progress, { userId });
  }

  /** Answers and wrong answers per barrier and question within a scope (everywhere: an admin). */
  async mistakes(scope: {
    everywhere: boolean;
    regionIds: string[];
    organisationIds: string[];
  }): Promise<Q.MistakeRow[]> {
    return this.db.read(Q.mistakes, scope);
  }
}
