/** Users, sessions and sign-in throttling, all kept in Neo4j so every server instance sees them. */
import type { Database, Tx } from '../db/database';

export type UserRole = 'STAFF' | 'COORDINATOR' | 'ADMIN';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
}

export interface Viewer extends UserRow {
  scopeRegionIds: string[];
  scopeOrganisationIds: string[];
}

export interface AccountRow extends Viewer {
  disabled: boolean;
}

const Q = {
  userByEmail: 'auth/user-by-email',
  usersByIds: 'auth/users-by-ids',
  createSession: 'auth/create-session',
  sessionViewer: 'auth/session-viewer',
  deleteSession: 'auth/delete-session',
  throttleStatus: 'auth/throttle-status',
  throttleFailure: 'auth/throttle-failure',
  throttleReset: 'auth/throttle-reset',
  upsertDemoUser: 'auth/upsert-demo-user',
  createUser: 'auth/create-user',
  scope: 'auth/scope',
  users: 'auth/users',
  updateUser: 'auth/update-user',
  regionsInScope: 'auth/regions-in-scope',
} as const;

export class AuthRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  async userByEmail(
    email: string,
  ): Promise<(UserRow & { passwordHash: string; disabled: boolean | null }) | null> {
    const [row] = await this.db.read<{
      user: UserRow & { passwordHash: string; disabled: boolean | null };
    }>(Q.userByEmail, { email });
    return row?.user ?? null;
  }

  async usersByIds(ids: readonly string[]): Promise<(UserRow | null)[]> {
    const rows = await this.db.read<{ user: UserRow }>(Q.usersByIds, { ids });
    const byId = new Map(rows.map((r) => [r.user.id, r.user]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async createSession(userId: string, tokenHash: string, hours: number, kind: 'cookie' | 'bearer') {
    const [row] = await this.db.write<{ expiresAt: string }>(Q.createSession, {
      userId,
      tokenHash,
      hours: this.db.int(hours),
      kind,
    });
    if (!row) throw new Error(`user ${userId} vanished while signing in`);
    return new Date(row.expiresAt);
  }

  async viewerForSession(tokenHash: string): Promise<Viewer | null> {
    const [row] = await this.db.read<{ viewer: Viewer }>(Q.sessionViewer, { tokenHash });
    return row?.viewer ?? null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.write(Q.deleteSession, { tokenHash });
  }

  /** Seconds to wait before any of these keys may try to sign in again; 0 when free. */
  async retryAfter(keys: string[]): Promise<number> {
    const [row] = await this.db.read<{ retryAfter: number }>(Q.throttleStatus, { keys });
    return row?.retryAfter ?? 0;
  }

  async recordFailure(keys: string[]): Promise<void> {
    await this.db.write(Q.throttleFailure, { keys });
  }

  async resetFailures(keys: string[]): Promise<void> {
    await this.db.write(Q.throttleReset, { keys });
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
    const rows = await this.db.read<{ id: string; inScope: boolean }>(Q.scope, {
      ids,
      regionIds: scope.regionIds,
      organisationIds: scope.organisationIds,
    });
    return rows.filter((r) => !r.inScope).map((r) => r.id);
  }

  /** The region ids among `ids` that lie outside the scope regions. */
  async regionsOutOfScope(ids: string[], regionIds: string[]): Promise<string[]> {
    const rows = await this.db.read<{ id: string; inScope: boolean }>(Q.regionsInScope, {
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
    return (await this.db.read<{ user: AccountRow }>(Q.users)).map((r) => r.user);
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
    user: { id: string; email: string; name: string; role: UserRole; passwordHash: string },
  ) {
    await tx.run(Q.createUser, user);
  }
}
