/**
 * The network's version (cypher/queries/cache): a token that every write transaction changing the
 * network replaces before it commits, so read caches (cache/read-cache.ts) know with one cheap read
 * whether what they hold is current, whichever server instance made the change.
 */
import { cypherQuery, type NoParams, type QueryName } from './query';

export const bumpNetworkVersion = cypherQuery<NoParams, never>('cache/bump-network-version');
export const networkVersion = cypherQuery<NoParams, { token: string | null }>(
  'cache/network-version',
);

/**
 * Writes that change nothing a cache holds: accounts, sessions and sign-in counters, single sign-on,
 * mail, digest and contact links, training attempts, audit events alone (an export, a refused
 * read) and import jobs' bookkeeping. Every other write statement changes the network. A link
 * that confirms a contact runs inside the transaction of the change it makes, which counts.
 */
const OUTSIDE_THE_NETWORK = ['auth/', 'sso/', 'mail/', 'digest/', 'contact-links/', 'training/'];
const OUTSIDE_BY_NAME = new Set<QueryName>([
  'audit/record-events',
  'transfer/job-create',
  'transfer/job-finish',
  'transfer/job-progress',
  'cache/bump-network-version',
]);

/** Does running this statement in a write transaction change the network? */
export function changesNetwork(name: QueryName): boolean {
  return !OUTSIDE_BY_NAME.has(name) && !OUTSIDE_THE_NETWORK.some((p) => name.startsWith(p));
}
