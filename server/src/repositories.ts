/** The repositories, built once at start-up (which checks every Cypher file they need exists). */
import DataLoader from 'dataloader';
import { BarrierRepository } from './barriers/barrier.repository';
import type { Database } from './db/database';
import { OrganisationRepository } from './organisations/organisation.repository';

export function createRepositories(db: Database) {
  return {
    barriers: new BarrierRepository(db),
    organisations: new OrganisationRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Per-request batching: every relationship field loads all its parents' data in one query. */
export function createLoaders(repos: Repositories) {
  return {
    barrierByCode: new DataLoader((codes: readonly string[]) => repos.barriers.byCodes(codes)),
    organisation: new DataLoader((ids: readonly string[]) => repos.organisations.byIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
