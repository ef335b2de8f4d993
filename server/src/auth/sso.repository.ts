/** Single sign-on's records in Neo4j: sign-ins under way, linked identities, claim mappings. */
import type { Database, Tx } from '../db/database';
import * as Q from './sso.queries';

export type { SsoAttemptRow, SsoMappingParams, SsoMappingRow } from './sso.queries';

/** The unique key of a provider's subject, and of a mapping (provider, claim, value). */
export const identityKey = (providerId: string, subject: string) => `${providerId}\n${subject}`;
export const mappingKey = (m: { providerId: string; claim: string; value: string }) =>
  `${m.providerId}\n${m.claim}\n${m.value}`;

export class SsoRepository {
  constructor(private readonly db: Database) {}

  async createAttempt(attempt: Q.SsoAttemptRow & { keyHash: string; minutes: number }) {
    await this.db.write(Q.createSsoAttempt, { ...attempt, minutes: this.db.int(attempt.minutes) });
  }

  /** Uses up a sign-in under way; null when unknown, used or expired. */
  async takeAttempt(keyHash: string): Promise<Q.SsoAttemptRow | null> {
    const [row] = await this.db.write(Q.takeSsoAttempt, { keyHash });
    return row?.attempt ?? null;
  }

  async identityUser(providerId: string, subject: string): Promise<string | null> {
    const [row] = await this.db.read(Q.ssoIdentityUser, { key: identityKey(providerId, subject) });
    return row?.id ?? null;
  }

  async linkIdentityIn(tx: Tx, providerId: string, subject: string, userId: string) {
    await tx.run(Q.linkSsoIdentity, {
      key: identityKey(providerId, subject),
      providerId,
      subject,
      userId,
    });
  }

  async mappings(): Promise<Q.SsoMappingRow[]> {
    return (await this.db.read(Q.ssoMappings)).map((r) => r.mapping);
  }

  async createMappingIn(tx: Tx, mapping: Q.SsoMappingParams): Promise<Q.SsoMappingRow> {
    const [row] = await tx.run(Q.createSsoMapping, mapping);
    if (!row) throw new Error(`claim mapping ${mapping.id} was not created`);
    return row.mapping;
  }

  updateMappingIn(tx: Tx, mapping: Q.SsoMappingParams, version: number) {
    return tx
      .run(Q.updateSsoMapping, { ...mapping, version: this.db.int(version) })
      .then((rows) => rows[0] ?? { found: false, matched: null, before: null });
  }

  deleteMappingIn(tx: Tx, id: string, version: number) {
    return tx
      .run(Q.deleteSsoMapping, { id, version: this.db.int(version) })
      .then((rows) => rows[0] ?? { found: false, matched: null, before: null });
  }

  async markSession(tokenHash: string, providerId: string, idToken: string | null) {
    await this.db.write(Q.markSsoSession, { tokenHash, providerId, idToken });
  }

  async sessionProvider(tokenHash: string) {
    const [row] = await this.db.read(Q.sessionProvider, { tokenHash });
    return row ?? null;
  }
}
