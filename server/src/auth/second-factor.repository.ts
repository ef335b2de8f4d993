/** A user's second factor and the roles that must have one, kept in Neo4j. */
import type { Database, Tx } from '../db/database';
import type { UserRole } from './auth.queries';
import * as Q from './second-factor.queries';

export type { SecondFactorRow } from './second-factor.queries';

export class SecondFactorRepository {
  constructor(private readonly db: Database) {}

  async ofUser(id: string): Promise<Q.SecondFactorRow | null> {
    const [row] = await this.db.read(Q.secondFactorOfUser, { id });
    return row ?? null;
  }

  /** Stores a pending secret (replacing an earlier pending one). */
  async start(id: string, secret: string): Promise<boolean> {
    return (await this.db.write(Q.startSecondFactor, { id, secret })).length > 0;
  }

  /** Confirms the pending secret inside an audited write; false when it changed meanwhile. */
  async enableIn(
    tx: Tx,
    id: string,
    secret: string,
    step: number,
    recoveryHashes: string[],
  ): Promise<boolean> {
    const rows = await tx.run(Q.enableSecondFactor, {
      id,
      secret,
      step: this.db.int(step),
      recoveryHashes,
    });
    return rows.length > 0;
  }

  /** Removes the second factor inside an audited write; whether there was one. */
  async clearIn(tx: Tx, id: string): Promise<boolean> {
    const [row] = await tx.run(Q.clearSecondFactor, { id });
    return row?.had ?? false;
  }

  /** Uses up a code's time step; false when it (or a later one) was used already. */
  async useStep(id: string, secret: string, step: number): Promise<boolean> {
    const rows = await this.db.write(Q.useSecondFactorStep, {
      id,
      secret,
      step: this.db.int(step),
    });
    return rows.length > 0;
  }

  /** Uses up a recovery code; how many are left, or null when it is not one of the user's. */
  async useRecoveryCode(id: string, hash: string): Promise<number | null> {
    const [row] = await this.db.write(Q.useRecoveryCode, { id, hash });
    return row ? row.left : null;
  }

  async requiredRoles(): Promise<UserRole[]> {
    const [row] = await this.db.read(Q.secondFactorRoles);
    return row?.roles ?? [];
  }

  /** Sets the roles inside an audited write; what they were. */
  async setRequiredRolesIn(tx: Tx, roles: UserRole[]): Promise<UserRole[]> {
    const [row] = await tx.run(Q.setSecondFactorRoles, { roles });
    return row?.before ?? [];
  }

  /** Gives a sign-in attempt back to its counters (keys sorted: the lock order of takeAttempt). */
  async giveBackAttempt(keys: string[]): Promise<void> {
    await this.db.write(Q.throttleGiveBack, { keys: [...new Set(keys)].sort() });
  }
}
