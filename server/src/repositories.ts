/** The repositories, built once at start-up (which checks every Cypher file they need exists). */
import DataLoader from 'dataloader';
import { AuditRepository } from './audit/audit.repository';
import { Editor } from './audit/editor';
import { AuthRepository } from './auth/auth.repository';
import { SecondFactorRepository } from './auth/second-factor.repository';
import { SsoRepository } from './auth/sso.repository';
import { BarrierRepository } from './barriers/barrier.repository';
import type { RequestCache } from './cache/read-cache';
import { ContactRepository } from './contacts/contact.repository';
import { ContactLinkRepository } from './contacts/contact-links.repository';
import type { Database } from './db/database';
import { declaredQueries } from './db/query';
import { DigestRepository } from './digest/digest.repository';
import { GraphRepository } from './graph/graph.repository';
import { TransferRepository } from './import/transfer.repository';
import { IndicatorRepository } from './indicators/indicator.repository';
import { MailRepository } from './mail/mail.repository';
import { ManualRepository } from './manual/manual.repository';
import { MeasureRepository } from './measures/measure.repository';
import { OrganisationRepository } from './organisations/organisation.repository';
import { PrivacyRepository } from './privacy/privacy.repository';
import { ReferenceRepository } from './reference/reference.repository';
import { RegionRepository } from './regions/region.repository';
import { RoutingRepository } from './routing/routing.repository';
import { SearchRepository } from './search/search.repository';
import { SharingRepository } from './sharing/sharing.repository';
import { TrainingRepository } from './training/training.repository';

export function createRepositories(db: Database) {
  // Every handle the repositories declared (their modules are loaded by now) names a file that
  // exists, or start-up fails here.
  db.cypher.require(declaredQueries());
  const audit = new AuditRepository(db);
  const search = new SearchRepository(db);
  return {
    audit,
    /** The write path every mutation goes through (one transaction, audited). */
    editor: new Editor(db, audit, search),
    auth: new AuthRepository(db),
    barriers: new BarrierRepository(db),
    contacts: new ContactRepository(db),
    contactLinks: new ContactLinkRepository(db),
    digest: new DigestRepository(db),
    graph: new GraphRepository(db),
    indicators: new IndicatorRepository(db),
    mail: new MailRepository(db),
    manual: new ManualRepository(db),
    measures: new MeasureRepository(db),
    organisations: new OrganisationRepository(db),
    privacy: new PrivacyRepository(db),
    reference: new ReferenceRepository(db),
    regions: new RegionRepository(db),
    routing: new RoutingRepository(db),
    search,
    secondFactor: new SecondFactorRepository(db),
    sharing: new SharingRepository(db),
    sso: new SsoRepository(db),
    transfer: new TransferRepository(db),
    training: new TrainingRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

type Batch<T> = (ids: readonly string[]) => Promise<(T | null)[]>;
// Dispatch on the next macrotask, not the next microtask: by then every resolver of the same level
// has asked for its ids, so a level costs one query per loader whatever its size or timing.
const batchScheduleFn = (dispatch: () => void) => setImmediate(dispatch);
const loader = <T>(batch: Batch<T>) => new DataLoader<string, T | null>(batch, { batchScheduleFn });

/** Per-request batching: a relationship field loads what all its parents need in one query. */
export function createLoaders(r: Repositories, cache: RequestCache) {
  return {
    barrierByCode: loader((codes) => cache.many('barrier', codes, (c) => r.barriers.byCodes(c))),
    /** Barrier.roles: every role at the barrier, thousands at national scale, so only on demand. */
    barrierRoles: new DataLoader((codes: readonly string[]) => r.barriers.rolesByCodes(codes), {
      batchScheduleFn,
    }),
    /** Forms and sectors, read once per request whatever asks for them. */
    referenceLists: new DataLoader(
      async (keys: readonly 'all'[]) => {
        const lists = await cache.get('reference-lists', () => r.barriers.referenceLists());
        return keys.map(() => lists);
      },
      { batchScheduleFn },
    ),
    /** An organisation's own fields, for references; organisationDetails adds its links. */
    organisation: loader((ids) => r.organisations.refsByIds(ids)),
    organisationDetails: loader((ids) => r.organisations.byIds(ids)),
    unit: loader((ids) => r.organisations.unitsByIds(ids)),
    network: loader((ids) => r.organisations.networksByIds(ids)),
    indicator: loader((ids) => r.indicators.byIds(ids)),
    measure: loader((ids) => r.measures.byIds(ids)),
    region: loader((ids) => cache.many('region', ids, (i) => r.regions.byIds(i))),
    contactPoint: loader((ids) => r.contacts.pointsByIds(ids)),
    person: loader((ids) => r.contacts.personsByIds(ids)),
    /** Open reports per contact, for the "reported, being checked" marker. */
    reportMarker: loader((ids) => r.contacts.reportMarkers(ids)),
    agreement: loader((ids) => r.sharing.agreementsByIds(ids)),
    legalBasis: loader((ids) => r.sharing.legalBasesByIds(ids)),
    user: loader((ids) => r.auth.usersByIds(ids)),
    history: new DataLoader((ids: readonly string[]) => r.audit.historyByIds(ids), {
      batchScheduleFn,
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many ids and drops the ones that no longer exist. */
export async function loadAll<T>(
  l: DataLoader<string, T | null>,
  ids: readonly string[],
): Promise<T[]> {
  const rows = await l.loadMany(ids);
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}

/** Hands rows already read to a loader (one query answered several of its fields). */
export function primeAll<T extends { id: string }>(
  l: DataLoader<string, T | null>,
  rows: T[],
): void {
  for (const row of rows) l.prime(row.id, row);
}

/** Loads a row that must exist (a relationship's other end); a missing one is a server error. */
export async function loadOne<T>(l: DataLoader<string, T | null>, id: string): Promise<T> {
  const row = await l.load(id);
  if (row === null) throw new Error(`${id} is referenced but does not exist`);
  return row;
}
