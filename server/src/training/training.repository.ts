/** The skills training's reads and its one write (a user's attempt). */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database';
import * as Q from './training.queries';

export type {
  AuthoredScenarioRow,
  AuthoredScenarioStored,
  CaseRow,
  CatalogueRow,
  MistakeRow,
  ProgressRow,
  StaleReference,
} from './training.queries';

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

  /** Creates an authored scenario; false when the author does not exist. */
  async createAuthored(
    tx: Tx,
    scenario: { id: string; authorId: string; props: Record<string, unknown> },
  ): Promise<boolean> {
    const rows = await tx.run(Q.createAuthoredScenario, scenario);
    return rows.length > 0;
  }

  /** Authored scenarios with their stale references: one by id, or those of a scope. */
  async authored(filter: {
    id?: string | null;
    activeOnly: boolean;
    everywhere: boolean;
    userId?: string | null;
    regionIds?: string[];
  }): Promise<Q.AuthoredScenarioRow[]> {
    return this.db.read(Q.authoredScenarios, {
      id: filter.id ?? null,
      activeOnly: filter.activeOnly,
      everywhere: filter.everywhere,
      userId: filter.userId ?? null,
      regionIds: filter.regionIds ?? [],
    });
  }
}
