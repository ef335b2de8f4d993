/** Users, sessions and sign-in throttling, all kept in Neo4j so every server instance sees them. */
import type { Database, Tx } from '../db/database';
import type {
  AccountRow,
  AccountTokenRow,
  LinkPurpose,
  SessionKind,
  SessionRow,
  ThrottleRow,
  UserRole,
  UserRow,
  UserWithPasswordRow,
  Viewer,
} from './auth.queries';
import * as Q from './auth.queries';

export type {
  AccountRow,
  AccountTokenRow,
  LinkPurpose,
  SessionKind,
  SessionRow,
  ThrottleRow,
  UserRole,
  UserRow,
  Viewer,
} from './auth.queries';

export class AuthRepository {
  constructor(private readonly db: Database) {}

  async userByEmail(email: string): Promise<UserWithPasswordRow | null> {
    const [row] = await this.db.read(Q.userByEmail, { email });
    return row?.user ?? null;
  }

  async usersByIds(ids: readonly string[]): Promise<(UserRow | null)[]> {
    const rows = await this.db.read(Q.usersByIds, { ids });
    const byId = new Map(rows.map((r) => [r.user.id, r.user]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Opens a session; `replaces` (a token hash or null) is the session it takes over from. */
  async createSession(session: {
    id: string;
    userId: string;
    tokenHash: string;
    hours: number;
    kind: SessionKind;
    name: string | null;
    replaces: string | null;
  }) {
    const [row] = await this.db.write(Q.createSession, {
      ...session,
      hours: this.db.int(session.hours),
    });
    if (!row) throw new Error(`user ${session.userId} vanished while signing in`);
    return new Date(row.expiresAt);
  }

  /** The user behind a live session of this kind; `stale` when its last use is over a minute old. */
  async viewerForSession(
    tokenHash: string,
    kind: SessionKind,
    idleMinutes: number,
  ): Promise<{ viewer: Viewer; sessionId: string; stale: boolean; mustEnrol: boolean } | null> {
    const [row] = await this.db.read(Q.sessionViewer, {
      tokenHash,
      kind,
      idleMinutes: this.db.int(idleMinutes),
    });
    return row ?? null;
  }

  /** Records that a session is in use (a no-op when done less than a minute ago). */
  async touchSession(tokenHash: string): Promise<void> {
    await this.db.write(Q.touchSession, { tokenHash });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.write(Q.deleteSession, { tokenHash });
  }

  async sessionsOfUser(userId: string, idleMinutes: number): Promise<SessionRow[]> {
    const rows = await this.db.read(Q.sessionsOfUser, {
      userId,
      idleMinutes: this.db.int(idleMinutes),
    });
    return rows.map((r) => r.session);
  }

  /** Ends every session and API token of an account, inside an audited write; how many. */
  async endUserSessionsIn(tx: Tx, id: string): Promise<number> {
    const [row] = await tx.run(Q.endUserSessions, { id });
    return Number(row?.ended ?? 0);
  }

  /** Ends one of the user's sessions; the token hash it had, or null when it is not theirs. */
  async revokeSession(userId: string, id: string): Promise<string | null> {
    const [row] = await this.db.write(Q.revokeSession, { userId, id });
    return row?.tokenHash ?? null;
  }

  /** Deletes expired or idle sessions and stale sign-in counters, in batches; returns the counts. */
  async purgeExpired(
    idleMinutes: number,
    windowMinutes: number,
  ): Promise<{ sessions: number; throttles: number; tokens: number }> {
    const batch = 5000;
    const total = { sessions: 0, throttles: 0, tokens: 0 };
    for (;;) {
      const [row] = await this.db.write(Q.purgeExpired, {
        idleMinutes: this.db.int(idleMinutes),
        windowMinutes: this.db.int(windowMinutes),
        batch: this.db.int(batch),
      });
      total.sessions += row?.sessions ?? 0;
      total.throttles += row?.throttles ?? 0;
      total.tokens += row?.tokens ?? 0;
      if (Math.max(row?.sessions ?? 0, row?.throttles ?? 0, row?.tokens ?? 0) < batch) return total;
    }
  }

  /**
   * Locks the sign-in counters of `keys` and lets `decide` look at them; the keys it returns are
   * counted, all in one write transaction, so concurrent attempts see each other's counts.
   */
  async takeAttempt<T>(
    keys: string[],
    windowMinutes: number,
    decide: (rows: ThrottleRow[]) => { count: string[]; result: T },
  ): Promise<T> {
    // Locks are always taken in key order, so two attempts never wait for each other in a cycle.
    const sorted = [...new Set(keys)].sort();
    return this.db.writeTransaction(async (tx) => {
      const rows = await tx.run(Q.throttleLock, {
        keys: sorted,
        windowMinutes: this.db.int(windowMinutes),
      });
      const { count, result } = decide(rows);
      if (count.length > 0) await tx.run(Q.throttleCount, { keys: count });
      return result;
    });
  }

  /** A right password: gives the attempt back and remembers the account+address pair. */
  async attemptSucceeded(keys: string[], pairKey: string, knownDays: number): Promise<void> {
    await this.db.write(Q.throttleSuccess, {
      keys: [...new Set(keys)].sort(), // the lock order of takeAttempt
      pairKey,
      knownDays: this.db.int(knownDays),
    });
  }

  /** Stores a new hash for a password, unless it was changed since `previous` was read. */
  async replacePasswordHash(id: string, previous: string, passwordHash: string): Promise<void> {
    await this.db.write(Q.updatePasswordHash, { id, previous, passwordHash });
  }

  async upsertDemoUser(user: {
    id: string;
    email: string;
    name: string;
    role: UserRole;
    passwordHash: string;
    organisationId: string | null;
    scopeRegionIds: string[];
  }): Promise<void> {
    await this.db.write(Q.upsertDemoUser, user);
  }

  /** The ids among `ids` that lie outside a coordinator's scope. */
  async outOfScope(
    ids: string[],
    scope: { regionIds: string[]; organisationIds: string[] },
  ): Promise<string[]> {
    const rows = await this.db.read(Q.idsInScope, {
      ids,
      regionIds: scope.regionIds,
      organisationIds: scope.organisationIds,
    });
    return rows.filter((r) => !r.inScope).map((r) => r.id);
  }

  /** The region ids among `ids` that lie outside the scope regions. */
  async regionsOutOfScope(ids: string[], regionIds: string[]): Promise<string[]> {
    const rows = await this.db.read(Q.regionsInScope, {
      ids,
      regionIds,
    });
    return rows.filter((r) => !r.inScope).map((r) => r.id);
  }

  async createUser(user: {
    id: string;
    email: string;
    name: string;
    role: UserRole;
    passwordHash: string;
  }) {
    await this.db.write(Q.createUser, user);
  }

  async users(): Promise<AccountRow[]> {
    return (await this.db.read(Q.listUsers, { id: null })).map((r) => r.user);
  }

  /** One account with its organisation and scope; null when there is none with this id. */
  async account(id: string): Promise<AccountRow | null> {
    const [row] = await this.db.read(Q.listUsers, { id });
    return row?.user ?? null;
  }

  /** Updates an account inside a transaction; organisation and scope only when given. */
  async updateUser(
    tx: Tx,
    id: string,
    props: Record<string, unknown>,
    organisationId: string | null | undefined,
    scopeIds: string[] | undefined,
  ): Promise<boolean> {
    const rows = await tx.run(Q.updateUser, {
      id,
      props,
      setOrganisation: organisationId !== undefined,
      organisationId: organisationId ?? null,
      setScope: scopeIds !== undefined,
      scopeIds: scopeIds ?? [],
    });
    return rows.length > 0;
  }

  async createUserIn(
    tx: Tx,
    user: { id: string; email: string; name: string; role: UserRole; passwordHash: string | null },
  ) {
    await tx.run(Q.createUser, user);
  }

  /** Deletes an account for good with its sessions; false when there was none. */
  async deleteUserIn(tx: Tx, id: string): Promise<boolean> {
    const [row] = await tx.run(Q.deleteUser, { id });
    return (row?.deleted ?? 0) > 0;
  }

  /** Stores a single-use link (its token's hash) for a user, in the caller's transaction. */
  async createAccountTokenIn(
    tx: Tx,
    link: { id: string; userId: string; hash: string; purpose: LinkPurpose; minutes: number },
  ): Promise<boolean> {
    const rows = await tx.run(Q.createAccountToken, {
      ...link,
      minutes: this.db.int(link.minutes),
    });
    return rows.length > 0;
  }

  /** The same, in a transaction of its own. */
  createAccountToken(link: {
    id: string;
    userId: string;
    hash: string;
    purpose: LinkPurpose;
    minutes: number;
  }): Promise<boolean> {
    return this.db.writeTransaction((tx) => this.createAccountTokenIn(tx, link));
  }

  async accountToken(hash: string): Promise<AccountTokenRow | null> {
    const [row] = await this.db.read(Q.accountToken, { hash });
    return row ?? null;
  }

  /** Uses a link in the caller's transaction; false when it was used or expired meanwhile. */
  async redeemAccountTokenIn(
    tx: Tx,
    hash: string,
    purpose: LinkPurpose,
    passwordHash: string,
  ): Promise<boolean> {
    const rows = await tx.run(Q.redeemAccountToken, { hash, purpose, passwordHash });
    return rows.length > 0;
  }
}
